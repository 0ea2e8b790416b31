/** Hand-built financial tables, as the tables resolver will print them, for the outputs' tests. */
import type { ContentTable, ContentTableRow, ContentTableRowStyle } from '../../renderer/src/release/content-table'
import type { ContentBlock, ReleaseContent } from '../../renderer/src/release/release-content'

export function tableRow(
  id: string,
  label: string,
  figures: readonly string[],
  options: { readonly style?: ContentTableRowStyle; readonly indent?: number; readonly ruleAbove?: boolean; readonly doubleRuleBelow?: boolean } = {},
): ContentTableRow {
  return {
    id,
    label,
    indent: options.indent ?? 0,
    style: options.style ?? 'normal',
    ruleAbove: options.ruleAbove ?? false,
    doubleRuleBelow: options.doubleRuleBelow ?? false,
    cells: figures.map((text, column) => ({ text, align: 'right', source: { tableId: 'operations', rowId: id, column } })),
  }
}

/** A condensed statement of operations of the sample's shape (figures in thousands). */
export function statementOfOperations(extraRows: readonly ContentTableRow[] = []): ContentTable {
  return {
    kind: 'table',
    id: 'operations',
    title: 'Condensed Consolidated Statements of Operations',
    unitLine: '(in thousands, except per share data)',
    columns: [
      { headLines: ['Three Months Ended', 'April 1,', '2006'] },
      { headLines: ['Three Months Ended', 'April 1,', '2005'] },
    ],
    rows: [
      tableRow('sales', 'Net sales', ['$ 6,327', '$ 4,468']),
      tableRow('cost', 'Cost of sales', ['5,581', '4,192'], { indent: 1 }),
      tableRow('gross', 'Gross profit', ['746', '276'], { style: 'subtotal', ruleAbove: true }),
      tableRow('opex', 'Selling and administrative expenses', ['(486)', '(512)'], { indent: 1 }),
      ...extraRows,
      tableRow('net', 'Net income (loss)', ['$ 260', '$ (236)'], { style: 'total', ruleAbove: true, doubleRuleBelow: true }),
    ],
    notes: ['Sample data: the cost and expense rows are illustrative.'],
  }
}

/** The content with `tables` after the contact, before the closing "###", as releaseContent places them. */
export function withTables(content: ReleaseContent, tables: readonly ContentTable[]): ReleaseContent {
  const end = content.blocks.findIndex((block) => block.kind === 'paragraph' && block.block === 'end')
  const at = end < 0 ? content.blocks.length : end
  const blocks: readonly ContentBlock[] = [...content.blocks.slice(0, at), ...tables, ...content.blocks.slice(at)]
  return { ...content, blocks }
}
