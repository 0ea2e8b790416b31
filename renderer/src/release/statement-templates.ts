import type { StoredTable } from './table-schema'
import type { TemplateInput } from './table-template-rows'
import { enteredRow, freeTableId, headingRow, lineRow, statementColumns, sum } from './table-template-rows'

/**
 * A condensed statement of operations: the release's own figures where it reports the line
 * (revenue, gross profit, operating income, net income, EPS, shares), rows to enter for the rest,
 * and every subtotal saying what it sums so the checks can foot it.
 */
export function operationsTemplate(input: TemplateInput): StoredTable {
  return {
    id: freeTableId('operations', input.tableIds),
    title: 'Condensed Consolidated Statements of Operations',
    unit: 'thousands',
    heads: 'periods',
    columns: [...statementColumns(input.quarter)],
    rows: [
      lineRow(input, 'net-sales', 'Net sales'),
      enteredRow('cost-of-sales', 'Cost of sales'),
      lineRow(input, 'gross-profit', 'Gross profit', {
        style: 'subtotal',
        sums: sum(['net-sales', 1], ['cost-of-sales', -1]),
      }),
      enteredRow('operating-expenses', 'Operating expenses'),
      lineRow(input, 'operating-income', 'Operating income (loss)', {
        style: 'subtotal',
        sums: sum(['gross-profit', 1], ['operating-expenses', -1]),
      }),
      enteredRow('other-income', 'Other income (expense), net'),
      enteredRow('pretax-income', 'Income (loss) before income taxes', {
        style: 'subtotal',
        sums: sum(['operating-income', 1], ['other-income', 1]),
      }),
      enteredRow('income-taxes', 'Income tax expense (benefit)'),
      lineRow(input, 'net-income', 'Net income (loss)', {
        style: 'total',
        doubleRuleBelow: true,
        sums: sum(['pretax-income', 1], ['income-taxes', -1]),
      }),
      headingRow('per-share-heading', 'Per share data:'),
      lineRow(input, 'diluted-eps', 'Diluted earnings (loss) per share', { indent: 1 }, 'perShare', true),
      lineRow(input, 'diluted-shares', 'Diluted weighted average shares outstanding', { indent: 1 }, 'count', true),
    ],
    notes: [],
  }
}

/**
 * A condensed balance sheet at the quarter's end and a year before: cash from the figures when the
 * release reports it, the other lines to enter, and the totals that must foot.
 */
export function balanceSheetTemplate(input: TemplateInput): StoredTable {
  return {
    id: freeTableId('balance-sheet', input.tableIds),
    title: 'Condensed Consolidated Balance Sheets',
    unit: 'thousands',
    heads: 'dates',
    columns: [
      { kind: 'period', period: 'quarter' },
      { kind: 'period', period: 'yearAgoQuarter' },
    ],
    rows: [
      headingRow('assets-heading', 'Assets'),
      lineRow(input, 'cash-and-equivalents', 'Cash and cash equivalents', { indent: 1 }),
      enteredRow('receivables', 'Accounts receivable, net', { indent: 1 }),
      enteredRow('inventories', 'Inventories', { indent: 1 }),
      enteredRow('other-current-assets', 'Other current assets', { indent: 1 }),
      enteredRow('current-assets', 'Total current assets', {
        style: 'subtotal',
        sums: sum(['cash-and-equivalents', 1], ['receivables', 1], ['inventories', 1], ['other-current-assets', 1]),
      }),
      enteredRow('property', 'Property, plant and equipment, net'),
      enteredRow('other-assets', 'Other assets'),
      enteredRow('total-assets', 'Total assets', {
        style: 'total',
        doubleRuleBelow: true,
        sums: sum(['current-assets', 1], ['property', 1], ['other-assets', 1]),
      }),
      headingRow('liabilities-heading', "Liabilities and shareholders' equity"),
      enteredRow('current-liabilities', 'Total current liabilities', { indent: 1 }),
      enteredRow('long-term-debt', 'Long-term debt', { indent: 1 }),
      enteredRow('other-liabilities', 'Other liabilities', { indent: 1 }),
      enteredRow('total-liabilities', 'Total liabilities', {
        style: 'subtotal',
        sums: sum(['current-liabilities', 1], ['long-term-debt', 1], ['other-liabilities', 1]),
      }),
      enteredRow('equity', "Shareholders' equity"),
      enteredRow('liabilities-and-equity', "Total liabilities and shareholders' equity", {
        style: 'total',
        doubleRuleBelow: true,
        sums: sum(['total-liabilities', 1], ['equity', 1]),
      }),
    ],
    notes: [],
  }
}
