import { memo } from 'react'
import { PAGE_NUMBER_PT } from '../export/page-geometry'
import type { PageSize } from '../export/pdf-options'
import type { Letterhead as LetterheadContent } from '../release/release-content'
import { DraftMark } from './draft-mark'
import { Letterhead } from './letterhead'
import { pageBoxStyle, pageTextStyle, pt } from './page-css'
import { assertNever } from '../release/assert-never'
import { contentWidthPt } from './page-css'
import type { PagePiece } from './paragraph-pieces'
import { PrintParagraph } from './print-paragraph'
import { PrintTable } from './print-table'
import { sameLetterhead, samePieces } from './same-piece'

function PageNumber(props: { readonly number: number }) {
  return (
    <div
      className="page-number"
      data-testid="page-number"
      style={{ bottom: pt(PAGE_NUMBER_PT.fromBottom), fontSize: pt(PAGE_NUMBER_PT.size) }}
    >
      {props.number}
    </div>
  )
}

export interface PrintPageProps {
  readonly size: PageSize
  readonly number: number
  readonly pieces: readonly PagePiece[]
  /** Drawn on page one only; null on pre-printed paper, where the band stays empty. */
  readonly letterhead: LetterheadContent | null
  readonly draft: boolean
}

function samePage(a: PrintPageProps, b: PrintPageProps): boolean {
  return (
    a.size === b.size &&
    a.number === b.number &&
    a.draft === b.draft &&
    sameLetterhead(a.letterhead, b.letterhead) &&
    samePieces(a.pieces, b.pieces)
  )
}

/**
 * One sheet of paper: page one has the letterhead band, later pages a number at the foot. A page
 * whose words did not change is not rendered again, so a keystroke touches only the pages it changes.
 */
export const PrintPage = memo(function PrintPage(props: PrintPageProps) {
  const first = props.number === 1
  return (
    <section
      className="print-page"
      data-testid="page"
      data-page-number={props.number}
      aria-label={`Page ${props.number}`}
      style={pageBoxStyle(props.size)}
    >
      {first && props.letterhead !== null && <Letterhead letterhead={props.letterhead} size={props.size} />}
      <div className="print-page__text" style={pageTextStyle(props.size, first)}>
        {props.pieces.map((piece) => {
          switch (piece.kind) {
            case 'paragraph':
              return <PrintParagraph key={piece.key} piece={piece} />
            case 'table':
              return <PrintTable key={piece.key} piece={piece} textWidthPt={contentWidthPt(props.size)} />
            default:
              return assertNever(piece)
          }
        })}
      </div>
      {!first && <PageNumber number={props.number} />}
      {props.draft && <DraftMark />}
    </section>
  )
}, samePage)
