import type { Comparison } from '../../release/comparisons'
import type { HouseStyle, WordingStyle } from '../../release/house-style'
import { WORDING_STYLES, WORDING_STYLE_LABELS, wordingStyleFor } from '../../release/house-style'
import { comparisonFigures } from './comparison-figures'

export interface ComparisonRowProps {
  readonly comparison: Comparison
  /** "Q2 fiscal 2006 vs Q1 fiscal 2006", shown in the row. */
  readonly pairLabel: string
  /** The row's full name for assistive technology and tests: with the measure. */
  readonly name: string
  readonly style: HouseStyle
  /** The words the release uses for it (a placeholder while a figure it rests on is not an amount). */
  readonly words: string
  /** The text block "Insert" would put the comparison in; null while no text block has had the cursor. */
  readonly insertTarget: string | null
  readonly onStyle: (style: WordingStyle) => void
  readonly onInsert: () => void
}

/** "Bounded", from 'Bounded: "increased by more than 50%"'. */
function shortLabel(style: WordingStyle): string {
  return WORDING_STYLE_LABELS[style].split(':')[0] ?? style
}

/** One measure against one period: both figures, the change, the percent, and the words the release uses. */
export function ComparisonRow(props: ComparisonRowProps) {
  const { comparison, style, words } = props
  const wording = wordingStyleFor(style, comparison.definition, comparison.pair)
  const figures = comparisonFigures(comparison, style)
  const rowId = `comparison-${comparison.measure}-${comparison.pair}`
  // Swings and changes from a zero or negative base are worded with amounts: the style does not apply.
  // A ratio's change is always in points: the percent wording styles do not apply either.
  const styleApplies =
    comparison.kind === 'change' && comparison.percent !== null && comparison.definition.kind !== 'ratio'
  return (
    <li className="comparison-row" data-testid={rowId} aria-label={props.name}>
      <div className="comparison-row__head">
        <span className="comparison-row__pair">
          {props.pairLabel}
        </span>
        <span className="comparison-row__figures">
          <span className="num">{figures.current}</span>
          <span className="comparison-row__against">vs</span>
          <span className="num">{figures.prior}</span>
          <span className="num comparison-row__change">{figures.change}</span>
          <span
            className={`num comparison-row__percent${figures.percent === 'NM' ? ' comparison-row__percent--nm' : ''}`}
            data-testid={`${rowId}-percent`}
            title={
              figures.percent === 'NM'
                ? 'Not meaningful: the earlier figure is zero or negative, or the result changed sign.'
                : figures.percent === 'pts'
                  ? 'A ratio changes in points, not in percent.'
                  : undefined
            }
          >
            {figures.percent}
          </span>
        </span>
      </div>
      <div className="comparison-row__body">
        <q className="comparison-row__words" data-testid={`${rowId}-words`}>
          {words}
        </q>
        <select
          className="field__input comparison-row__style"
          aria-label={`Wording for ${props.name}`}
          value={wording}
          disabled={!styleApplies}
          title={styleApplies ? WORDING_STYLE_LABELS[wording] : 'Without a meaningful percent, the words state the amounts.'}
          onChange={(event) => props.onStyle(event.target.value as WordingStyle)}
        >
          {WORDING_STYLES.map((option) => (
            <option key={option} value={option} title={WORDING_STYLE_LABELS[option]}>
              {shortLabel(option)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small"
          disabled={props.insertTarget === null}
          aria-label={`Insert ${props.name}`}
          title={
            props.insertTarget === null
              ? 'Click into a text block on the Text tab first: the comparison goes where the cursor was.'
              : `Insert as a live sentence at the cursor in ${props.insertTarget}`
          }
          onClick={props.onInsert}
        >
          Insert
        </button>
      </div>
    </li>
  )
}
