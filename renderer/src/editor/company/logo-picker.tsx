import { useEditorServices } from '../editor-services'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'

/** The letterhead logo: chosen through the shell (a file dialog), kept inside the release file. */
export function LogoPicker() {
  const store = useReleaseStoreApi()
  const { bridge } = useEditorServices()
  const logo = useRelease((state) => state.document.company.logo)
  const preprinted = useRelease((state) => state.document.layout.preprinted)

  const choose = async (): Promise<void> => {
    const reply = await bridge['logo:choose']({})
    const state = store.getState()
    if (!reply.ok) state.showToast('error', `The logo was not changed. ${reply.error}`)
    else if (reply.value !== null) state.setCompany({ logo: reply.value })
  }

  return (
    <fieldset className="logo-picker">
      <legend className="section-title">Logo</legend>
      <div className="logo-picker__row">
        <div className="logo-picker__frame">
          {logo === null ? (
            <span className="logo-picker__empty">No logo</span>
          ) : (
            <img
              className="logo-picker__image"
              src={`data:${logo.mediaType};base64,${logo.data}`}
              alt="The company logo"
              data-testid="logo-thumbnail"
            />
          )}
        </div>
        <div className="logo-picker__actions">
          <button type="button" className="button" onClick={() => void choose()}>
            {logo === null ? 'Choose logo\u2026' : 'Replace logo\u2026'}
          </button>
          <button
            type="button"
            className="button button--plain"
            disabled={logo === null}
            onClick={() => store.getState().setCompany({ logo: null })}
          >
            Remove
          </button>
          <span className="field__hint">
            PNG, JPEG or SVG.
            {preprinted ? ' Pre-printed letterhead is on, so the logo does not print.' : ''}
            {logo?.mediaType === 'image/svg+xml' && (
              <span data-testid="svg-logo-note">
                {' '}
                Word cannot show an SVG logo on its own, so the Word export prints the company name
                in its place; the preview, PDF and print show the logo. Choose a PNG or JPEG for
                Word.
              </span>
            )}
          </span>
        </div>
      </div>
    </fieldset>
  )
}
