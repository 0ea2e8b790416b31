import { useState } from 'react'
import { resolveTable } from '../../release/release-tables'
import { ENTERED_KINDS } from '../../release/table-schema'
import type { EnteredKind } from '../../release/table-schema'
import { TABLE_TEMPLATES } from '../../release/table-templates'
import { selectFacts } from '../../store/selectors'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { TableRowView } from './table-row-view'
import './tables.css'

const ENTERED_LABELS: Readonly<Record<EnteredKind, string>> = { money: 'Amounts', perShare: 'Per-share amounts', count: 'Share counts' }

/** The form under a table that adds a row: a heading, a measure's figures, or figures entered for the table. */
function AddRow(props: { readonly table: string }) {
  const store = useReleaseStoreApi()
  const measures = useRelease((state) => state.document.figures.measures)
  const [kind, setKind] = useState<'entered' | 'heading' | 'measure'>('entered')
  const [label, setLabel] = useState('')
  const [measure, setMeasure] = useState(measures[0]?.id ?? '')
  const [figures, setFigures] = useState<EnteredKind>('money')
  const add = (): void => {
    const row = kind === 'measure' ? { kind, measure } : kind === 'heading' ? { kind, label } : { kind, label, figures }
    const after = store.getState().tableSelection?.row ?? undefined
    const result = store.getState().changeTables({ kind: 'addRow', table: props.table, row, ...(after === undefined ? {} : { after }) })
    if (!result.ok) store.getState().showToast('error', result.error)
    else setLabel('')
  }
  return (
    <fieldset className="tables-add-row">
      <legend>Add a row below the selected one</legend>
      <select aria-label="Kind of row" value={kind} onChange={(event) => setKind(event.currentTarget.value === 'heading' ? 'heading' : event.currentTarget.value === 'measure' ? 'measure' : 'entered')}>
        <option value="entered">Figures entered for the table</option>
        <option value="measure">A measure from the figures</option>
        <option value="heading">A heading (label only)</option>
      </select>
      {kind === 'measure' ? (
        <select aria-label="Measure" value={measure} onChange={(event) => setMeasure(event.currentTarget.value)}>
          {measures.map((definition) => (
            <option key={definition.id} value={definition.id}>
              {definition.label}
            </option>
          ))}
        </select>
      ) : (
        <input aria-label="Row label" placeholder="Cost of sales" value={label} onChange={(event) => setLabel(event.currentTarget.value)} />
      )}
      {kind === 'entered' && (
        <select aria-label="Figures are" value={figures} onChange={(event) => setFigures(ENTERED_KINDS.find((entry) => entry === event.currentTarget.value) ?? 'money')}>
          {ENTERED_KINDS.map((entry) => (
            <option key={entry} value={entry}>
              {ENTERED_LABELS[entry]}
            </option>
          ))}
        </select>
      )}
      <button type="button" onClick={add}>
        Add row
      </button>
    </fieldset>
  )
}

/** The table being edited: its rows as a grid, bound figures read-only, entered figures to type. */
function TableEditor(props: { readonly id: string }) {
  const store = useReleaseStoreApi()
  const table = useRelease((state) => state.document.tables.find((candidate) => candidate.id === props.id))
  const facts = useRelease(selectFacts)
  if (table === undefined) return null
  const printed = resolveTable(table, facts)
  const columnLabels = printed.columns.map((column) => column.headLines.join(' '))
  return (
    <section className="tables-editor" aria-label={table.title}>
      <h3>{table.title}</h3>
      {printed.unitLine !== '' && <p className="section-hint">{printed.unitLine}</p>}
      <div className="figures-grid__scroller">
        <table className="tables-grid" aria-label={`Rows of ${table.title}`}>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Style</th>
              <th scope="col">Indent</th>
              {columnLabels.map((label, index) => (
                <th key={index} scope="col">
                  {label}
                </th>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <TableRowView key={row.id} table={table} row={row} printed={printed.rows.find((entry) => entry.id === row.id)} columnLabels={columnLabels} facts={facts} />
            ))}
          </tbody>
        </table>
      </div>
      <AddRow table={table.id} />
      <button type="button" className="tables-editor__remove" onClick={() => store.getState().changeTables({ kind: 'removeTable', table: table.id })}>
        Remove this table
      </button>
    </section>
  )
}

/** The Tables panel: the release's financial tables, a template to insert, and the selected table's rows. */
export function TablesTab() {
  const store = useReleaseStoreApi()
  const tables = useRelease((state) => state.document.tables)
  const selected = useRelease((state) => state.tableSelection?.table ?? null)
  const shown = tables.find((table) => table.id === selected)?.id ?? tables[0]?.id ?? null
  const [template, setTemplate] = useState(TABLE_TEMPLATES[0]?.id ?? '')
  const insert = (): void => {
    const before = store.getState().document.tables.length
    const result = store.getState().changeTables({ kind: 'insertTemplate', template })
    if (!result.ok) {
      store.getState().showToast('error', result.error)
      return
    }
    const inserted = store.getState().document.tables[before]
    if (inserted !== undefined) store.getState().selectTable({ table: inserted.id, row: null, column: null })
  }
  return (
    <div className="tables-tab">
      <div className="tables-tab__bar">
        <label>
          Template{' '}
          <select value={template} onChange={(event) => setTemplate(event.currentTarget.value)}>
            {TABLE_TEMPLATES.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={insert}>
          Insert table
        </button>
      </div>
      {tables.length === 0 ? (
        <p className="section-hint">The release has no financial tables. Insert one from a template: its rows take the figures grid’s figures where the release reports them.</p>
      ) : (
        <ul className="tables-tab__list" aria-label="Tables">
          {tables.map((table) => (
            <li key={table.id}>
              <button type="button" aria-pressed={table.id === shown} onClick={() => store.getState().selectTable({ table: table.id, row: null, column: null })}>
                {table.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown !== null && <TableEditor id={shown} />}
    </div>
  )
}
