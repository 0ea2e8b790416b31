import type { FindingBlock, FindingLocation } from '../../release/checks/finding'
import type { ContentTable } from '../../release/content-table'
import type { ReleaseContent } from '../../release/release-content'
import { TEXT_BLOCKS } from '../../store/store-types'
import type { EditorTab, TextBlock } from '../../store/store-types'
import { tableCellPlace } from './table-finding-place'
import { BLOCK_KINDS } from '../../release/block-kinds'

export function isTextBlock(block: FindingBlock | 'tableCell'): block is TextBlock {
  return (TEXT_BLOCKS as readonly string[]).includes(block)
}

function blockLabel(block: FindingBlock): string {
  // A draft read from a Word or text file has paragraphs but no blocks.
  return block === 'draft' ? 'Draft' : BLOCK_KINDS[block].label
}

/**
 * Where a finding is, as the person knows the release: "Results, paragraph 2", or just "Web
 * reference" when the block has one paragraph; "Figures" for the figures' own problems; a table
 * cell by its table's title, row label and column head.
 */
export function findingPlace(location: FindingLocation | null, content: ReleaseContent, tables: readonly ContentTable[] = []): string {
  if (location === null) return 'Figures'
  if (location.block === 'tableCell') return tableCellPlace(location, tables)
  const label = blockLabel(location.block)
  const paragraphs = content.paragraphs.filter((paragraph) => paragraph.block === location.block).length
  return paragraphs > 1 ? `${label}, paragraph ${location.paragraph + 1}` : label
}

/** The tab where a finding's words are edited. */
export function findingTab(location: FindingLocation | null): EditorTab {
  if (location === null) return 'figures'
  // A table's figures are typed, and its rows edited, in the Tables panel.
  if (location.block === 'tableCell') return 'tables'
  // The exhibit line's words are a page setting, on the Company & letterhead tab.
  if (location.block === 'exhibit') return 'company'
  return 'text'
}
