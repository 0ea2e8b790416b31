import { useShallow } from 'zustand/react/shallow'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'

/** The page: size, the exhibit line and its words, pre-printed letterhead paper. */
export function LayoutFields() {
  const store = useReleaseStoreApi()
  const layout = useRelease(useShallow((state) => state.document.layout))
  const setLayout = store.getState().setLayout
  return (
    <fieldset className="settings-grid">
      <legend className="section-title">Letterhead and page</legend>
      <label className="field field--check field--wide">
        <input
          type="checkbox"
          checked={layout.preprinted}
          onChange={(event) => setLayout({ preprinted: event.target.checked })}
        />
        <span>
          Pre-printed letterhead paper
          <span className="field__hint"> The logo and address are left off; the text starts at the same height.</span>
        </span>
      </label>
      <label className="field">
        <span className="field__label">Page size</span>
        <select
          className="field__input"
          value={layout.pageSize}
          onChange={(event) => setLayout({ pageSize: event.target.value === 'a4' ? 'a4' : 'letter' })}
        >
          <option value="letter">US Letter</option>
          <option value="a4">A4</option>
        </select>
      </label>
      <label className="field">
        <span className="field__label">Exhibit line</span>
        <input
          className="field__input"
          value={layout.exhibitLabel}
          disabled={!layout.exhibitLine}
          onChange={(event) => setLayout({ exhibitLabel: event.target.value })}
        />
      </label>
      <label className="field field--check">
        <input
          type="checkbox"
          checked={layout.exhibitLine}
          onChange={(event) => setLayout({ exhibitLine: event.target.checked })}
        />
        <span>Print the exhibit line (furnished under Form 8-K)</span>
      </label>
    </fieldset>
  )
}
