import { rich } from '../release/narrative-builders'
import { standardResults } from '../release/standard-template'
import { selectContent } from '../store/selectors'
import type { AppContext } from './app-context'

/**
 * "Insert standard paragraphs": the results paragraphs of the standard template, written from the
 * figures entered (every paragraph, with placeholders, when none are). Into an empty results
 * section they go at once; over the person's own words only when asked, and always as one undoable step.
 */
export async function insertStandardParagraphs(ctx: AppContext): Promise<void> {
  const state = ctx.store.getState()
  const document = state.document
  const input = { company: document.company, quarter: document.period.quarter, figures: document.figures, style: document.style }
  const reported = standardResults(input)
  const paragraphs = reported.length > 0 ? reported : standardResults({ ...input, everyFigure: true })
  const hasWords = selectContent(state).paragraphs.some((paragraph) => paragraph.block === 'results')
  let results = rich.doc(...paragraphs)
  if (hasWords) {
    const choice = await state.ask({
      title: 'Insert the standard paragraphs',
      message:
        'The results section already has words in it. Replace them with the standard paragraphs, or add the standard paragraphs after them? Undo brings back what was there.',
      buttons: [
        { id: 'add', label: 'Add after', variant: 'primary' },
        { id: 'replace', label: 'Replace', variant: 'danger' },
        { id: 'cancel', label: 'Cancel' },
      ],
      cancelId: 'cancel',
    })
    if (choice === 'cancel') return
    if (choice === 'add') results = { ...results, content: [...document.narrative.results.content, ...results.content] }
  }
  const current = ctx.store.getState().document
  ctx.store.getState().commit({ ...current, narrative: { ...current.narrative, results } }, null)
  ctx.store.getState().setActiveTab('text')
  ctx.store
    .getState()
    .showToast('success', `Inserted ${paragraphs.length} standard paragraph${paragraphs.length === 1 ? '' : 's'} in the results. Their figures follow the Figures tab.`)
}
