import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../../renderer/src/release/checks/check-release'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import { releaseTables } from '../../../../renderer/src/release/release-tables'
import { SAMPLE_RELEASE } from '../../../support/make-sample'
import { readJson } from './table-document'

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
    expect(table?.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)].join(' | '))).toEqual([
      'Net sales | 5,600 | 4,700 | 9,200 | 10,900',
      'Cost of sales | 5,390 | 4,330 | 8,780 | 10,150',
      'Gross profit | 210 | 370 | 420 | 750',
      'Operating expenses | 330 | 250 | 540 | 500',
      'Operating income (loss) | (120) | 120 | (120) | 250',
      'Other income (expense), net | (48) | (47) | (96) | (94)',
      'Income (loss) before income taxes | (168) | 73 | (216) | 156',
      'Income tax expense (benefit) | 0 | 0 | 0 | 0',
      'Net income (loss) | (168) | 73 | (216) | 156',
      'Per share data: |  |  |  | ',
      'Diluted earnings (loss) per share | (0.02) | 0.01 | (0.03) | 0.02',
    ])
    expect(table?.notes[0]).toMatch(/^Sample data: net sales, net loss and loss per share are the release’s figures; cost of sales, /)
  })

  it('foots in every column and agrees with the figures: the checks find nothing in it', () => {
    expect(checkRelease(facts).filter((entry) => entry.location?.block === 'tableCell')).toEqual([])
  })
})
