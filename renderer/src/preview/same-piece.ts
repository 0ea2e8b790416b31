import type { ContentParagraph, Letterhead, Run } from '../release/release-content'
import { assertNever } from '../release/assert-never'
import type { PagePiece, ParagraphPiece, TablePiece } from './paragraph-pieces'

/**
 * Whether two pieces print alike: the preview re-derives every paragraph on each keystroke, so
 * pages compare what they draw (role, list, words, marks) rather than object identity, and a page
 * whose words did not change keeps its DOM as it was.
 */

function sameRun(a: Run, b: Run): boolean {
  return (
    a.text === b.text &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.breakBefore === b.breakBefore &&
    (a.field?.kind ?? null) === (b.field?.kind ?? null)
  )
}

function sameList(a: ContentParagraph['list'], b: ContentParagraph['list']): boolean {
  if (a === null || b === null) return a === b
  return a.kind === b.kind && a.number === b.number && a.level === b.level
}

function sameRuns(a: readonly Run[], b: readonly Run[]): boolean {
  return a.length === b.length && a.every((run, index) => {
    const other = b[index]
    return other !== undefined && sameRun(run, other)
  })
}

/** True when the two pieces would render the same paragraph markup. */
export function samePiece(a: ParagraphPiece, b: ParagraphPiece): boolean {
  if (a === b) return true
  return (
    a.continued === b.continued &&
    a.continues === b.continues &&
    a.paragraph.role === b.paragraph.role &&
    sameList(a.paragraph.list, b.paragraph.list) &&
    sameRuns(a.runs, b.runs)
  )
}

/** True when the two pieces would render the same table lines; tables are small, so they compare by value. */
export function sameTablePiece(a: TablePiece, b: TablePiece): boolean {
  if (a === b) return true
  return (
    a.fromLine === b.fromLine &&
    a.toLine === b.toLine &&
    a.continues === b.continues &&
    (a.table === b.table || JSON.stringify(a.table) === JSON.stringify(b.table))
  )
}

function samePagePiece(a: PagePiece, b: PagePiece): boolean {
  switch (a.kind) {
    case 'paragraph':
      return b.kind === 'paragraph' && samePiece(a, b)
    case 'table':
      return b.kind === 'table' && sameTablePiece(a, b)
    default:
      return assertNever(a)
  }
}

/** True when two pages' pieces would render the same, piece by piece and key by key. */
export function samePieces(a: readonly PagePiece[], b: readonly PagePiece[]): boolean {
  if (a === b) return true
  return a.length === b.length && a.every((piece, index) => {
    const other = b[index]
    return other !== undefined && piece.key === other.key && samePagePiece(piece, other)
  })
}

/** True when the two letterheads print alike (or both are absent, on pre-printed paper). */
export function sameLetterhead(a: Letterhead | null, b: Letterhead | null): boolean {
  if (a === null || b === null) return a === b
  const sameLogo =
    a.logo === b.logo ||
    (a.logo !== null && b.logo !== null && a.logo.mediaType === b.logo.mediaType && a.logo.data === b.logo.data)
  return a.companyName === b.companyName && a.addressLine === b.addressLine && sameLogo
}
