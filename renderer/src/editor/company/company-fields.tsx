import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Company } from '../../release/document-schema'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'

type TextKey = 'shortName' | 'ticker' | 'datelineCity' | 'phone' | 'fax' | 'web'

const TEXT_FIELDS: readonly { readonly key: TextKey; readonly label: string; readonly hint: string }[] = [
  { key: 'shortName', label: 'Short name', hint: 'In the headline: \u201cIEC\u201d' },
  { key: 'ticker', label: 'Ticker', hint: 'As the dateline prints it: \u201cIECE.OB\u201d or \u201cNASDAQ: IECE\u201d' },
  { key: 'datelineCity', label: 'Dateline city', hint: '\u201cNewark, NY\u201d' },
  { key: 'phone', label: 'Phone', hint: '' },
  { key: 'fax', label: 'Fax', hint: '' },
  { key: 'web', label: 'Web address', hint: '' },
]

/** The company's legal name may never be empty: the letterhead and dateline need it. */
function NameField(props: { readonly value: string; readonly onChange: (name: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null)
  const text = draft ?? props.value
  const empty = text.trim() === ''
  // Said once the person leaves the field, not while they are retyping the name.
  const [left, setLeft] = useState(false)
  const showError = empty && left
  return (
    <label className="field field--wide">
      <span className="field__label">Company name</span>
      <input
        className="field__input"
        value={text}
        aria-invalid={showError}
        aria-describedby={showError ? 'company-name-message' : undefined}
        onChange={(event) => {
          const next = event.target.value
          setLeft(false)
          if (next.trim() === '') setDraft(next)
          else {
            setDraft(null)
            props.onChange(next)
          }
        }}
        onBlur={() => setLeft(true)}
      />
      {showError && (
        <span id="company-name-message" className="field__message" role="alert">
          The company name is required. The release still says {props.value}.
        </span>
      )}
    </label>
  )
}

/** Name, address and contact lines: what the letterhead and the dateline print. */
export function CompanyFields() {
  const store = useReleaseStoreApi()
  const company = useRelease(useShallow((state) => state.document.company))
  const setCompany = (patch: Partial<Company>): void => store.getState().setCompany(patch)
  return (
    <fieldset className="settings-grid" onBlur={() => store.getState().breakCoalescing()}>
      <legend className="section-title">Company</legend>
      <NameField value={company.name} onChange={(name) => setCompany({ name })} />
      {TEXT_FIELDS.map((field) => (
        <label key={field.key} className="field">
          <span className="field__label">{field.label}</span>
          <input
            className="field__input"
            value={company[field.key]}
            onChange={(event) => setCompany({ [field.key]: event.target.value })}
          />
          {field.hint !== '' && <span className="field__hint">{field.hint}</span>}
        </label>
      ))}
      <label className="field field--wide">
        <span className="field__label">Address lines</span>
        <textarea
          className="field__input"
          rows={3}
          value={company.addressLines.join('\n')}
          onChange={(event) => setCompany({ addressLines: event.target.value.split('\n') })}
        />
        <span className="field__hint">One line each; the letterhead joins them with bullets.</span>
      </label>
    </fieldset>
  )
}
