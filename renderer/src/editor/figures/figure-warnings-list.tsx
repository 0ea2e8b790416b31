import { MEASURE_LABELS } from '../../release/measures'
import type { Measure, PeriodKey } from '../../release/measures'
import { selectWarnings } from '../../store/selectors'
import { useRelease } from '../../store/store-context'
import type { CellKey, FigureDraft } from '../../store/store-types'
import { periodColumnLabel } from './period-labels'

function cellName(cell: CellKey, period: { fiscalYear: number; quarter: 1 | 2 | 3 | 4 }): string {
  const [measure, key] = cell.split('.') as [Measure, PeriodKey]
  return `${MEASURE_LABELS[measure]}, ${periodColumnLabel(key, period)}`
}

/** Under the grid: what is wrong with the figures, so nothing wrong goes unnoticed on the way to print. */
export function FigureWarningsList() {
  const warnings = useRelease(selectWarnings)
  const drafts = useRelease((state) => state.figureDrafts)
  const period = useRelease((state) => state.document.period)
  const invalid = (Object.entries(drafts) as [CellKey, FigureDraft][]).filter(
    ([, draft]) => draft.error !== null && draft.shown,
  )
  if (warnings.length === 0 && invalid.length === 0) {
    return (
      <p className="figure-warnings figure-warnings--clear" data-testid="figure-warnings">
        The figures agree with each other.
      </p>
    )
  }
  return (
    <section className="figure-warnings" aria-label="Figure warnings" data-testid="figure-warnings">
      <h3 className="figure-warnings__title">Check these figures</h3>
      <ul>
        {invalid.map(([cell, draft]) => (
          <li key={cell} className="figure-warnings__item figure-warnings__item--error">
            <strong>{cellName(cell, period)}:</strong> {draft.error} The release keeps its previous value.
          </li>
        ))}
        {warnings.map((warning) => (
          <li key={`${warning.kind}-${warning.message}`} className="figure-warnings__item">
            <span className="figure-warnings__kind">{warning.kind === 'discrepancy' ? 'Does not add up' : 'Rounding'}</span>{' '}
            {warning.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
