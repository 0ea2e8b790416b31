/**
 * Find and replace over a line of a text block, the same way for the stored rich text and for the
 * editor's document: a line is a row of pieces (typed words, live fields, line breaks), a match
 * lies within typed words that run on without a field or a break, and a field's words are only
 * counted, never changed, since the figures make them.
 */

export interface FindQuery {
  readonly text: string
  readonly matchCase: boolean
  readonly wholeWord: boolean
}

export type LinePiece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'field'; readonly words: string }
  | { readonly kind: 'break' }

/** A match in a line: characters [start, end) of the typed words that begin at piece `piece`. */
export interface LineMatch {
  /** The index of the first text piece of the run of typed words that holds the match. */
  readonly piece: number
  /** Offsets into that run's words (the run's pieces' texts joined). */
  readonly start: number
  readonly end: number
}

export interface LineFindings {
  readonly matches: readonly LineMatch[]
  /** Matches inside live fields' words: shown as a count, left as they are. */
  readonly inFields: number
}

const WORD_CHARACTER = '[\\p{L}\\p{N}_]'

/** The query as a regular expression, or null when there is nothing to find. */
export function findPattern(query: FindQuery): RegExp | null {
  if (query.text === '') return null
  const escaped = query.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const source = query.wholeWord ? `(?<!${WORD_CHARACTER})${escaped}(?!${WORD_CHARACTER})` : escaped
  return new RegExp(source, query.matchCase ? 'gu' : 'giu')
}

/** Every match of `pattern` in `text`, as [start, end) offsets, none empty. */
export function matchesIn(text: string, pattern: RegExp): readonly (readonly [number, number])[] {
  const found: (readonly [number, number])[] = []
  for (const match of text.matchAll(pattern)) {
    if (match[0].length > 0) found.push([match.index, match.index + match[0].length])
  }
  return found
}

/** A line's runs of typed words: each run's first piece and its words. */
export function textRuns(pieces: readonly LinePiece[]): readonly { readonly piece: number; readonly text: string }[] {
  const runs: { piece: number; text: string }[] = []
  let open: { piece: number; text: string } | null = null
  pieces.forEach((piece, index) => {
    if (piece.kind !== 'text') {
      open = null
      return
    }
    if (open === null) {
      open = { piece: index, text: '' }
      runs.push(open)
    }
    open.text += piece.text
  })
  return runs
}

/** The matches of `query` in one line's typed words, and how many more lie in its fields' words. */
export function findInLine(pieces: readonly LinePiece[], query: FindQuery): LineFindings {
  const pattern = findPattern(query)
  if (pattern === null) return { matches: [], inFields: 0 }
  const matches = textRuns(pieces).flatMap((run) =>
    matchesIn(run.text, pattern).map(([start, end]) => ({ piece: run.piece, start, end })),
  )
  const inFields = pieces.reduce((count, piece) => count + (piece.kind === 'field' ? matchesIn(piece.words, pattern).length : 0), 0)
  return { matches, inFields }
}

/** "3 of 7", "No matches", or "7 matches" before one is chosen. */
export function matchCountText(current: number | null, total: number): string {
  if (total === 0) return 'No matches'
  if (current === null) return total === 1 ? '1 match' : `${total} matches`
  return `${current + 1} of ${total}`
}

/** What the find bar says of matches inside live fields: before a replace, and after it. */
export function fieldMatchesText(inFields: number, replaced: boolean): string | null {
  if (inFields === 0) return null
  const subject = inFields === 1 ? '1 match is' : `${inFields} matches are`
  return replaced
    ? `${subject} in live fields and ${inFields === 1 ? 'was' : 'were'} left: they follow the figures.`
    : `${subject} in live fields, which replace leaves as they are.`
}
