import { useState } from 'react'
import type { ReactNode } from 'react'
import { groupThousands } from '../../release/decimal'

const MAX = 1_000_000_000

/** A whole number of dollars from 0 to 1,000,000,000, read from what was typed ("250,000" too); null otherwise. */
function readThreshold(text: string): number | null {
  const plain = text.replace(/[\s,$]/g, '')
  if (!/^\d+$/.test(plain)) return null
  const value = Number(plain)
  return value <= MAX ? value : null
}

/**
 * The full-amount threshold. Typing it is one undo step until the field is left; text that is not a
 * whole number in range leaves the release as it was and says so once the person leaves the field.
 */
export function ThresholdField(props: {
  readonly value: number
  readonly onChange: (fullBelow: number) => void
  readonly onLeave: () => void
  readonly example: ReactNode
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const [left, setLeft] = useState(false)
  // A draft the release no longer holds (an undo, another release) gives way to the release's value.
  const read = draft === null ? null : readThreshold(draft)
  const text = draft !== null && (read === null || read === props.value) ? draft : groupThousands(String(props.value))
  const invalid = readThreshold(text) === null
  const showError = invalid && left
  return (
    <div className="field">
      <label className="field__label" htmlFor="house-style-fullBelow">
        Written in full below ($)
      </label>
      <input
        id="house-style-fullBelow"
        className="field__input"
        inputMode="numeric"
        value={text}
        aria-invalid={showError}
        aria-describedby={showError ? 'house-style-fullBelow-message' : 'house-style-fullBelow-example'}
        onChange={(event) => {
          const next = event.target.value
          setDraft(next)
          setLeft(false)
          const value = readThreshold(next)
          if (value !== null) props.onChange(value)
        }}
        onBlur={() => {
          setLeft(true)
          if (!invalid) setDraft(null)
          props.onLeave()
        }}
      />
      {showError ? (
        <span id="house-style-fullBelow-message" className="field__message" role="alert">
          Enter a whole number of dollars from 0 to 1,000,000,000. The release still uses ${groupThousands(String(props.value))}.
        </span>
      ) : (
        props.example
      )}
    </div>
  )
}
