import sampleJson from '../../../assets/samples/iec-q2-fiscal-2006.release.json'
import {
  companySchema,
  FORMAT_VERSION,
  layoutSchema,
  periodSchema,
  releaseDocumentSchema,
} from '../release/document-schema'
import { houseStyleSchema, NEW_RELEASE_NEGATIVE } from '../release/house-style'
import type { ReleaseDocument } from '../release/document-schema'
import { parseReleaseDocument } from '../release/load-document'
import { freshPeriod } from '../release/period-dates'
import { standardNarrative } from '../release/standard-template'

/**
 * A release with the company's settings and no figures yet, written with the standard template:
 * every results paragraph is there, filling in as the figures are entered. Its period end follows
 * the quarter and its release date waits to be set: the last release's dates are not this one's.
 * Losses start in words ("a net loss of $1.3 million"), whatever the last release used; the House
 * style tab sets them back. New quarter, which continues a series, keeps the release's own style.
 */
export function blankRelease(from: Pick<ReleaseDocument, 'company' | 'period' | 'style' | 'layout'>): ReleaseDocument {
  const base = releaseDocumentSchema.parse({
    formatVersion: FORMAT_VERSION,
    company: from.company,
    period: freshPeriod(from.period),
    style: { ...from.style, negative: NEW_RELEASE_NEGATIVE },
    layout: from.layout,
  })
  return {
    ...base,
    narrative: standardNarrative({
      company: base.company,
      quarter: base.period.quarter,
      figures: base.figures,
      style: base.style,
      everyFigure: true,
    }),
  }
}

/**
 * What the app shows on first run: the bundled IEC sample, validated like any file. Should the
 * bundle ever carry an invalid sample, a blank release keeps the app usable.
 */
export function firstRunDocument(): ReleaseDocument {
  const parsed = parseReleaseDocument(sampleJson)
  if (parsed.ok) return parsed.value
  const year = new Date().getFullYear()
  return blankRelease({
    company: { ...companySchema.parse({ name: 'Your Company' }) },
    period: periodSchema.parse({ fiscalYear: year, quarter: 1 }),
    style: houseStyleSchema.parse({}),
    layout: layoutSchema.parse({}),
  })
}
