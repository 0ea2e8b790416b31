import { narrativeText } from '../../release/block-kinds'
import { fieldText } from '../../release/field-text'
import { findInRichText, replaceInRichText } from '../../release/find-in-rich-text'
import { fieldMatchesText, findPattern, matchesIn } from '../../release/find-text'
import type { FindQuery } from '../../release/find-text'
import type { ReleaseDocument } from '../../release/document-schema'
import type { RichText } from '../../release/narrative-schema'
import type { ReleaseFacts } from '../../release/release-facts'
import type { ReleaseStore } from '../../store/release-store'
import { selectFieldFacts } from '../../store/selectors'
import { TEXT_BLOCKS } from '../../store/store-types'
import type { ReleaseState, TextBlock } from '../../store/store-types'
import { findState } from './find-state'
import type { FindState, FindTarget } from './find-state'

/** The release's matches: each block's count in reading order, and those inside live fields. */
export interface ReleaseMatches {
  readonly blocks: readonly { readonly block: TextBlock; readonly count: number }[]
  readonly total: number
  readonly inFields: number
}

function textOf(document: ReleaseDocument, block: TextBlock): RichText {
  return narrativeText(document.narrative, block)
}

function blockText(state: ReleaseState, block: TextBlock): RichText {
  return textOf(state.document, block)
}

/** Where the query is found in every text block of the release. */
export function releaseMatches(state: ReleaseState, query: FindQuery): ReleaseMatches {
  return documentMatches(state.document, selectFieldFacts(state), query)
}

/** Where the query is found in every text block of `document`, with fields' words from `facts`. */
export function documentMatches(document: ReleaseDocument, facts: ReleaseFacts, query: FindQuery): ReleaseMatches {
  const words = (field: Parameters<typeof fieldText>[0]): string => fieldText(field, facts)
  let total = 0
  let inFields = 0
  const blocks = TEXT_BLOCKS.map((block) => {
    const found = findInRichText(textOf(document, block), query, words)
    total += found.count
    inFields += found.inFields
    return { block, count: found.count }
  })
  return { blocks, total, inFields }
}

function targetOf(matches: ReleaseMatches, current: number | null): FindTarget | null {
  if (current === null) return null
  let before = 0
  for (const { block, count } of matches.blocks) {
    if (current < before + count) return { block, index: current - before }
    before += count
  }
  return null
}

/** Puts the bar on match `current` (wrapping round), or on none; the words show on the Text tab. */
function goTo(store: ReleaseStore, current: number | null, patch: Partial<FindState> = {}): void {
  const find = findState(store)
  const query = patch.query ?? find.getState().query
  const matches = releaseMatches(store.getState(), query)
  const at = current === null || matches.total === 0 ? null : ((current % matches.total) + matches.total) % matches.total
  const target = targetOf(matches, at)
  if (target !== null && store.getState().activeTab !== 'text') store.getState().setActiveTab('text')
  find.setState({ ...patch, current: at, target })
}

/** Ctrl+F (find) or Ctrl+H (find and replace): opens the bar, with the words selected in the text as the search. */
export function openFind(store: ReleaseStore, withReplace: boolean, selected: string): void {
  const find = findState(store)
  const state = find.getState()
  const text = selected !== '' && !selected.includes('\n') && selected.length <= 200 ? selected : state.query.text
  const query = { ...state.query, text }
  const patch: Partial<FindState> = { open: true, withReplace: withReplace || (state.open && state.withReplace), focusRequest: state.focusRequest + 1 }
  if (text !== state.query.text || !state.open) goTo(store, text === '' ? null : 0, { ...patch, query, note: null })
  else find.setState(patch)
}

export function closeFind(store: ReleaseStore): void {
  findState(store).setState({ open: false, current: null, target: null, note: null })
}

/** A new search (typed words, match case, whole word): the bar goes to the first match. */
export function changeQuery(store: ReleaseStore, patch: Partial<FindQuery>): void {
  const query = { ...findState(store).getState().query, ...patch }
  goTo(store, query.text === '' ? null : 0, { query, note: null })
}

export function setReplacement(store: ReleaseStore, replacement: string): void {
  findState(store).setState({ replacement })
}

/** Next (1) or previous (-1) match, round the end of the release. */
export function stepMatch(store: ReleaseStore, direction: 1 | -1): void {
  const current = findState(store).getState().current
  goTo(store, current === null ? (direction === 1 ? 0 : -1) : current + direction, { note: null })
}

/** Replaces the current match (the first, when none is chosen yet) and goes on to the next. */
export function replaceCurrent(store: ReleaseStore): void {
  const { query, replacement, current } = findState(store).getState()
  const matches = releaseMatches(store.getState(), query)
  const target = targetOf(matches, current)
  if (target === null) {
    goTo(store, matches.total === 0 ? null : 0)
    return
  }
  const result = replaceInRichText(blockText(store.getState(), target.block), query, replacement, target.index)
  if (result.replaced === 0 || current === null) return
  store.getState().setNarrativeBlocks({ [target.block]: result.text })
  // The words put in may themselves match (replacing "net" with "net net"): go past them.
  const pattern = findPattern(query)
  const inserted = pattern === null ? 0 : matchesIn(replacement, pattern).length
  goTo(store, current + inserted, { note: fieldMatchesText(matches.inFields, true) })
}

/** Replaces every match in every text block as one step of undo, and says what it did. */
export function replaceAll(store: ReleaseStore): void {
  const { query, replacement } = findState(store).getState()
  const state = store.getState()
  const matches = releaseMatches(state, query)
  const texts: Partial<Record<TextBlock, RichText>> = {}
  let replaced = 0
  let blocks = 0
  for (const block of TEXT_BLOCKS) {
    const result = replaceInRichText(blockText(state, block), query, replacement, null)
    if (result.replaced === 0) continue
    texts[block] = result.text
    replaced += result.replaced
    blocks += 1
  }
  if (replaced > 0) state.setNarrativeBlocks(texts)
  const done =
    replaced === 0
      ? 'Nothing was replaced.'
      : `Replaced ${replaced === 1 ? '1 match' : `${replaced} matches`} in ${blocks === 1 ? '1 block' : `${blocks} blocks`}.`
  const fields = fieldMatchesText(matches.inFields, true)
  goTo(store, null, { note: fields === null ? done : `${done} ${fields}` })
}
