import { useEditorServices } from '../editor-services'
import { fieldText } from '../../release/field-text'
import type { MeasureDefinition } from '../../release/measure-definition'
import { PAIRS, pairPeriods } from '../../release/measures'
import type { ComparisonPair } from '../../release/measures'
import { selectFacts } from '../../store/selectors'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { BLOCK_KINDS } from '../../release/block-kinds'
import { periodColumnLabel } from '../figures/period-labels'
import { comparisonInsertion } from './comparison-insert'
import { ComparisonRow } from './comparison-row'
import './comparisons.css'

const PAIR_NAMES: Readonly<Record<ComparisonPair, string>> = {
  previousQuarter: 'previous quarter',
  yearAgoQuarter: 'year-ago quarter',
  yearAgoYearToDate: 'prior year to date',
}

/**
 * Every comparison the figures allow, worded in the chosen style. "Insert" puts the comparison as a
 * live field at the cursor of the last text block used: with its subject ("Sales increased 19% …")
 * unless the clause before the cursor already names it ("Second quarter sales " + "were 19% ahead …").
 */
export function ComparisonsPanel() {
  const store = useReleaseStoreApi()
  const { editors } = useEditorServices()
  const facts = useRelease(selectFacts)
  const lastBlock = useRelease((state) => state.lastFocusedBlock)
  const { style, period } = facts.document
  const insertTarget = lastBlock === null ? null : BLOCK_KINDS[lastBlock].label

  const insert = (measure: MeasureDefinition, pair: ComparisonPair): void => {
    const state = store.getState()
    const target = lastBlock === null ? undefined : editors.get(lastBlock)
    if (lastBlock === null || target === undefined) {
      state.showToast('info', 'Click into a text block on the Text tab first: the comparison goes where the cursor was.')
      return
    }
    const { field, leadingText } = comparisonInsertion(measure, pair, target.textBeforeCursor?.() ?? null)
    target.insertField(field, leadingText)
    state.showToast('success', `Inserted the comparison into ${BLOCK_KINDS[lastBlock].label}.`)
  }

  return (
    <div className="comparisons-panel">
      <p className="section-hint">
        Percents are computed from the exact figures. <abbr title="Not meaningful">NM</abbr> means the earlier figure is
        zero or negative, so the words state the amounts instead.
      </p>
      {facts.resolution.figures.measures.map((measure) => (
        <section key={measure.id} className="comparison-group" aria-labelledby={`comparisons-${measure.id}`}>
          <h2 id={`comparisons-${measure.id}`} className="section-title">
            {measure.label}
          </h2>
          <ul className="card-list">
            {PAIRS.map((pair) => {
              const prior = periodColumnLabel(pairPeriods(pair).prior, period)
              const current = periodColumnLabel(pairPeriods(pair).current, period)
              return (
                <ComparisonRow
                  key={pair}
                  comparison={facts.comparison(measure.id, pair)}
                  pairLabel={`${current} vs ${prior}`}
                  name={`${measure.label}, ${current} vs ${prior} (${PAIR_NAMES[pair]})`}
                  style={style}
                  words={fieldText({ kind: 'comparison', measure: measure.id, pair, withSubject: false, textCase: 'asIs' }, facts)}
                  insertTarget={insertTarget}
                  onStyle={(choice) => store.getState().setWordingStyle(measure.id, pair, choice)}
                  onInsert={() => insert(measure, pair)}
                />
              )
            })}
          </ul>
        </section>
      ))}
    </div>
  )
}
