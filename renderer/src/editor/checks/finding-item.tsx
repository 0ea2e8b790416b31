import type { Finding, Fix } from '../../release/checks/finding'
import { fixLabel } from './finding-actions'

export interface FindingItemProps {
  readonly finding: Finding
  /** "Results, paragraph 2". */
  readonly place: string
  readonly onShow: () => void
  /** Absent when the fix cannot be applied here (the words are not in a text block). */
  readonly onFix: ((fix: Fix) => void) | null
}

const SEVERITY_LABELS: Readonly<Record<Finding['severity'], string>> = { error: 'Error', warning: 'Warning' }

/** One finding: what is wrong and where, the words in question, and the fixes offered. */
export function FindingItem(props: FindingItemProps) {
  const { finding, place, onFix } = props
  const fixes = onFix === null ? [] : (finding.fixes ?? [])
  const target = finding.location === null ? 'Show in the figures' : 'Show in the text'
  return (
    <li className={`finding finding--${finding.severity}`} data-testid="finding" data-rule={finding.rule}>
      <button type="button" className="finding__show" title={target} onClick={props.onShow}>
        <span className="finding__head">
          <span className="finding__severity">{SEVERITY_LABELS[finding.severity]}</span>
          <span className="finding__place">{place}</span>
        </span>
        {finding.quote !== '' && <q className="finding__quote">{finding.quote}</q>}
        <span className="finding__message">{finding.message}</span>
      </button>
      {fixes.length > 0 && (
        <div className="finding__fixes">
          {fixes.map((fix, index) => (
            <button
              key={`${fix.kind}-${index}`}
              type="button"
              className={`button button--small${index === 0 ? ' finding__fix--first' : ''}`}
              onClick={() => onFix?.(fix)}
            >
              {fixLabel(fix)}
            </button>
          ))}
        </div>
      )}
    </li>
  )
}
