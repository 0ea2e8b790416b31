/**
 * The sample release's condensed statement of operations, built with the app's template from the
 * sample's figures. The seed release (2006) has no table: net sales, net income and EPS are its
 * figures; the other lines are sample data, chosen so that every subtotal foots, and the table's
 * notes say so.
 */
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import type { PeriodKey } from '../../renderer/src/release/measures'
import type { StoredTable } from '../../renderer/src/release/table-schema'
import { tableTemplate } from '../../renderer/src/release/table-templates'

type Values = Readonly<Record<PeriodKey, string | null>>

function values(quarter: string, yearAgoQuarter: string, yearToDate: string, yearAgoYearToDate: string): Values {
  return { quarter, previousQuarter: null, yearAgoQuarter, yearToDate, yearAgoYearToDate }
}

// Sample data, in dollars: with the sample's sales and results these foot in every column.
const SAMPLE_LINES: Readonly<Record<string, Values>> = {
  'cost-of-sales': values('5390000', '4330000', '8780000', '10150000'),
  'gross-profit': values('210000', '370000', '420000', '750000'),
  'operating-expenses': values('330000', '250000', '540000', '500000'),
  'operating-income': values('-120000', '120000', '-120000', '250000'),
  'other-income': values('-48000', '-47000', '-96000', '-94000'),
  'pretax-income': values('-168000', '73000', '-216000', '156000'),
  'income-taxes': values('0', '0', '0', '0'),
}

export const SAMPLE_TABLE_NOTE =
  'Sample data: net sales, net loss and loss per share are the release\u2019s figures; cost of sales, gross profit, operating expenses, operating income (loss), other income (expense), income before taxes and income taxes are sample data, not IEC Electronics\u2019 reported results.'

/** The sample's statement of operations: the template, its typed lines filled with sample data, no share count (the seed gives none). */
export function sampleStatement(document: ReleaseDocument): StoredTable {
  const template = tableTemplate('statement-of-operations')
  const built = template?.build({ measures: document.figures.measures, quarter: document.period.quarter, tableIds: [] })
  if (built === undefined || !built.ok) throw new Error('the statement of operations template did not build')
  const rows = built.value.rows
    .filter((row) => row.id !== 'diluted-shares')
    .map((row) => {
      // The seed release says "sales", as its house style does.
      if (row.kind === 'measure' && row.id === 'net-sales') return { ...row, label: 'Net sales' }
      const sample = SAMPLE_LINES[row.id]
      return row.kind === 'entered' && sample !== undefined ? { ...row, values: sample } : row
    })
  return { ...built.value, rows, notes: [SAMPLE_TABLE_NOTE] }
}
