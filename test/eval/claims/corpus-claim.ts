import { z } from 'zod'

/** One annotated claim of a corpus release; only the fields the eval reads. */
export const corpusClaimSchema = z.object({
  claim: z.string().min(1),
  metric: z.string(),
  verdict_class: z.enum([
    'consistent',
    'consistent within rounding',
    'inconsistent',
    'not checkable',
  ]),
})
export type CorpusClaim = z.output<typeof corpusClaimSchema>
