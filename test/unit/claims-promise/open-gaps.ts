import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'

const gapsSchema = z.object({
  /** Per corpus release: how many inconsistent claims are still missed and false errors still given, and why. */
  corpus: z.record(
    z.string(),
    z.object({ missed: z.number().int().min(0), falseErrors: z.number().int().min(0), why: z.string().min(1) }),
  ),
  /** Planted mistakes not yet caught, by id, with why. */
  planted: z.record(z.string(), z.string().min(1)),
  /** Counterexamples random seeds of the property tests found, by test and seed, with what they show. */
  generated: z.record(z.string(), z.string().min(1)).default({}),
})

/** The checker's gaps still open on the corpus and the planted set: a list that may only shrink. */
export const openGaps = gapsSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/claims/open-gaps.json'), 'utf8')),
)
