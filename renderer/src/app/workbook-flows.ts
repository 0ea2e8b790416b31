import { definitionOf } from '../release/release-measures'
import type { FilledFigure } from '../release/figure-block'
import { kindIn } from '../release/figure-precision'
import type { Figures } from '../release/figures-schema'
import type { WorkbookMapping } from '../release/workbook-mapping'
import { periodColumnLabel } from '../editor/figures/period-labels'
import { askForMapping } from '../editor/figures/workbook-request'
import { base64ToBytes } from '../host/bytes'
import { figureCellText } from '../store/figure-text'
import { figureChanges, importedCells, mappingForRelease } from '../workbook/import-plan'
import type { FigureChange } from '../workbook/import-plan'
import { openWorkbook, readMappedFigures } from '../workbook/workbook-import'
import type { AppContext } from './app-context'

/**
 * "Import figures from workbook…": the finance team's XLSX or CSV file, read through the mapping
 * the release remembers (one step, after a confirmation listing what changes) or through the
 * mapping dialog the first time. Nothing changes until the person applies, and then as one undo step.
 */

const LISTED_CHANGES = 12

function changeLine(figures: Figures, period: { readonly fiscalYear: number; readonly quarter: 1 | 2 | 3 | 4 }, change: FigureChange): string {
  const kind = kindIn(figures, change.measure)
  const shown = (value: string | null) => (value === null ? 'blank' : figureCellText(kind, value))
  const label = `${definitionOf(figures.measures, change.measure).label}, ${periodColumnLabel(change.period, period)}`
  return `${label}: ${shown(change.before)} \u2192 ${shown(change.after)}`
}

/** The confirmation's words: each figure that changes, the first dozen of them by name. */
export function changesMessage(ctx: AppContext, fileName: string, changes: readonly FigureChange[]): string {
  const { figures, period } = ctx.store.getState().document
  if (changes.length === 0) return `The figures in ${fileName} are the ones the release already has; nothing changes.`
  const lines = changes.slice(0, LISTED_CHANGES).map((change) => changeLine(figures, period, change))
  const more = changes.length > LISTED_CHANGES ? [`\u2026and ${changes.length - LISTED_CHANGES} more.`] : []
  const count = changes.length === 1 ? '1 figure changes' : `${changes.length} figures change`
  return [`${count} from ${fileName}, through the mapping this release remembers:`, ...lines, ...more].join('\n\n')
}

function apply(ctx: AppContext, fileName: string, mapping: WorkbookMapping, cells: readonly FilledFigure[]): void {
  const state = ctx.store.getState()
  state.fillFigures(cells, (document) => ({ ...document, workbookMapping: mapping }))
  const count = cells.filter((cell) => cell.typed !== null).length
  state.showToast('success', `Imported ${count === 1 ? '1 figure' : `${count} figures`} from ${fileName}. Undo takes the import back.`)
}

/** Runs the import command from the host's open dialog to the filled grid. */
export async function importFiguresFromWorkbook(ctx: AppContext): Promise<void> {
  const reply = await ctx.bridge['workbook:open']({})
  const state = () => ctx.store.getState()
  if (!reply.ok) return void state().showToast('error', `${reply.error} Nothing was imported.`)
  if (reply.value === null) return
  const { name } = reply.value
  const opened = await openWorkbook(base64ToBytes(reply.value.data), name)
  if (!opened.ok) return void state().showToast('error', `${opened.error} Nothing was imported.`)
  const remembered = state().document.workbookMapping
  const usable = remembered === undefined ? null : mappingForRelease(remembered, state().document.figures)
  if (usable !== null) {
    const read = readMappedFigures(opened.value, usable)
    const figures = state().document.figures
    const cells = read.ok ? importedCells(figures, read.value, usable) : []
    const choice = await state().ask(
      read.ok
        ? {
            title: `Import figures from ${name}`,
            message: changesMessage(ctx, name, figureChanges(figures, cells)),
            buttons: [
              { id: 'import', label: 'Import', variant: 'primary' },
              { id: 'change', label: 'Change the mapping\u2026' },
              { id: 'cancel', label: 'Cancel' },
            ],
            cancelId: 'cancel',
          }
        : {
            title: `${name} does not fit the remembered mapping`,
            message: `${read.error}\n\nNothing was imported. Change the mapping to read this workbook?`,
            buttons: [
              { id: 'change', label: 'Change the mapping\u2026', variant: 'primary' },
              { id: 'cancel', label: 'Cancel' },
            ],
            cancelId: 'cancel',
          },
    )
    if (choice === 'import' && read.ok) return apply(ctx, name, usable, cells)
    if (choice !== 'change') return
  }
  const answer = await askForMapping(ctx.store, { workbook: opened.value, initial: remembered })
  if (answer === null) return
  apply(ctx, name, answer.mapping, importedCells(state().document.figures, answer.imported, answer.mapping))
}
