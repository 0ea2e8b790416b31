import { checkRelease } from '../../../renderer/src/release/checks/check-release'
import type { Finding, Fix } from '../../../renderer/src/release/checks/finding'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import { rich } from '../../../renderer/src/release/narrative-builders'
import type { InlineNode, ParagraphNode } from '../../../renderer/src/release/narrative-schema'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import { textLocation } from '../../../renderer/src/release/checks/finding'

/** A release with one more paragraph typed at the end of its results: the sentence under test. */
export interface ReleaseWithSentence {
  readonly document: ReleaseDocument
  /** The typed paragraph's position in the results block. */
  readonly paragraph: number
}

/** Appends a typed paragraph to the results, as a person would type it on the Text tab. */
export function withSentence(document: ReleaseDocument, sentence: string): ReleaseWithSentence {
  const results = document.narrative.results
  const next: ReleaseDocument = {
    ...document,
    narrative: {
      ...document.narrative,
      results: { ...results, content: [...results.content, rich.paragraph(sentence)] },
    },
  }
  return { document: next, paragraph: lastResultsParagraph(next) }
}

function lastResultsParagraph(document: ReleaseDocument): number {
  const content = releaseContent(document, releaseFacts(document))
  const indexes = content.paragraphs
    .filter((entry) => entry.block === 'results')
    .map((entry) => entry.index)
  return Math.max(...indexes)
}

/** Everything `checkRelease` says about the typed paragraph. */
export function findingsOnSentence(release: ReleaseWithSentence): readonly Finding[] {
  return checkRelease(releaseFacts(release.document)).filter(
    (entry) =>
      entry.location?.block === 'results' && entry.location.paragraph === release.paragraph,
  )
}

/** The typed paragraph's words as the release shows them, live fields included. */
export function sentenceText(release: ReleaseWithSentence): string {
  const facts = releaseFacts(release.document)
  const paragraph = releaseContent(release.document, facts).paragraphs.find(
    (entry) => entry.block === 'results' && entry.index === release.paragraph,
  )
  return paragraph === undefined ? '' : paragraphText(paragraph)
}

/** Replaces the free-text stretch [start, end) of a paragraph with `insert`, keeping fields and marks. */
function spliceFreeText(
  paragraph: ParagraphNode,
  start: number,
  end: number,
  insert: InlineNode,
): ParagraphNode {
  const out: InlineNode[] = []
  let offset = 0
  let inserted = false
  const place = (): void => {
    if (!inserted) out.push(insert)
    inserted = true
  }
  for (const node of paragraph.content ?? []) {
    if (node.type !== 'text') {
      if (offset >= start) place()
      out.push(node)
      continue
    }
    const from = offset
    offset += node.text.length
    if (offset < start || (inserted && from >= end)) {
      out.push(node)
      continue
    }
    const before = node.text.slice(0, Math.max(0, start - from))
    const after = node.text.slice(Math.min(node.text.length, Math.max(0, end - from)))
    if (before !== '') out.push({ ...node, text: before })
    place()
    if (after !== '') out.push({ ...node, text: after })
  }
  place()
  return { type: 'paragraph', content: out }
}

/** The release after one fix of a finding on the typed paragraph, applied as the Checks tab applies it. */
export function applyFix(
  release: ReleaseWithSentence,
  finding: Finding,
  fix: Fix,
): ReleaseWithSentence {
  const location = textLocation(finding.location)
  if (location === null) throw new Error('a fix of the figures is not a fix of the text')
  const blocks = release.document.narrative.results.content
  // The typed paragraph is the last block of the results.
  const last = blocks[blocks.length - 1]
  if (last?.type !== 'paragraph') throw new Error('the typed paragraph is missing')
  const fixed =
    fix.kind === 'replace'
      ? spliceFreeText(last, location.start, location.end, rich.text(fix.text))
      : spliceFreeText(last, fix.start, fix.end, rich.field(fix.field))
  const document: ReleaseDocument = {
    ...release.document,
    narrative: {
      ...release.document.narrative,
      results: { ...release.document.narrative.results, content: [...blocks.slice(0, -1), fixed] },
    },
  }
  return { document, paragraph: release.paragraph }
}
