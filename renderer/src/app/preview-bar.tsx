import { useShallow } from 'zustand/react/shallow'
import { useRelease, useReleaseStoreApi } from '../store/store-context'
import { useAppServices } from './app-services'

/** Above the preview: the page it shows (size, exhibit line, pre-printed paper) and its zoom. */
export function PreviewBar(props: { readonly fitWidth: () => number | null }) {
  const store = useReleaseStoreApi()
  const { runCommand } = useAppServices()
  const layout = useRelease(
    useShallow((state) => ({
      pageSize: state.document.layout.pageSize,
      exhibitLine: state.document.layout.exhibitLine,
      exhibitLabel: state.document.layout.exhibitLabel,
      preprinted: state.document.layout.preprinted,
    })),
  )
  const pages = useRelease((state) => state.document.layout.pageSize)
  const zoom = useRelease((state) => state.zoom)
  const setLayout = store.getState().setLayout
  return (
    <div className="preview-bar" role="toolbar" aria-label="Page and preview">
      <label className="preview-bar__field">
        <span className="visually-hidden">Page size</span>
        <select
          className="field__input"
          value={pages}
          onChange={(event) => setLayout({ pageSize: event.target.value === 'a4' ? 'a4' : 'letter' })}
        >
          <option value="letter">US Letter</option>
          <option value="a4">A4</option>
        </select>
      </label>
      <label className="preview-bar__check">
        <input
          type="checkbox"
          checked={layout.exhibitLine}
          onChange={(event) => setLayout({ exhibitLine: event.target.checked })}
        />
        {layout.exhibitLabel.trim() === '' ? 'Exhibit' : layout.exhibitLabel} line
      </label>
      <label className="preview-bar__check">
        <input
          type="checkbox"
          data-testid="preprinted-toggle"
          checked={layout.preprinted}
          onChange={() => runCommand('view.togglePreprinted')}
        />
        Pre-printed letterhead
      </label>
      <span className="preview-bar__spacer" />
      <div className="preview-bar__zoom">
        <button
          type="button"
          className="button button--icon"
          aria-label="Zoom out"
          disabled={zoom <= 0.5}
          onClick={() => runCommand('view.zoomOut')}
        >
          {'\u2212'}
        </button>
        <output className="preview-bar__zoom-value" aria-label="Zoom">
          {Math.round(zoom * 100)}%
        </output>
        <button
          type="button"
          className="button button--icon"
          aria-label="Zoom in"
          disabled={zoom >= 2}
          onClick={() => runCommand('view.zoomIn')}
        >
          +
        </button>
        <button
          type="button"
          className="button button--small"
          title="Zoom so the page fills the preview's width"
          onClick={() => {
            const fit = props.fitWidth()
            if (fit !== null) store.getState().setZoom(fit)
          }}
        >
          Fit
        </button>
      </div>
    </div>
  )
}
