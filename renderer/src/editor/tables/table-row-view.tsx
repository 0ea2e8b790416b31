import { useState } from 'react'
import type { ContentTableRow } from '../../release/content-table'
import type { ReleaseFacts } from '../../release/release-facts'
import { tableRowLabel } from '../../release/table-figures'
import { TABLE_ROW_STYLES } from '../../release/table-schema'
import type { StoredTable, TableRow, TableRowStyle } from '../../release/table-schema'
import { definitionOf } from '../../release/release-measures'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { EnteredCell } from './entered-cell'
import { SumsEditor } from './sums-editor'
import { tableCellId } from './table-cell-id'
import { totalFooting } from './table-footing'

const STYLE_LABELS: Readonly<Record<TableRowStyle, string>> = { normal: 'Line', subtotal: 'Subtotal', total: 'Total' }

function kindText(row: TableRow, facts: ReleaseFacts): string {
  switch (row.kind) {
    case 'heading':
      return 'Heading'
    case 'measure':
      return `From the figures: ${definitionOf(facts.resolution.figures.measures, row.measure).label}`
    case 'entered':
      return 'Entered for the table'
  }
}

export interface TableRowViewProps {
  readonly table: StoredTable
  readonly row: TableRow
  readonly printed: ContentTableRow | undefined
  readonly columnLabels: readonly string[]
  readonly facts: ReleaseFacts
}

/** A row of the table being edited: its label, kind, style and indent, a cell per column, and what a total sums. */
export function TableRowView(props: TableRowViewProps) {
  const { table, row, printed, columnLabels, facts } = props
  const store = useReleaseStoreApi()
  const selection = useRelease((state) => state.tableSelection)
  const [label, setLabel] = useState<string | null>(null)
  const change = (result: { readonly ok: boolean; readonly error?: string }): void => {
    if (!result.ok && result.error !== undefined) store.getState().showToast('error', result.error)
  }
  const shownLabel = tableRowLabel(row, facts)
  const commitLabel = (): void => {
    if (label !== null) change(store.getState().changeTables({ kind: 'setLabel', table: table.id, row: row.id, label }))
    setLabel(null)
  }
  const footing = row.kind !== 'heading' && row.style !== 'normal' ? totalFooting(table, row, facts) : null
  const rowName = shownLabel === '' ? 'Heading' : shownLabel

  return (
    <tr className={`tables-grid__row tables-grid__row--${row.kind === 'heading' ? 'heading' : row.style}`} data-row={row.id}>
      <th scope="row" className="tables-grid__label">
        <input
          aria-label={`Label of ${rowName}`}
          style={{ marginInlineStart: `${row.indent * 1.25}em` }}
          value={label ?? shownLabel}
          onChange={(event) => setLabel(event.currentTarget.value)}
          onBlur={commitLabel}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitLabel()
            if (event.key === 'Escape') setLabel(null)
          }}
        />
        <span className="tables-grid__kind">{kindText(row, facts)}</span>
        {footing !== null && (
          <span className="tables-grid__sums">
            Sums {footing.formula === '' ? 'nothing yet' : footing.formula}
            {footing.off.some((off) => off !== null && off !== '—') ? ': does not foot' : footing.off.some((off) => off === '—') ? ': foots' : ''}
          </span>
        )}
        {footing !== null && row.kind !== 'heading' && <SumsEditor table={table} row={row} facts={facts} rowName={rowName} />}
      </th>
      <td>
        {row.kind === 'heading' ? null : (
          <select
            aria-label={`Style of ${rowName}`}
            value={row.style}
            onChange={(event) => {
              const style = TABLE_ROW_STYLES.find((candidate) => candidate === event.currentTarget.value)
              if (style !== undefined) change(store.getState().changeTables({ kind: 'setStyle', table: table.id, row: row.id, style }))
            }}
          >
            {TABLE_ROW_STYLES.map((style) => (
              <option key={style} value={style}>
                {STYLE_LABELS[style]}
              </option>
            ))}
          </select>
        )}
      </td>
      <td>
        <input
          type="number"
          className="tables-grid__indent"
          aria-label={`Indent of ${rowName}`}
          min={0}
          max={4}
          value={row.indent}
          onChange={(event) =>
            change(store.getState().changeTables({ kind: 'setIndent', table: table.id, row: row.id, indent: Number(event.currentTarget.value) }))
          }
        />
      </td>
      {table.columns.map((column, index) => {
        const name = `${rowName}, ${columnLabels[index] ?? ''}`
        const selected = selection?.table === table.id && selection.row === row.id && selection.column === index
        if (row.kind === 'entered' && column.kind === 'period')
          return <EnteredCell key={index} table={table.id} row={row} period={column.period} column={index} label={name} selected={selected} />
        const off = footing?.off[index] ?? null
        return (
          <td
            key={index}
            id={tableCellId(table.id, row.id, index)}
            tabIndex={-1}
            className="tables-grid__cell tables-grid__cell--read"
            data-selected={selected || undefined}
            aria-label={name}
            title={row.kind === 'measure' ? 'From the figures grid' : column.kind === 'change' ? 'Worked out from the periods' : undefined}
          >
            {printed?.cells[index]?.text ?? ''}
            {off !== null && off !== '—' && <span className="tables-grid__off"> off by {off}</span>}
          </td>
        )
      })}
      <td className="tables-grid__actions">
        <button type="button" aria-label={`Move ${rowName} up`} onClick={() => change(store.getState().changeTables({ kind: 'moveRow', table: table.id, row: row.id, direction: 'up' }))}>
          ↑
        </button>
        <button type="button" aria-label={`Move ${rowName} down`} onClick={() => change(store.getState().changeTables({ kind: 'moveRow', table: table.id, row: row.id, direction: 'down' }))}>
          ↓
        </button>
        <button type="button" aria-label={`Remove ${rowName}`} onClick={() => change(store.getState().changeTables({ kind: 'removeRow', table: table.id, row: row.id }))}>
          ×
        </button>
      </td>
    </tr>
  )
}
