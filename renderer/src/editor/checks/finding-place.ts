import type { FindingBlock, FindingLocation } from '../../release/checks/finding'
import type { ReleaseContent } from '../../release/release-content'
import { TEXT_BLOCKS } from '../../store/store-types'
import type { EditorTab, TextBlock } from '../../store/store-types'
import { TEXT_BLOCK_LABELS } from '../text/text-blocks'

export function isTextBlock(block: FindingBlock | 'tableCell'): block is TextBlock {
  return (TEXT_BLOCKS as readonly string[]).includes(block)
}

const OTHER_BLOCK_LABELS: Readonly<Record<Exclude<FindingBlock, TextBlock>, string>> = {
  exhibit: 'Exhibit line',
  end: 'Closing mark',
  draft: 'Draft',
}

function blockLabel(block: FindingBlock): string {
  return isTextBlock(block) ? TEXT_BLOCK_LABELS[block] : OTHER_BLOCK_LABELS[block]
}

/**
 * Where a finding is, as the person knows the release: "Results, paragraph 2", or just "Web
 * reference" when the block has one paragraph; "Figures" for the figures' own problems.
 */
export function findingPlace(location: FindingLocation | null, content: ReleaseContent): string {
  if (location === null) return 'Figures'
  // Named by ids until the panel reads the tables' titles and row labels.
  if (location.block === 'tableCell')
    return `Table ${location.tableId}, row ${location.rowId}, column ${location.column + 1}`
  const label = blockLabel(location.block)
  const paragraphs = content.paragraphs.filter((paragraph) => paragraph.block === location.block).length
  return paragraphs > 1 ? `${label}, paragraph ${location.paragraph + 1}` : label
}

/** The tab where a finding's words are edited. */
export function findingTab(location: FindingLocation | null): EditorTab {
  if (location === null) return 'figures'
  // Tables are laid out with the text.
  if (location.block === 'tableCell') return 'text'
  // The exhibit line's words are a page setting, on the Company & letterhead tab.
  if (location.block === 'exhibit') return 'company'
  return 'text'
}
