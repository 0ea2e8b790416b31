import type { ReleaseFacts } from '../../release/release-facts'
import { tableRowLabel } from '../../release/table-figures'
import type { FigureTableRow, StoredTable, SumTerm } from '../../release/table-schema'
import { useReleaseStoreApi } from '../../store/store-context'

type Use = 'none' | 'add' | 'subtract'

const USE_LABELS: Readonly<Record<Use, string>> = { none: 'Not summed', add: '+ Adds', subtract: '− Subtracts' }
const USES: readonly Use[] = ['none', 'add', 'subtract']

function termUse(sums: readonly SumTerm[], rowId: string): Use {
  const term = sums.find((candidate) => candidate.row === rowId)
  return term === undefined ? 'none' : term.sign === 1 ? 'add' : 'subtract'
}

/**
 * What a subtotal or total adds up, set by the person: each row of figures above it is added,
 * subtracted or left out, as an accountant writes the total's formula. Every change is one undo
 * step, and the row's "Sums … foots" line and the checks follow it at once.
 */
export function SumsEditor(props: { readonly table: StoredTable; readonly row: FigureTableRow; readonly facts: ReleaseFacts; readonly rowName: string }) {
  const { table, row, facts, rowName } = props
  const store = useReleaseStoreApi()
  const above = table.rows.slice(0, table.rows.findIndex((candidate) => candidate.id === row.id))
  const candidates = above.filter((candidate): candidate is FigureTableRow => candidate.kind !== 'heading')
  const set = (rowId: string, use: Use): void => {
    // The terms stay in the table's order, whatever order they were chosen in.
    const sums = candidates.flatMap((candidate): SumTerm[] => {
      const chosen = candidate.id === rowId ? use : termUse(row.sums, candidate.id)
      return chosen === 'none' ? [] : [{ row: candidate.id, sign: chosen === 'add' ? 1 : -1 }]
    })
    const result = store.getState().changeTables({ kind: 'setSums', table: table.id, row: row.id, sums })
    if (!result.ok) store.getState().showToast('error', result.error)
  }
  return (
    <details className="tables-sums">
      <summary>Change what it sums</summary>
      {candidates.length === 0 ? (
        <p>No row of figures is above {rowName} to sum.</p>
      ) : (
        <fieldset>
          <legend>What {rowName} sums</legend>
          {candidates.map((candidate) => {
            const label = tableRowLabel(candidate, facts)
            return (
              <label key={candidate.id} className="tables-sums__term">
                <span>{label}</span>
                <select aria-label={`${label} in ${rowName}`} value={termUse(row.sums, candidate.id)} onChange={(event) => {
                  const use = USES.find((each) => each === event.currentTarget.value)
                  if (use !== undefined) set(candidate.id, use)
                }}>
                  {USES.map((use) => (
                    <option key={use} value={use}>
                      {USE_LABELS[use]}
                    </option>
                  ))}
                </select>
              </label>
            )
          })}
        </fieldset>
      )}
    </details>
  )
}
