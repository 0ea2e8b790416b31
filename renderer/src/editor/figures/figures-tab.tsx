import { FigureWarningsList } from './figure-warnings-list'
import { FiguresGrid } from './figures-grid'
import { PeriodSettings } from './period-settings'
import './figures.css'

/** The Figures tab: the period, the grid of figures, and what is wrong with them. */
export function FiguresTab() {
  return (
    <div className="figures-tab">
      <PeriodSettings />
      <section className="figures-section" aria-labelledby="figures-title">
        <h2 id="figures-title" className="section-title">
          Figures
        </h2>
        <p className="section-hint">
          Type amounts as <kbd>5,600,000</kbd>, <kbd>5.6m</kbd> or <kbd>(168,000)</kbd> for a loss. <kbd>Enter</kbd> moves
          down a column, <kbd>Tab</kbd> across a row.
        </p>
        <div className="figures-grid__scroller">
          <FiguresGrid />
        </div>
        <FigureWarningsList />
      </section>
    </div>
  )
}
