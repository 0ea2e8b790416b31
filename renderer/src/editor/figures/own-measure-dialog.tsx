import { useEffect, useRef, useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import { MEASURE_KINDS } from '../../release/measure-definition'
import type { MeasureKind } from '../../release/measure-definition'
import { kindAdds } from '../../release/user-measure'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { ownMeasureError } from './own-measure-errors'
import type { OwnMeasureField } from './own-measure-errors'
import { keepTabInside } from '../dialog-focus'

const KIND_LABELS: Readonly<Record<MeasureKind, string>> = {
  money: 'Money',
  perShare: 'Per share',
  count: 'Count',
  ratio: 'Percent',
}

interface Problem {
  readonly field: OwnMeasureField
  readonly words: string
}

/** One labelled field with its message beside it, tied to it for assistive technology. */
function Message(props: { readonly problem: Problem | null; readonly field: OwnMeasureField }) {
  if (props.problem?.field !== props.field) return null
  return (
    <p id={`own-measure-${props.field}-error`} className="field__message" role="alert">
      {props.problem.words}
    </p>
  )
}

/** The parts a ratio names, none when neither is chosen, or what is missing when only one is. */
/** One part of a ratio of one's own: which of the release's amounts it is of, or over. */
function RatioPartSelect(props: {
  readonly label: string
  readonly value: string
  readonly onChange: (id: string) => void
  readonly amounts: readonly { readonly id: string; readonly label: string }[]
  readonly invalid: boolean
  readonly describedBy: string | undefined
}) {
  return (
    <label className="field">
      <span className="field__label">{props.label}</span>
      <select
        className="field__input"
        value={props.value}
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">Not given</option>
        {props.amounts.map((measure) => (
          <option key={measure.id} value={measure.id}>
            {measure.label}
          </option>
        ))}
      </select>
    </label>
  )
}

function ratioParts(
  numerator: string,
  denominator: string,
): { readonly numerator: string; readonly denominator: string } | { readonly words: string } | null {
  if (numerator === '' && denominator === '') return null
  if (numerator === '' || denominator === '')
    return {
      words: `Choose both parts of the ratio, what it is of and what it is over (adjusted EBITDA over revenue), or neither.`,
    }
  return { numerator, denominator }
}

/**
 * "Add your own measure": name, kind, the measure it is a segment of, GAAP or not, and for a
 * ratio what it is a ratio of, so that its value follows from its parts where it is not entered.
 * Enter adds it (one undo step), Escape or Cancel closes with nothing changed, and focus goes back
 * where it was.
 */
export function OwnMeasureDialog(props: { readonly onClose: () => void }) {
  const store = useReleaseStoreApi()
  const measures = useRelease((state) => state.document.figures.measures)
  const [name, setName] = useState('')
  const [kind, setKind] = useState<MeasureKind>('money')
  const [parent, setParent] = useState('')
  const [gaap, setGaap] = useState(true)
  const [numerator, setNumerator] = useState('')
  const [denominator, setDenominator] = useState('')
  const [problem, setProblem] = useState<Problem | null>(null)
  const panel = useRef<HTMLFormElement | null>(null)
  const nameField = useRef<HTMLInputElement | null>(null)
  // A segment is measured like its parent, and only amounts and counts add up across segments.
  const parents = kindAdds(kind) ? measures.filter((measure) => measure.kind === kind) : []
  // A ratio of one's own is of two amounts of money: adjusted EBITDA over revenue.
  const amounts = measures.filter((measure) => measure.kind === 'money')

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    nameField.current?.focus()
    return () => previous?.focus()
  }, [])

  const submit = (event?: FormEvent): void => {
    event?.preventDefault()
    const trimmed = name.trim()
    const taken = measures.find((measure) => measure.label.toLowerCase() === trimmed.toLowerCase())
    if (trimmed !== '' && taken !== undefined) {
      setProblem({
        field: 'name',
        words: `The release already has a measure named ${taken.label}; choose another name.`,
      })
      return
    }
    const ratio = kind === 'ratio' ? ratioParts(numerator, denominator) : null
    if (ratio !== null && 'words' in ratio) {
      setProblem({ field: 'ratioOf', words: ratio.words })
      return
    }
    const result = store.getState().changeMeasures({
      kind: 'addOwn',
      name: trimmed,
      measureKind: kind,
      parent: parent === '' ? null : parent,
      gaap,
      ...(ratio === null ? {} : { ratioOf: ratio }),
    })
    if (result.ok) props.onClose()
    else setProblem(ownMeasureError(result.error))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      props.onClose()
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      submit(event)
    } else if (event.key === 'Tab') {
      // Focus stays in the dialog while it is open.
      keepTabInside(event, panel.current, 'input, select:not(:disabled), button')
    }
  }

  const describedBy = (field: OwnMeasureField): string | undefined =>
    problem?.field === field ? `own-measure-${field}-error` : undefined
  return (
    <div className="dialog-backdrop">
      <form
        ref={panel}
        className="dialog own-measure-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="own-measure-title"
        onKeyDown={onKeyDown}
        onSubmit={submit}
        noValidate
      >
        <h2 id="own-measure-title" className="dialog__title">
          Add your own measure
        </h2>
        <label className="field">
          <span className="field__label">Name</span>
          <input
            ref={nameField}
            className="field__input"
            value={name}
            placeholder="Aerospace revenue"
            aria-invalid={problem?.field === 'name'}
            aria-describedby={describedBy('name')}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <Message problem={problem} field="name" />
        <label className="field">
          <span className="field__label">Kind</span>
          <select
            className="field__input"
            value={kind}
            aria-invalid={problem?.field === 'kind'}
            aria-describedby={describedBy('kind')}
            onChange={(event) => {
              const next = MEASURE_KINDS.find((option) => option === event.target.value) ?? 'money'
              setKind(next)
              // A parent of another kind no longer fits.
              if (
                !measures.some(
                  (measure) => measure.id === parent && measure.kind === next && kindAdds(next),
                )
              )
                setParent('')
            }}
          >
            {MEASURE_KINDS.map((option) => (
              <option key={option} value={option}>
                {KIND_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
        <Message problem={problem} field="kind" />
        <label className="field">
          <span className="field__label">Segment or product line of</span>
          <select
            className="field__input"
            value={parent}
            disabled={parents.length === 0}
            aria-invalid={problem?.field === 'parent'}
            aria-describedby={describedBy('parent')}
            onChange={(event) => setParent(event.target.value)}
          >
            <option value="">None: a measure of its own</option>
            {parents.map((measure) => (
              <option key={measure.id} value={measure.id}>
                {measure.label}
              </option>
            ))}
          </select>
        </label>
        <Message problem={problem} field="parent" />
        {kind === 'ratio' ? (
          <fieldset className="field own-measure-dialog__ratio">
            <legend className="field__label">A ratio of (optional)</legend>
            <RatioPartSelect
              label="Of"
              value={numerator}
              onChange={setNumerator}
              amounts={amounts}
              invalid={problem?.field === 'ratioOf'}
              describedBy={describedBy('ratioOf')}
            />
            <RatioPartSelect
              label="Over"
              value={denominator}
              onChange={setDenominator}
              amounts={amounts}
              invalid={problem?.field === 'ratioOf'}
              describedBy={describedBy('ratioOf')}
            />
          </fieldset>
        ) : null}
        <Message problem={problem} field="ratioOf" />
        <label className="field field--check">
          <input
            type="checkbox"
            checked={gaap}
            aria-invalid={problem?.field === 'gaap'}
            aria-describedby={describedBy('gaap')}
            onChange={(event) => setGaap(event.target.checked)}
          />
          <span className="field__label">A GAAP measure</span>
        </label>
        <Message problem={problem} field="gaap" />
        <div className="dialog__buttons">
          <button type="button" className="button button--plain" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Add measure
          </button>
        </div>
      </form>
    </div>
  )
}
