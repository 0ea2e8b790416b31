import { assertNever } from '../release/assert-never'
import type { ContentParagraph, ReleaseContent } from '../release/release-content'
import { paragraphText } from '../release/release-content'
import { tableText } from './table-text'

export const DRAFT_LINE = 'DRAFT \u2013 NOT FOR RELEASE'

function paragraphLine(paragraph: ContentParagraph): string {
  const text = paragraphText(paragraph)
  if (paragraph.list === null) return text
  const indent = '  '.repeat(paragraph.list.level)
  const marker = paragraph.list.kind === 'bullet' ? '\u2022' : `${paragraph.list.number}.`
  return `${indent}${marker} ${text}`
}

/**
 * The release as plain text: paragraphs and tables separated by blank lines, list items marked,
 * table columns aligned with spaces, a DRAFT line until final.
 */
export function releaseToText(content: ReleaseContent): string {
  const lines: string[] = []
  if (content.draft) lines.push(DRAFT_LINE)
  if (content.letterhead !== null) {
    lines.push(
      [content.letterhead.companyName, content.letterhead.addressLine]
        .filter((line) => line !== '')
        .join('\n'),
    )
  }
  for (const block of content.blocks) {
    switch (block.kind) {
      case 'paragraph':
        lines.push(paragraphLine(block))
        break
      case 'table':
        lines.push(tableText(block))
        break
      default:
        assertNever(block)
    }
  }
  return `${lines.join('\n\n')}\n`
}
