import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../../renderer/src/release/checks/check-release'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { releaseTables } from '../../../../renderer/src/release/release-tables'
import { SAMPLE_RELEASE } from '../../../support/make-sample'
import { readJson } from './table-document'
import { SAMPLE_STATEMENT_ROWS } from '../../../support/sample-statement'

const sample = readJson(JSON.parse(readFileSync(SAMPLE_RELEASE, 'utf8')))
const facts = releaseFacts(sample)

describe("the sample release's condensed statement of operations", () => {
  it('is a version-2 file', () => {
    expect((JSON.parse(readFileSync(SAMPLE_RELEASE, 'utf8')) as { formatVersion: number }).formatVersion).toBe(2)
  })

  it("prints the sample's sales, net loss and loss per share in thousands, with the other lines marked as sample data", () => {
    const [table] = releaseTables(sample, facts)
    expect(table?.title).toBe('Condensed Consolidated Statements of Operations')
    expect(table?.unitLine).toBe('(in thousands, except per share data)')
    expect(table?.columns.map((column) => column.headLines.join(' '))).toEqual([
      'Three Months Ended March 31, 2006',
      'Three Months Ended March 31, 2005',
      'Six Months Ended March 31, 2006',
      'Six Months Ended March 31, 2005',
    ])
    expect(table?.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text).filter((text) => text !== '')])).toEqual(SAMPLE_STATEMENT_ROWS)
    expect(table?.notes[0]).toMatch(/^Sample data: net sales, net loss and loss per share are the release’s figures; cost of sales, /)
  })

  it('foots in every column and agrees with the figures: the checks find nothing in it', () => {
    expect(checkRelease(facts).filter((entry) => entry.location?.block === 'tableCell')).toEqual([])
  })
})
