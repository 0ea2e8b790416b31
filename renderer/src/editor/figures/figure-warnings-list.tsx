import { sortFindings } from '../../release/checks/finding'
import { selectFigureFindings } from '../../store/selectors'
import { useRelease } from '../../store/store-context'

/**
 * Under the grid: what is wrong with the figures, so nothing wrong goes unnoticed on the way to
 * print. The same findings, in the same words, as the cells' marks and the Checks tab.
 */
export function FigureWarningsList() {
  const found = useRelease(selectFigureFindings)
  if (found.length === 0) {
    return (
      <p className="figure-warnings figure-warnings--clear" data-testid="figure-warnings">
        The figures agree with each other.
      </p>
    )
  }
  const findings = sortFindings(found.map((entry) => entry.finding))
  return (
    <section className="figure-warnings" aria-label="Figure warnings" data-testid="figure-warnings">
      <h3 className="figure-warnings__title">Check these figures</h3>
      <ul>
        {findings.map((finding, index) => (
          <li
            key={`${finding.id}#${index}`}
            className={`figure-warnings__item${finding.severity === 'error' ? ' figure-warnings__item--error' : ''}`}
          >
            <span className="figure-warnings__kind">{finding.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
            {finding.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
