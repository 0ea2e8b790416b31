import type { ReleaseContent } from '../release/release-content'
import { paragraphText } from '../release/release-content'

export const DRAFT_LINE = 'DRAFT \u2013 NOT FOR RELEASE'

/** The release as plain text: paragraphs separated by blank lines, list items marked, a DRAFT line until final. */
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
  for (const paragraph of content.paragraphs) {
    const text = paragraphText(paragraph)
    if (paragraph.list === null) {
      lines.push(text)
    } else {
      const indent = '  '.repeat(paragraph.list.level)
      const marker = paragraph.list.kind === 'bullet' ? '\u2022' : `${paragraph.list.number}.`
      lines.push(`${indent}${marker} ${text}`)
    }
  }
  return `${lines.join('\n\n')}\n`
}
