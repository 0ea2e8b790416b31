import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { MONTH_NAMES, parseIsoDate } from '../../release/calendar-date'
import { quarterEndDate } from '../../release/fiscal-calendar'
import type { QuarterNumber } from '../../release/fiscal-calendar'
import { formatLongDate } from '../../release/calendar-date'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'

const QUARTERS: readonly QuarterNumber[] = [1, 2, 3, 4]

/** The year is typed freely; it changes the release only once it is a plausible fiscal year. */
function FiscalYearInput(props: { readonly value: number; readonly onChange: (year: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null)
  // The message waits until the person leaves the field: "20" is on its way to "2007".
  const [left, setLeft] = useState(false)
  const text = draft ?? String(props.value)
  const year = Number(text)
  const valid = /^\d{4}$/.test(text.trim()) && year >= 1900 && year <= 2200
  const showError = !valid && left
  return (
    <label className="field">
      <span className="field__label">Fiscal year</span>
      <input
        className="field__input field__input--narrow"
        inputMode="numeric"
        value={text}
        aria-invalid={showError}
        aria-describedby={showError ? 'fiscal-year-message' : undefined}
        onChange={(event) => {
          const next = event.target.value
          setDraft(next)
          setLeft(false)
          const parsed = Number(next)
          if (/^\d{4}$/.test(next.trim()) && parsed >= 1900 && parsed <= 2200) props.onChange(parsed)
        }}
        onBlur={() => {
          if (valid) setDraft(null)
          else setLeft(true)
        }}
      />
      {showError && (
        <span id="fiscal-year-message" className="field__message" role="alert">
          Type a year like 2006. The release still says fiscal {props.value}.
        </span>
      )}
    </label>
  )
}

function DateInput(props: {
  readonly label: string
  readonly value: string | null
  readonly hint: string
  readonly onChange: (value: string | null) => void
}) {
  return (
    <label className="field">
      <span className="field__label">{props.label}</span>
      <input
        className="field__input"
        type="date"
        value={props.value ?? ''}
        onChange={(event) => {
          const next = event.target.value
          if (next === '') props.onChange(null)
          else if (parseIsoDate(next).ok) props.onChange(next)
        }}
      />
      <span className="field__hint">{props.hint}</span>
    </label>
  )
}

/** Where the release sits in the fiscal calendar: every period word in the text follows from these. */
export function PeriodSettings() {
  const store = useReleaseStoreApi()
  const period = useRelease(useShallow((state) => state.document.period))
  const setPeriod = store.getState().setPeriod
  const defaultEnd = formatLongDate(quarterEndDate(period.quarter, period.fiscalYear, period.fiscalYearEndMonth))
  return (
    <fieldset className="settings-row period-settings">
      <legend className="section-title">Period</legend>
      <FiscalYearInput value={period.fiscalYear} onChange={(fiscalYear) => setPeriod({ fiscalYear })} />
      <label className="field">
        <span className="field__label">Quarter</span>
        <select
          className="field__input"
          value={period.quarter}
          onChange={(event) => setPeriod({ quarter: Number(event.target.value) as QuarterNumber })}
        >
          {QUARTERS.map((quarter) => (
            <option key={quarter} value={quarter}>
              Q{quarter}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Fiscal year ends</span>
        <select
          className="field__input"
          value={period.fiscalYearEndMonth}
          onChange={(event) => setPeriod({ fiscalYearEndMonth: Number(event.target.value) })}
        >
          {MONTH_NAMES.map((name, index) => (
            <option key={name} value={index + 1}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <DateInput
        label="Period end"
        value={period.periodEnd}
        hint={period.periodEnd === null ? `Quarter end: ${defaultEnd}` : `Calendar quarter end: ${defaultEnd}`}
        onChange={(periodEnd) => setPeriod({ periodEnd })}
      />
      <DateInput
        label="Release date"
        value={period.releaseDate}
        hint={period.releaseDate === null ? 'Not set: the dateline shows [release date]' : ''}
        onChange={(releaseDate) => setPeriod({ releaseDate })}
      />
    </fieldset>
  )
}
