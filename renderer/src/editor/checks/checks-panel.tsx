import { useCallback, useMemo, useRef } from 'react'
import { useEditorServices } from '../editor-services'
import type { Finding, Severity } from '../../release/checks/finding'
import { textLocation } from '../../release/checks/finding'
import { releaseTables } from '../../release/release-tables'
import { selectContent, selectFacts } from '../../store/selectors'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { selectShownFindings } from './check-selectors'
import { checksCountText } from './checks-indicators'
import { applyFix, showFinding } from './finding-actions'
import { FindingItem } from './finding-item'
import { findingPlace, isTextBlock } from './finding-place'
import { OverrideNote } from './override-note'
import './checks.css'

const GROUPS: readonly { readonly severity: Severity; readonly title: string; readonly hint: string }[] = [
  { severity: 'error', title: 'Errors', hint: 'Wrong in the release as it stands: fix these before it goes out.' },
  { severity: 'warning', title: 'Warnings', hint: 'Worth a second look; they may be right.' },
]

interface GroupProps {
  readonly severity: Severity
  readonly title: string
  readonly hint: string
  /** After a fix its finding (and the button pressed) is gone: the focus stays in the panel. */
  readonly afterFix: () => void
}

function FindingGroup(props: GroupProps) {
  const store = useReleaseStoreApi()
  const { editors } = useEditorServices()
  const findings = useRelease(selectShownFindings) ?? []
  const content = useRelease(selectContent)
  const document = useRelease((state) => state.document)
  const facts = useRelease(selectFacts)
  const tables = useMemo(() => releaseTables(document, facts), [document, facts])
  const shown = findings.filter((finding) => finding.severity === props.severity)
  if (shown.length === 0) return null
  const titleId = `checks-${props.severity}s`
  const canFix = (finding: Finding): boolean => {
    const location = textLocation(finding.location)
    return location !== null && isTextBlock(location.block)
  }
  return (
    <section className="checks-group" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {props.title} <span className="checks-group__count">{shown.length}</span>
      </h2>
      <p className="section-hint">{props.hint}</p>
      <ul className="card-list">
        {shown.map((finding, index) => (
          <FindingItem
            // Ids are stable per rule and place; the index only parts two findings at the very same words.
            key={`${finding.id}#${index}`}
            finding={finding}
            place={findingPlace(finding.location, content, tables)}
            onShow={() => showFinding(store, editors, finding)}
            onFix={
              canFix(finding)
                ? (fix) => {
                    if (applyFix(store, editors, finding, fix)) props.afterFix()
                  }
                : null
            }
          />
        ))}
      </ul>
    </section>
  )
}

function ChecksSummary() {
  const findings = useRelease(selectShownFindings)
  if (findings === null) {
    return (
      <p className="checks-summary" role="status" data-testid="checks-running">
        Checking the release…
      </p>
    )
  }
  if (findings.length === 0) {
    return (
      <div className="checks-clear" role="status" data-testid="checks-clear">
        <p className="checks-clear__title">No problems found</p>
        <p className="checks-clear__text">
          The typed words agree with the figures, the figures add up, and nothing is left over from drafting.
        </p>
      </div>
    )
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length
  return (
    <p className="checks-summary" role="status" data-testid="checks-summary">
      <strong>{checksCountText(errors, findings.length - errors)}.</strong> Click one to see its words in the text.
    </p>
  )
}

/**
 * The Checks tab: the figures against each other, the typed words against the figures, and what
 * is left over from drafting, as the person writes. Live fields are right by construction; only
 * typed words are read as claims.
 */
export function ChecksPanel() {
  const panel = useRef<HTMLDivElement | null>(null)
  // After the editor's own focus call, which comes in the next frame (and fails while its tab is hidden).
  const afterFix = useCallback(() => requestAnimationFrame(() => panel.current?.focus()), [])
  return (
    <div className="checks-panel" data-testid="checks-panel" ref={panel} tabIndex={-1} aria-label="Checks">
      <OverrideNote />
      <ChecksSummary />
      {GROUPS.map((group) => (
        <FindingGroup key={group.severity} {...group} afterFix={afterFix} />
      ))}
    </div>
  )
}
