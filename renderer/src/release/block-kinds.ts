import type { Narrative } from './document-schema'
import type { RichText } from './narrative-schema'

/**
 * What each kind of block in a release is, said once: its name for people, whether a release must
 * have it, how it is edited, how it looks and how it paginates. The editor, the checks, the
 * preview, the PDF, the DOCX and the command line all read this table, so a new kind of block (or a
 * change of look) is one entry here rather than a hunt through eight files.
 */

/** The release's paragraph kinds, in reading order: the narrative's blocks, the exhibit line and "###". */
export const PARAGRAPH_ROLES = [
  'exhibit',
  'headline',
  'subheadline',
  'dateline',
  'results',
  'quote',
  'boilerplate',
  'webReference',
  'safeHarbor',
  'contact',
  'end',
] as const

export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number]

/** Every kind of block a release prints: its paragraphs' roles and its financial tables. */
export type BlockKind = ParagraphRole | 'table'

/** How a kind of paragraph looks, in points; the preview's CSS, the PDF and the DOCX all read it. */
export interface ParagraphLook {
  readonly sizePt: number
  readonly bold: boolean
  readonly italic: boolean
  readonly align: 'left' | 'center' | 'justify'
  readonly spaceAfterPt: number
  readonly lineHeight: number
}

export interface BlockKindDefinition {
  /** Its name on the Text tab and where a finding is placed: "About the company". */
  readonly label: string
  /** Its name inside a sentence of the command line's report: "web reference". */
  readonly shortName: string
  /** How a finding names it when it is missing ("The safe harbor statement is empty"); null when optional. */
  readonly requiredAs: string | null
  /** One line only: Enter does not start a new paragraph. */
  readonly singleLine: boolean
  /** Never ends a page without the block after it: headings, and the contact before "###". */
  readonly keepWithNext: boolean
  /** The release's heading: an h1 in the preview and PDF, Word's Heading 1 in the DOCX. */
  readonly heading: boolean
  /** Printed inside quotation marks and opened with who said it. */
  readonly quoted: boolean
  readonly look: ParagraphLook
  /** The Word paragraph style its paragraphs are in. */
  readonly wordStyle: string
}

const BODY: ParagraphLook = {
  sizePt: 12,
  bold: false,
  italic: false,
  align: 'left',
  spaceAfterPt: 12,
  lineHeight: 1.15,
}

const PLAIN = {
  requiredAs: null,
  singleLine: false,
  keepWithNext: false,
  heading: false,
  quoted: false,
  look: BODY,
} as const

/** Every block kind's definition. */
export const BLOCK_KINDS: Readonly<Record<BlockKind, BlockKindDefinition>> = {
  exhibit: {
    ...PLAIN,
    label: 'Exhibit line',
    shortName: 'exhibit line',
    keepWithNext: true,
    look: { ...BODY, bold: true },
    wordStyle: 'Release Exhibit',
  },
  headline: {
    ...PLAIN,
    label: 'Headline',
    shortName: 'headline',
    requiredAs: 'headline',
    singleLine: true,
    keepWithNext: true,
    heading: true,
    look: { ...BODY, sizePt: 14, bold: true, align: 'center', spaceAfterPt: 4 },
    wordStyle: 'Release Headline',
  },
  subheadline: {
    ...PLAIN,
    label: 'Subheadline',
    shortName: 'subheadline',
    keepWithNext: true,
    look: { ...BODY, italic: true, align: 'center', spaceAfterPt: 18 },
    wordStyle: 'Release Subheadline',
  },
  dateline: { ...PLAIN, label: 'Dateline', shortName: 'dateline', requiredAs: 'dateline', wordStyle: 'Release Dateline' },
  results: {
    ...PLAIN,
    label: 'Results',
    shortName: 'results',
    requiredAs: 'results section',
    wordStyle: 'Release Results',
  },
  quote: {
    ...PLAIN,
    label: 'Quote',
    shortName: 'quote',
    requiredAs: 'quote',
    quoted: true,
    wordStyle: 'Release Quote',
  },
  boilerplate: {
    ...PLAIN,
    label: 'About the company',
    shortName: 'boilerplate',
    requiredAs: 'company description (boilerplate)',
    wordStyle: 'Release Boilerplate',
  },
  webReference: { ...PLAIN, label: 'Web reference', shortName: 'web reference', wordStyle: 'Release Web Reference' },
  safeHarbor: {
    ...PLAIN,
    label: 'Safe harbor',
    shortName: 'safe harbor',
    requiredAs: 'safe harbor statement',
    look: { ...BODY, sizePt: 10 },
    wordStyle: 'Release Safe Harbor',
  },
  contact: {
    ...PLAIN,
    label: 'Contact',
    shortName: 'contact',
    requiredAs: 'contact',
    keepWithNext: true,
    wordStyle: 'Release Contact',
  },
  end: { ...PLAIN, label: 'Closing mark', shortName: 'end', look: { ...BODY, align: 'center' }, wordStyle: 'Release End' },
  // A table's own rows have their look in TABLE_GEOMETRY (page-geometry.ts); this is its notes' look.
  table: {
    ...PLAIN,
    label: 'Financial table',
    shortName: 'table',
    look: { ...BODY, sizePt: 10 },
    wordStyle: 'Release Table',
  },
}

/** The kinds whose words are typed in the narrative, in reading order. */
export type NarrativeBlock = keyof Narrative

/** A narrative block's rich text: the quote's words sit beside its speaker and title. */
export function narrativeText(narrative: Narrative, block: NarrativeBlock): RichText {
  return block === 'quote' ? narrative.quote.text : narrative[block]
}

/** The narrative with one block's rich text replaced (the quote's speaker and title kept). */
export function withNarrativeText(narrative: Narrative, block: NarrativeBlock, text: RichText): Narrative {
  if (narrativeText(narrative, block) === text) return narrative
  return block === 'quote'
    ? { ...narrative, quote: { ...narrative.quote, text } }
    : { ...narrative, [block]: text }
}
