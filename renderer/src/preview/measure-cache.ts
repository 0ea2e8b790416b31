import type { ContentParagraph } from '../release/release-content'
import type { BlockMetrics } from './paginate'

/**
 * What the galley measured, remembered by what a paragraph draws: a keystroke changes the words of
 * a few paragraphs, and only those are laid out again; every other paragraph keeps its line count
 * and the line starts a page break already asked of it.
 */

/** Everything about a paragraph that decides how its lines wrap, as samePiece compares it. */
export function paragraphSignature(paragraph: ContentParagraph): string {
  const list = paragraph.list === null ? '' : `${paragraph.list.kind}:${paragraph.list.number}:${paragraph.list.level}`
  let signature = `${paragraph.role}|${list}`
  for (const run of paragraph.runs) {
    // The flags and the field kind first, then the text's length, so no text can fake a boundary.
    const flags = `${run.bold ? 'b' : ''}${run.italic ? 'i' : ''}${run.breakBefore ? 'n' : ''}`
    signature += `|${flags}:${run.field?.kind ?? ''}:${run.text.length}:${run.text}`
  }
  return signature
}

export interface MeasuredParagraph {
  readonly block: BlockMetrics
  /** Character offsets where lines begin, by line number, as far as pages have asked. */
  readonly lineStarts: Map<number, number>
}

/** The measurements valid for one text width and one set of loaded fonts. */
export interface MeasureCache {
  /** The paragraphs (by index) that must be in the galley to be measured at this width and in these fonts. */
  readonly unmeasured: (paragraphs: readonly ContentParagraph[], scope: readonly unknown[]) => readonly number[]
  readonly get: (paragraph: ContentParagraph) => MeasuredParagraph | undefined
  readonly put: (paragraph: ContentParagraph, block: BlockMetrics) => MeasuredParagraph
  /** Keeps only the paragraphs of the layout just made, so the cache never outgrows the release. */
  readonly keepOnly: (paragraphs: readonly ContentParagraph[]) => void
}

export function createMeasureCache(): MeasureCache {
  let scope: readonly unknown[] = []
  let byText = new Map<string, MeasuredParagraph>()
  // Content is rebuilt on each change, but unchanged paragraphs often keep their objects.
  let signatures = new WeakMap<ContentParagraph, string>()
  const signatureOf = (paragraph: ContentParagraph): string => {
    const known = signatures.get(paragraph)
    if (known !== undefined) return known
    const signature = paragraphSignature(paragraph)
    signatures.set(paragraph, signature)
    return signature
  }
  return {
    unmeasured: (paragraphs, nextScope) => {
      if (nextScope.length !== scope.length || nextScope.some((part, index) => !Object.is(part, scope[index]))) {
        // Another width or another font: nothing measured before still holds.
        scope = nextScope
        byText = new Map()
        signatures = new WeakMap()
      }
      const missing: number[] = []
      paragraphs.forEach((paragraph, index) => {
        if (!byText.has(signatureOf(paragraph))) missing.push(index)
      })
      return missing
    },
    get: (paragraph) => byText.get(signatureOf(paragraph)),
    put: (paragraph, block) => {
      const measured = { block, lineStarts: new Map<number, number>() }
      byText.set(signatureOf(paragraph), measured)
      return measured
    },
    keepOnly: (paragraphs) => {
      const kept = new Map<string, MeasuredParagraph>()
      for (const paragraph of paragraphs) {
        const signature = signatureOf(paragraph)
        const measured = byText.get(signature)
        if (measured !== undefined) kept.set(signature, measured)
      }
      byText = kept
    },
  }
}
