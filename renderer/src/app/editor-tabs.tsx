import { lazy, Suspense } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { ChecksBadge } from '../editor/checks/checks-indicators'
import { ChecksPanel } from '../editor/checks/checks-panel'
import { ComparisonsPanel } from '../editor/comparisons/comparisons-panel'
import { CompanyTab } from '../editor/company/company-tab'
import { FiguresTab } from '../editor/figures/figures-tab'
import { HouseStyleTab } from '../editor/style/house-style-tab'
import { TablesTab } from '../editor/tables/tables-tab'
import { useRelease, useReleaseStoreApi } from '../store/store-context'
import type { EditorTab } from '../store/store-types'
import { useAfterFirstPaint } from '../editor/use-after-first-paint'

/** The text editors and their editing library load after the first paint, not with it. */
const TextTab = lazy(() => import('../editor/text/text-tab').then((module) => ({ default: module.TextTab })))

function TextPanel() {
  return (
    <Suspense fallback={<p className="section-hint">Opening the text editors…</p>}>
      <TextTab />
    </Suspense>
  )
}

const TABS: readonly { readonly id: EditorTab; readonly label: string; readonly panel: () => ReactNode }[] = [
  { id: 'figures', label: 'Figures', panel: () => <FiguresTab /> },
  { id: 'tables', label: 'Tables', panel: () => <TablesTab /> },
  { id: 'company', label: 'Company & letterhead', panel: () => <CompanyTab /> },
  { id: 'comparisons', label: 'Comparisons', panel: () => <ComparisonsPanel /> },
  { id: 'style', label: 'House style', panel: () => <HouseStyleTab /> },
  { id: 'text', label: 'Text', panel: () => <TextPanel /> },
  { id: 'checks', label: 'Checks', panel: () => <ChecksPanel /> },
]

/**
 * The editing column. Every panel stays mounted while hidden, so a text block keeps its cursor
 * (where Comparisons' "Insert" goes) and switching tabs costs nothing. The hidden panels are
 * mounted just after the first paint, so that the editor shows its first tab sooner.
 */
export function EditorTabs() {
  const store = useReleaseStoreApi()
  const active = useRelease((state) => state.activeTab)
  const allPanels = useAfterFirstPaint()
  const warnings = useRelease(
    (state) => Object.values(state.figureDrafts).filter((draft) => draft.error !== null && draft.shown).length,
  )

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
    const index = TABS.findIndex((tab) => tab.id === active)
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]
    if (next === undefined) return
    event.preventDefault()
    store.getState().setActiveTab(next.id)
    document.getElementById(`tab-${next.id}`)?.focus()
  }

  return (
    <div className="editor-tabs">
      <div className="editor-tabs__list" role="tablist" aria-label="Editor sections" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            className="editor-tabs__tab"
            aria-selected={tab.id === active}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => store.getState().setActiveTab(tab.id)}
          >
            {tab.label}
            {tab.id === 'figures' && warnings > 0 && (
              <span className="editor-tabs__badge" aria-label={`${warnings} invalid`}>
                {warnings}
              </span>
            )}
            {tab.id === 'checks' && <ChecksBadge />}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab.id}
          id={`panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab.id}`}
          className="editor-tabs__panel"
          hidden={tab.id !== active}
        >
          {(allPanels || tab.id === active) && tab.panel()}
        </div>
      ))}
    </div>
  )
}
