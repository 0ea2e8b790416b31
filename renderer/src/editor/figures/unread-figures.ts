import { figureCellName, figureCellParts } from '../../release/figure-cells'
import type { ReleaseStore } from '../../store/release-store'
import { cellInputId } from './grid-navigation'

/** What would go out, or be marked final, while a cell holds text that is not an amount. */
export type Outgoing = 'docx' | 'pdf' | 'text' | 'print' | 'final'

const REFUSED: Readonly<Record<Outgoing, string>> = {
  docx: 'the Word document cannot be exported',
  pdf: 'the PDF cannot be exported',
  text: 'the text cannot be exported',
  print: 'the release cannot be printed',
  final: 'the release cannot be marked final',
}

/**
 * Refuses an export, a print or marking final while any figures cell holds text that is not an
 * amount: the release would otherwise go out with a figure the person did not mean. Says which
 * cells, then shows the first one. True when it refused (the caller stops).
 */
export async function refusedForUnreadFigures(store: ReleaseStore, outgoing: Outgoing): Promise<boolean> {
  const state = store.getState()
  const cells = state.refuseUnreadFigures()
  const [first] = cells
  if (first === undefined) return false
  const drafts = store.getState().figureDrafts
  const lines = cells.map((cell) => `\u2022 ${figureCellName(cell, state.document.figures.measures)}: \u201c${drafts[cell]?.text ?? ''}\u201d`)
  const one = cells.length === 1
  await state.ask({
    title: one ? 'A figure is not an amount' : `${cells.length} figures are not amounts`,
    message: `${one ? 'This cell holds' : 'These cells hold'} text that is not an amount, so ${REFUSED[outgoing]} until ${one ? 'it is' : 'they are'} fixed.\n\n${lines.join('\n')}\n\nType the amount again, or press Escape in the cell to go back to the figure it had.`,
    buttons: [{ id: 'fix', label: one ? 'Fix the figure' : 'Fix the figures', variant: 'primary' }],
    cancelId: 'fix',
  })
  store.getState().setActiveTab('figures')
  const { measure, period } = figureCellParts(first)
  // After the dialog has closed and given the focus back.
  requestAnimationFrame(() => document.getElementById(cellInputId(measure, period))?.focus())
  return true
}
