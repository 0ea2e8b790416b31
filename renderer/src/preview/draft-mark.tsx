import { DRAFT_MARK } from '../export/page-geometry'
import { DRAFT_OUTLINE } from './draft-mark-outline'
import { pt } from './page-css'

/** The diagonal DRAFT across a page until the release is marked final. */
export function DraftMark() {
  const style = {
    opacity: DRAFT_MARK.opacity,
    transform: `translate(-50%, -50%) rotate(${DRAFT_MARK.angleDeg}deg)`,
  }
  if (DRAFT_MARK.text !== DRAFT_OUTLINE.text) {
    // No outlines for other words: drawn as text, which text extraction will also read.
    return (
      <div className="draft-mark" data-testid="draft-mark" aria-hidden="true" style={{ ...style, fontSize: pt(DRAFT_MARK.sizePt) }}>
        {DRAFT_MARK.text}
      </div>
    )
  }
  const scale = DRAFT_MARK.sizePt / DRAFT_OUTLINE.unitsPerEm
  return (
    <svg
      className="draft-mark"
      data-testid="draft-mark"
      role="img"
      aria-label={DRAFT_MARK.text}
      viewBox={`0 0 ${DRAFT_OUTLINE.width} ${DRAFT_OUTLINE.capHeight}`}
      style={{ ...style, width: pt(DRAFT_OUTLINE.width * scale), height: pt(DRAFT_OUTLINE.capHeight * scale) }}
    >
      <title>{DRAFT_MARK.text}</title>
      <path d={DRAFT_OUTLINE.path} fill="currentColor" />
    </svg>
  )
}
