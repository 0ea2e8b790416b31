import { memo } from 'react'
import { BLOCK_KINDS } from '../release/block-kinds'
import type { ContentParagraph, Run } from '../release/release-content'
import { listMarkerStyle, paragraphStyle } from './page-css'
import type { ParagraphPiece } from './paragraph-pieces'
import { samePiece } from './same-piece'

function marker(list: NonNullable<ContentParagraph['list']>): string {
  return list.kind === 'bullet' ? '\u2022' : `${list.number}.`
}

/** One run as one text node, so the measurer can count characters the way the runs do. */
function RunText({ run }: { readonly run: Run }) {
  const fieldKind = run.field === null ? undefined : run.field.kind
  let text = <span data-field-kind={fieldKind}>{run.text}</span>
  if (run.italic) text = <em>{text}</em>
  if (run.bold) text = <strong>{text}</strong>
  return (
    <>
      {run.breakBefore && <br />}
      {text}
    </>
  )
}

interface PrintParagraphProps {
  readonly piece: ParagraphPiece
  readonly measureIndex?: number
}

function sameParagraph(a: PrintParagraphProps, b: PrintParagraphProps): boolean {
  return a.measureIndex === b.measureIndex && samePiece(a.piece, b.piece)
}

/** A paragraph, or the part of one that a page break left on this page; re-rendered only when its words change. */
export const PrintParagraph = memo(function PrintParagraph(props: PrintParagraphProps) {
  const { paragraph, runs, continued, continues } = props.piece
  // The headline is the page's heading: an <h1>, which Chromium's tagged PDF carries as H1.
  const Element = BLOCK_KINDS[paragraph.role].heading ? 'h1' : 'p'
  return (
    <Element
      className="print-paragraph"
      data-role={paragraph.role}
      data-measure-index={props.measureIndex}
      data-continued={continued ? 'true' : undefined}
      style={paragraphStyle(paragraph, { continues })}
    >
      {paragraph.list !== null && !continued && (
        <span
          className="print-paragraph__marker"
          data-list-marker=""
          style={listMarkerStyle(paragraph)}
        >
          {marker(paragraph.list)}
        </span>
      )}
      {runs.map((run, index) => (
        <RunText key={index} run={run} />
      ))}
    </Element>
  )
}, sameParagraph)
