import { useShallow } from 'zustand/react/shallow'
import { wordingStyleFor, WORDING_STYLES, WORDING_STYLE_LABELS } from '../../release/house-style'
import type { WordingStyle } from '../../release/house-style'
import { PAIRS } from '../../release/measures'
import type { ComparisonPair } from '../../release/measures'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'

const PAIR_HEADINGS: Readonly<Record<ComparisonPair, string>> = {
  previousQuarter: 'Against the previous quarter',
  yearAgoQuarter: 'Against the year-ago quarter',
  yearAgoYearToDate: 'Year to date against last year',
}

/** "Bounded", from 'Bounded: "increased by more than 50%"'. */
function shortLabel(style: WordingStyle): string {
  return WORDING_STYLE_LABELS[style].split(':')[0] ?? style
}

function wordingStyle(value: string): WordingStyle | null {
  return WORDING_STYLES.find((style) => style === value) ?? null
}

/** How each comparison is worded, measure by measure: the same settings as the Comparisons tab's rows. */
export function ComparisonWordingTable() {
  const store = useReleaseStoreApi()
  const style = useRelease((state) => state.document.style)
  const measures = useRelease(useShallow((state) => state.document.figures.measures))
  return (
    <section aria-labelledby="house-style-comparisons">
      <h2 id="house-style-comparisons" className="section-title">
        Comparison wording
      </h2>
      <ul className="house-style__legend" aria-label="Wording styles">
        {WORDING_STYLES.map((option) => (
          <li key={option}>{WORDING_STYLE_LABELS[option]}</li>
        ))}
      </ul>
      <p className="section-hint">
        Changes from a zero or negative figure are always worded with the amounts. The Comparisons tab shows each sentence with the release&rsquo;s figures.
      </p>
      <table className="house-style__table">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {PAIRS.map((pair) => (
              <th key={pair} scope="col">
                {PAIR_HEADINGS[pair]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.id}>
              <th scope="row">{measure.label}</th>
              {PAIRS.map((pair) => (
                <td key={pair}>
                  <select
                    className="field__input"
                    aria-label={`${measure.label}: ${PAIR_HEADINGS[pair].toLowerCase()}`}
                    value={wordingStyleFor(style, measure, pair)}
                    onChange={(event) => {
                      const chosen = wordingStyle(event.target.value)
                      if (chosen !== null) store.getState().setWordingStyle(measure.id, pair, chosen)
                    }}
                  >
                    {WORDING_STYLES.map((option) => (
                      <option key={option} value={option} title={WORDING_STYLE_LABELS[option]}>
                        {shortLabel(option)}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
