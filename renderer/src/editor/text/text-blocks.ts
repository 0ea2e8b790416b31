import type { TextBlock } from '../../store/store-types'

/** Each narrative block's name on the Text tab and in messages. */
export const TEXT_BLOCK_LABELS: Readonly<Record<TextBlock, string>> = {
  headline: 'Headline',
  subheadline: 'Subheadline',
  dateline: 'Dateline',
  results: 'Results',
  quote: 'Quote',
  boilerplate: 'About the company',
  webReference: 'Web reference',
  safeHarbor: 'Safe harbor',
  contact: 'Contact',
}

/** One-line blocks: Enter does not start a new paragraph. */
export const SINGLE_LINE_BLOCKS: ReadonlySet<TextBlock> = new Set(['headline'])
