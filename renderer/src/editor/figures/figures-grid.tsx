import { useShallow } from 'zustand/react/shallow'
import { PERIODS } from '../../release/measures'
import { useRelease } from '../../store/store-context'
import { FigureCell } from './figure-cell'
import { AddMeasureMenu, MeasureRowMenu } from './measure-menus'
import { MeasureRowLabel } from './measure-row-label'
import { periodColumnLabel, PERIOD_ROLES } from './period-labels'

/** The quarter's figures as a spreadsheet: measures down, periods across, headed in words. */
export function FiguresGrid() {
  const period = useRelease(
    useShallow((state) => ({
      fiscalYear: state.document.period.fiscalYear,
      quarter: state.document.period.quarter,
    })),
  )
  // The release's measures, in its order: the person's own among them.
  const measures = useRelease((state) => state.document.figures.measures)
  const columns = PERIODS.map((key) => ({ key, label: periodColumnLabel(key, period) }))
  return (
    <>
      <table className="figures-grid" aria-label="Figures">
        <thead>
          <tr>
            <th scope="col" className="figures-grid__corner">
              <span className="visually-hidden">Measure</span>
            </th>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                <span className="figures-grid__period">{column.label}</span>
                <span className="figures-grid__role">{PERIOD_ROLES[column.key]}</span>
              </th>
            ))}
            {/* The rows' move and remove buttons. */}
            <td className="figures-grid__row-actions" />
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.id}>
              <th scope="row">
                <MeasureRowLabel measure={measure} />
              </th>
              {columns.map((column) => (
                <FigureCell
                  key={column.key}
                  measure={measure.id}
                  period={column.key}
                  columnLabel={column.label}
                />
              ))}
              <td className="figures-grid__row-actions">
                <MeasureRowMenu measure={measure} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddMeasureMenu />
    </>
  )
}
