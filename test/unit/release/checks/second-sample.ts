import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import type { FigureRow } from '../../../../renderer/src/release/figures-schema'
import { readReleaseDocument } from '../../../../renderer/src/release/load-document'
import type { MeasureEntry } from '../../../../renderer/src/release/measure-entry'
import { releaseMeasures } from '../../../../renderer/src/release/release-measures'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'
import { withRows } from '../../../support/figure-rows'

const SECOND_SAMPLE = resolve(__dirname, '../../../..', 'assets/samples/northfield-q3-2026.release.json')

/** The second sample release (Northfield: segments, gross margin, adjusted EPS) as the app opens it. */
export function secondSample(): ReleaseDocument {
  const loaded = readReleaseDocument(readFileSync(SECOND_SAMPLE, 'utf8'))
  if (!loaded.ok) throw new Error(loaded.error)
  return loaded.value
}

/** The second sample's facts with some figures changed. */
export function secondSampleWith(
  rows: Readonly<Record<string, Partial<FigureRow> | undefined>> = {},
): ReleaseFacts {
  const document = secondSample()
  return releaseFacts({ ...document, figures: withRows(document.figures, rows) })
}

/** The second sample with more measures at the end of its list (no figures for them). */
export function secondSampleWithMeasures(added: readonly MeasureEntry[]): ReleaseDocument {
  const document = secondSample()
  const entries = [...document.figures.entries, ...added]
  const measures = releaseMeasures(entries)
  if (!measures.ok) throw new Error(measures.error)
  return { ...document, figures: { ...document.figures, entries, measures: measures.value } }
}
