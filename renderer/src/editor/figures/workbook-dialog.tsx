import { useEffect, useMemo, useRef, useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { PERIODS } from '../../release/measures'
import { WORKBOOK_UNITS } from '../../release/workbook-mapping'
import type { WorkbookUnit } from '../../release/workbook-mapping'
import { useRelease, useReleaseStoreApi } from '../../store/store-context'
import { cellsByMeasure } from '../../workbook/import-plan'
import { readMappedFigures } from '../../workbook/workbook-import'
import { periodColumnLabel } from './period-labels'
import { mappingFromFields, previewCell } from './workbook-mapping-fields'
import type { MappingFields } from './workbook-mapping-fields'
import { mappingRequests } from './workbook-request'
import './figures.css'
import type { MappingRequest } from './workbook-request'
import { keepTabInside } from '../dialog-focus'

const UNIT_LABELS: Readonly<Record<WorkbookUnit, string>> = {
  ones: 'As they are (ones)',
  thousands: 'In thousands',
  millions: 'In millions',
  billions: 'In billions',
}

/** The fields to start from: the remembered mapping, its labelled range read as the cells it found here. */
function initialFields(request: MappingRequest): MappingFields {
  const { workbook, initial } = request
  const found = initial === undefined ? null : readMappedFigures(workbook, initial)
  const sheet = initial?.sheet !== undefined && workbook.sheetNames.includes(initial.sheet) ? initial.sheet : workbook.sheetNames[0]
  return { sheet, unit: initial?.unit ?? 'ones', cells: cellsByMeasure(initial, found?.ok === true ? found.value : null) }
}

/**
 * "Import figures from workbook": which sheet, the workbook's unit, and the cell of each figure,
 * each shown as it would arrive before anything changes. Apply brings them in as one undo step.
 */
function WorkbookDialog(props: { readonly request: MappingRequest }) {
  const { request } = props
  const { workbook } = request
  const measures = useRelease((state) => state.document.figures.measures)
  const period = useRelease(
    useShallow((state) => ({ fiscalYear: state.document.period.fiscalYear, quarter: state.document.period.quarter })),
  )
  const [fields, setFields] = useState<MappingFields>(() => initialFields(request))
  const [problem, setProblem] = useState<string | null>(null)
  const panel = useRef<HTMLFormElement | null>(null)
  const first = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    first.current?.focus()
    return () => previous?.focus()
  }, [])

  const previews = useMemo(
    () =>
      new Map(
        measures.flatMap((measure) =>
          PERIODS.map((key) => [`${measure.id}.${key}`, previewCell(workbook, fields, measure.id, measure.kind, key)] as const),
        ),
      ),
    [workbook, fields, measures],
  )

  const setCell = (measure: string, key: (typeof PERIODS)[number], text: string): void => {
    setProblem(null)
    setFields((current) => ({ ...current, cells: { ...current.cells, [measure]: { ...current.cells[measure], [key]: text } } }))
  }

  const submit = (event?: FormEvent): void => {
    event?.preventDefault()
    const mapping = mappingFromFields(fields, request.initial)
    if (!mapping.ok) return setProblem(mapping.error)
    const imported = readMappedFigures(workbook, mapping.value)
    if (!imported.ok) return setProblem(`${imported.error} Nothing was imported.`)
    request.resolve({ mapping: mapping.value, imported: imported.value })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      request.resolve(null)
    } else if (event.key === 'Tab') {
      // Focus stays in the dialog while it is open.
      keepTabInside(event, panel.current, 'input, select, button')
    }
  }

  return (
    <div className="dialog-backdrop">
      <form
        ref={panel}
        className="dialog workbook-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="workbook-title"
        onKeyDown={onKeyDown}
        onSubmit={submit}
        noValidate
      >
        <h2 id="workbook-title" className="dialog__title">
          Import figures from {workbook.fileName}
        </h2>
        {workbook.sheetNames.length > 0 && (
          <label className="field">
            <span className="field__label">Sheet</span>
            <select
              ref={(element) => {
                first.current = element
              }}
              className="field__input"
              value={fields.sheet ?? ''}
              onChange={(event) => setFields((current) => ({ ...current, sheet: event.target.value }))}
            >
              {workbook.sheetNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span className="field__label">The workbook&rsquo;s amounts are</span>
          <select
            ref={(element) => {
              if (workbook.sheetNames.length === 0) first.current = element
            }}
            className="field__input"
            value={fields.unit}
            onChange={(event) => {
              const unit = WORKBOOK_UNITS.find((option) => option === event.target.value) ?? 'ones'
              setFields((current) => ({ ...current, unit }))
            }}
          >
            {WORKBOOK_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {UNIT_LABELS[unit]}
              </option>
            ))}
          </select>
        </label>
        <p className="section-hint">Type the cell of each figure, such as C5; leave a cell empty to keep the release&rsquo;s figure.</p>
        <table className="workbook-dialog__cells" aria-label="Cells of the figures">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Measure</span>
              </th>
              {PERIODS.map((key) => (
                <th key={key} scope="col">
                  {periodColumnLabel(key, period)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((measure) => (
              <tr key={measure.id}>
                <th scope="row">{measure.label}</th>
                {PERIODS.map((key) => {
                  const preview = previews.get(`${measure.id}.${key}`) ?? { kind: 'none' }
                  const id = `workbook-cell-${measure.id}-${key}`
                  return (
                    <td key={key}>
                      <input
                        id={id}
                        className="field__input workbook-dialog__cell"
                        aria-label={`${measure.label}, ${periodColumnLabel(key, period)}: cell`}
                        aria-describedby={preview.kind === 'none' ? undefined : `${id}-value`}
                        aria-invalid={preview.kind === 'problem'}
                        value={fields.cells[measure.id]?.[key] ?? ''}
                        autoComplete="off"
                        spellCheck={false}
                        onChange={(event) => setCell(measure.id, key, event.target.value)}
                      />
                      {preview.kind !== 'none' && (
                        <span
                          id={`${id}-value`}
                          className={`workbook-dialog__value workbook-dialog__value--${preview.kind}`}
                          data-testid={`${id}-value`}
                        >
                          {preview.text}
                        </span>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {problem !== null && (
          <p className="field__message" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__buttons">
          <button type="button" className="button button--plain" onClick={() => request.resolve(null)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Apply
          </button>
        </div>
      </form>
    </div>
  )
}

/** Shows the workbook mapping dialog while an import waits for it. */
export function WorkbookDialogHost() {
  const store = useReleaseStoreApi()
  const request = useStore(mappingRequests(store), (state) => state.request)
  return request === null ? null : <WorkbookDialog key={request.id} request={request} />
}
