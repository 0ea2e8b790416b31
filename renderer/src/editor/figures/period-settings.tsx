import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { MONTH_NAMES, parseIsoDate } from '../../release/calendar-date'
import { periodEndText, quarterEndDate, releaseDateText } from '../../release/fiscal-calendar'
import type { QuarterNumber } from '../../release/fiscal-calendar'
import { formatLongDate } from '../../release/calendar-date'
import type { FiscalPeriodData } from '../../release/document-schema'
import { changePeriod, FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, isFiscalYear } from '../../release/period-dates'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'

const QUARTERS: readonly QuarterNumber[] = [1, 2, 3, 4]

/** The year is typed freely; it changes the release only once it is a plausible fiscal year. */
function FiscalYearInput(props: { readonly value: number; readonly onChange: (year: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null)
  // The message waits until the person leaves the field: "20" is on its way to "2007".
  const [left, setLeft] = useState(false)
  const text = draft ?? String(props.value)
  const year = Number(text)
  const valid = /^\d{4}$/.test(text.trim()) && isFiscalYear(year)
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
          if (/^\d{4}$/.test(next.trim()) && isFiscalYear(parsed)) props.onChange(parsed)
        }}
        onBlur={() => {
          if (valid) setDraft(null)
          else setLeft(true)
        }}
      />
      {showError && (
        <span id="fiscal-year-message" className="field__message" role="alert">
          Type a year from {FISCAL_YEAR_MIN} to {FISCAL_YEAR_MAX}, like 2006. The release still says fiscal {props.value}.
        </span>
      )}
    </label>
  )
}

/** A date the release may state: a real day in the years a release may name. */
function usableDate(text: string): boolean {
  const parsed = parseIsoDate(text)
  return parsed.ok && isFiscalYear(parsed.value.year)
}

/** A date picker; a year on its way ("0202" while typing 2025) does not reach the release. */
function DateInput(props: {
  readonly id: string
  readonly label: string
  readonly value: string | null
  /** What the release states now, for the message when a typed date is refused. */
  readonly stated: string
  readonly hint: string
  readonly onChange: (value: string | null) => void
}) {
  const [refused, setRefused] = useState<string | null>(null)
  const [left, setLeft] = useState(false)
  const showError = refused !== null && left
  return (
    <label className="field">
      <span className="field__label">{props.label}</span>
      <input
        className="field__input"
        type="date"
        min={`${FISCAL_YEAR_MIN}-01-01`}
        max={`${FISCAL_YEAR_MAX}-12-31`}
        value={refused ?? props.value ?? ''}
        aria-invalid={showError}
        aria-describedby={showError ? `${props.id}-message` : undefined}
        onChange={(event) => {
          const next = event.target.value
          setLeft(false)
          if (next === '') {
            setRefused(null)
            props.onChange(null)
          } else if (usableDate(next)) {
            setRefused(null)
            props.onChange(next)
          } else setRefused(next)
        }}
        onBlur={() => setLeft(true)}
      />
      {showError ? (
        <span id={`${props.id}-message`} className="field__message" role="alert">
          Type a date from {FISCAL_YEAR_MIN} to {FISCAL_YEAR_MAX}. The release still says {props.stated}.
        </span>
      ) : (
        <span className="field__hint">{props.hint}</span>
      )}
    </label>
  )
}

/** Where the release sits in the fiscal calendar: every period word in the text follows from these. */
export function PeriodSettings() {
  const store = useReleaseStoreApi()
  const period = useRelease(useShallow((state) => state.document.period))
  // A new year, quarter or year end moves the period end with it unless it was set apart by hand.
  const setPeriod = (patch: Partial<FiscalPeriodData>): void =>
    store.getState().setPeriod(changePeriod(store.getState().document.period, patch))
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
        id="period-end"
        label="Period end"
        stated={periodEndText(period)}
        value={period.periodEnd}
        hint={period.periodEnd === null ? `Quarter end: ${defaultEnd}` : `Calendar quarter end: ${defaultEnd}`}
        onChange={(periodEnd) => setPeriod({ periodEnd })}
      />
      <DateInput
        id="release-date"
        label="Release date"
        stated={releaseDateText(period)}
        value={period.releaseDate}
        hint={period.releaseDate === null ? 'Not set: the dateline shows [release date]' : ''}
        onChange={(releaseDate) => setPeriod({ releaseDate })}
      />
    </fieldset>
  )
}
