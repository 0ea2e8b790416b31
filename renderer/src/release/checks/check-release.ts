import { assertNever } from '../assert-never'
import { releaseContent } from '../release-content'
import type { ContentBlock, ReleaseContent } from '../release-content'
import type { ReleaseFacts } from '../release-facts'
import { paragraphClaims } from './claims/check-claims'
import { factsIndex } from './claims/facts-index'
import type { Finding } from './finding'
import { sortFindings } from './finding'
import { emptyBlockFindings, leftoverFindings } from './leftovers'
import { nonGaapFindings, regulationGMeasures } from './non-gaap'
import { releaseDateFindings } from './release-dates'
import { tableFindings } from './table-checks'
import type { TextParagraph } from './text-model'
import { contentTextParagraph, draftTextParagraph } from './text-model'
import { tieOutFindings } from './tie-outs'

// The exhibit line and the closing "###" make no claims; a placeholder in the exhibit label is still one.
const NO_CLAIMS = new Set(['exhibit', 'end'])
const IN_THOUSANDS = /\bin\s+thousands\b|\(000'?s\)|\b000'?s\s+omitted\b/i

function textFindings(paragraphs: readonly TextParagraph[], facts: ReleaseFacts): Finding[] {
  const index = factsIndex(facts)
  const findings: Finding[] = []
  let inThousands = false
  for (const paragraph of paragraphs) {
    findings.push(...leftoverFindings(paragraph))
    // A table headed "(in thousands)" keeps that scale for the paragraphs after it.
    inThousands ||= IN_THOUSANDS.test(paragraph.text)
    if (!NO_CLAIMS.has(paragraph.block))
      findings.push(...paragraphClaims(paragraph, index, inThousands))
  }
  return findings
}

/** The blocks whose sentences the checks read: the prose; a table's figures have their own checks. */
function sentenceParagraphs(blocks: readonly ContentBlock[]): TextParagraph[] {
  return blocks.flatMap((block): TextParagraph[] => {
    switch (block.kind) {
      case 'paragraph':
        return [contentTextParagraph(block)]
      case 'table':
        return []
      default:
        return assertNever(block)
    }
  })
}

/**
 * Every problem in a release: figures that do not tie out, placeholders left in, empty required
 * parts, claims in the typed text that the figures contradict, and a non-GAAP measure stated
 * before its GAAP measure. Errors first, in reading order.
 */
export function checkRelease(facts: ReleaseFacts, content?: ReleaseContent): readonly Finding[] {
  const laidOut = content ?? releaseContent(facts.document, facts)
  const paragraphs = sentenceParagraphs(laidOut.blocks)
  return sortFindings([
    ...tieOutFindings(facts),
    ...emptyBlockFindings(laidOut),
    ...textFindings(paragraphs, facts),
    ...releaseDateFindings(facts, paragraphs),
    ...tableFindings(facts, paragraphs),
    ...nonGaapFindings(paragraphs, regulationGMeasures(facts.resolution.figures.measures)),
  ])
}

/** The problems of the figures alone: what a draft from Word is checked with besides its text. */
export function checkFigures(facts: ReleaseFacts): readonly Finding[] {
  return sortFindings(tieOutFindings(facts))
}

/**
 * Checks the paragraphs of a draft written outside the app (Word, plain text) against the facts:
 * all of its words are the user's, so every claim is checked. The figures' own problems are not
 * included; see `checkFigures`.
 */
export function checkDraftText(
  paragraphs: readonly string[],
  facts: ReleaseFacts,
): readonly Finding[] {
  return sortFindings(textFindings(paragraphs.map(draftTextParagraph), facts))
}
