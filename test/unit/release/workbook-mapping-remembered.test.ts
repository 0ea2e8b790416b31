import { describe, expect, it } from 'vitest'
import { readReleaseDocument, serializeReleaseDocument } from '../../../renderer/src/release/load-document'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { rollForward } from '../../../renderer/src/release/roll-forward'
import { workbookMappingSchema } from '../../../renderer/src/release/workbook-mapping'
import { sampleRelease } from './checks/helpers'

/** The workbook mapping a release remembers for its company, so that next quarter imports in one step. */

const MAPPING = workbookMappingSchema.parse({
  sheet: 'Q2',
  unit: 'thousands',
  measures: { revenue: { cells: { quarter: 'C5', yearAgoQuarter: 'D5' } }, dilutedEps: { cells: { quarter: 'C9' } } },
})

function remembering(): ReleaseDocument {
  return { ...sampleRelease(), workbookMapping: MAPPING }
}

describe('the workbook mapping in a release file', () => {
  it('is saved with the release and read back as it was', () => {
    const text = serializeReleaseDocument(remembering())
    expect(JSON.parse(text)).toMatchObject({ formatVersion: 2, workbookMapping: { sheet: 'Q2', unit: 'thousands' } })
    const read = readReleaseDocument(text)
    expect(read.ok && read.value.workbookMapping).toEqual(MAPPING)
  })

  it('is left out of a release that never imported a workbook, which saves as before', () => {
    const text = serializeReleaseDocument(sampleRelease())
    expect(text).not.toContain('workbookMapping')
  })

  it('refuses a remembered mapping with a bad cell, naming the field', () => {
    const file = JSON.parse(serializeReleaseDocument(remembering())) as Record<string, unknown>
    const read = readReleaseDocument(
      JSON.stringify({ ...file, workbookMapping: { measures: { revenue: { cells: { quarter: '5C' } } } } }),
    )
    expect(read.ok).toBe(false)
    expect(read.ok ? '' : read.error).toContain('workbookMapping.measures.revenue.cells.quarter')
  })

  it('is carried into next quarter by "New quarter from this release"', () => {
    expect(rollForward(remembering()).workbookMapping).toEqual(MAPPING)
  })
})
