import { assertNever } from './assert-never'
import { BLOCK_KINDS, narrativeText } from './block-kinds'
import type { ParagraphRole } from './block-kinds'
import { NARRATIVE_BLOCKS } from './document-schema'
import type { Company, Narrative, ReleaseDocument } from './document-schema'
import { cleanText } from './clean-text'
import { fieldText } from './field-text'
import type { BlockNode, Field, InlineNode, RichText } from './narrative-schema'
import { releaseFacts } from './release-facts'
import type { ReleaseFacts } from './release-facts'
import { releaseTables } from './release-tables'
import type { ContentTable } from './content-table'

/** A stretch of text with one formatting; `field` is set when the words were computed from the figures. */
export interface Run {
  readonly text: string
  readonly bold: boolean
  readonly italic: boolean
  readonly field: Field | null
  /** A line break inside the paragraph, before this run's text. */
  readonly breakBefore: boolean
  /** Words the layout adds that are in no text block: the quote's opening, the exhibit line, "###". */
  readonly generated: boolean
}

export type BlockKey = keyof Narrative | 'exhibit' | 'end'

/** One paragraph of the release as it prints, with where it came from in the narrative. */
export interface ContentParagraph {
  readonly kind: 'paragraph'
  readonly role: ParagraphRole
  readonly block: BlockKey
  /** Position of the paragraph within its block, in reading order. */
  readonly index: number
  readonly runs: readonly Run[]
  readonly list: {
    readonly kind: 'bullet' | 'ordered'
    readonly number: number
    readonly level: number
  } | null
}

export interface Letterhead {
  readonly companyName: string
  readonly addressLine: string
  readonly logo: Company['logo']
}

/** One block of the release as it prints: a paragraph of prose, or a financial table. */
export type ContentBlock = ContentParagraph | ContentTable

/** The release resolved to printable blocks: what the preview, the exports and the checks all read. */
export interface ReleaseContent {
  readonly title: string
  /** Null in pre-printed letterhead mode: the paper carries it. */
  readonly letterhead: Letterhead | null
  readonly draft: boolean
  readonly pageSize: ReleaseDocument['layout']['pageSize']
  /** Every block in reading order: what the preview, pagination and the exports lay out. */
  readonly blocks: readonly ContentBlock[]
  /** The prose paragraphs alone, in reading order: what the checks of sentences and the editor's marks read. */
  readonly paragraphs: readonly ContentParagraph[]
}

/** The blocks' prose paragraphs, in reading order; tables have no sentences. */
export function proseParagraphs(blocks: readonly ContentBlock[]): ContentParagraph[] {
  return blocks.flatMap((block): ContentParagraph[] => {
    switch (block.kind) {
      case 'paragraph':
        return [block]
      case 'table':
        return []
      default:
        return assertNever(block)
    }
  })
}

/** "105 Norton Street • Newark, NY 14513 • Ph: (315) 331-7742 • Fax: (315) 331-3547 • www.iec-electronics.com". */
export function letterheadAddressLine(company: Company): string {
  const parts = [...company.addressLines]
  if (company.phone !== '') parts.push(`Ph: ${company.phone}`)
  if (company.fax !== '') parts.push(`Fax: ${company.fax}`)
  if (company.web !== '') parts.push(company.web)
  return cleanText(parts.filter((part) => part.trim() !== '').join(' \u2022 '))
}

function inlineRuns(content: readonly InlineNode[] | undefined, facts: ReleaseFacts): Run[] {
  const runs: Run[] = []
  let breakBefore = false
  for (const node of content ?? []) {
    switch (node.type) {
      case 'hardBreak':
        breakBefore = true
        continue
      case 'text': {
        const marks = node.marks ?? []
        // What the checks read and every output shows is one text: a document built in code
        // rather than loaded or typed gets the same cleaning as a file.
        runs.push({
          text: cleanText(node.text),
          bold: marks.some((mark) => mark.type === 'bold'),
          italic: marks.some((mark) => mark.type === 'italic'),
          field: null,
          breakBefore,
          generated: false,
        })
        break
      }
      case 'field':
        runs.push({
          text: cleanText(fieldText(node.attrs, facts)),
          bold: false,
          italic: false,
          field: node.attrs,
          breakBefore,
          generated: false,
        })
        break
    }
    breakBefore = false
  }
  return runs
}

type Flat = { readonly runs: Run[]; readonly list: ContentParagraph['list'] }

function flattenBlocks(blocks: readonly BlockNode[], facts: ReleaseFacts, level: number): Flat[] {
  return blocks.flatMap((block): Flat[] => {
    if (block.type === 'paragraph') return [{ runs: inlineRuns(block.content, facts), list: null }]
    const kind = block.type === 'bulletList' ? 'bullet' : 'ordered'
    return block.content.flatMap((item, itemIndex) =>
      flattenBlocks(item.content, facts, level + 1).map((flat, index) =>
        index === 0 && flat.list === null
          ? { runs: flat.runs, list: { kind, number: itemIndex + 1, level } }
          : flat,
      ),
    )
  })
}

function isEmpty(flat: Flat): boolean {
  return flat.runs.every((run) => run.text.trim() === '')
}

function paragraphsOf(
  block: BlockKey,
  role: ParagraphRole,
  text: RichText,
  facts: ReleaseFacts,
): ContentParagraph[] {
  return flattenBlocks(text.content, facts, 0)
    .filter((flat) => !isEmpty(flat))
    .map((flat, index) => ({ kind: 'paragraph', role, block, index, runs: flat.runs, list: flat.list }))
}

function plainRun(text: string): Run {
  return { text: cleanText(text), bold: false, italic: false, field: null, breakBefore: false, generated: true }
}

/** Opens a quoted block with who said it, and wraps its paragraphs in quotation marks. */
function quoted(body: readonly ContentParagraph[], quote: Narrative['quote']): ContentParagraph[] {
  const speaker = [quote.speaker.trim(), quote.title.trim()]
    .filter((part) => part !== '')
    .join(', ')
  return body.map((paragraph, index) => {
    const first = index === 0
    const last = index === body.length - 1
    const open = first
      ? plainRun(speaker === '' ? '\u201c' : `${speaker}, said, \u201c`)
      : plainRun('\u201c')
    const runs = [open, ...paragraph.runs, ...(last ? [plainRun('\u201d')] : [])]
    return { ...paragraph, runs }
  })
}

function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('')
}

/** Lays the release out as paragraphs in reading order, with every field's words computed from the figures. */
export function releaseContent(
  document: ReleaseDocument,
  facts: ReleaseFacts = releaseFacts(document),
): ReleaseContent {
  const { narrative, layout, company } = document
  const paragraphs: ContentParagraph[] = []
  if (layout.exhibitLine && layout.exhibitLabel.trim() !== '') {
    paragraphs.push({
      kind: 'paragraph',
      role: 'exhibit',
      block: 'exhibit',
      index: 0,
      runs: [plainRun(layout.exhibitLabel)],
      list: null,
    })
  }
  for (const block of NARRATIVE_BLOCKS) {
    const body = paragraphsOf(block, block, narrativeText(narrative, block), facts)
    paragraphs.push(...(BLOCK_KINDS[block].quoted ? quoted(body, narrative.quote) : body))
  }
  // The tables follow the contact, as the exhibit's statements follow its text, and "###" closes all.
  const end: ContentParagraph = { kind: 'paragraph', role: 'end', block: 'end', index: 0, runs: [plainRun('###')], list: null }
  const blocks: readonly ContentBlock[] = [...paragraphs, ...releaseTables(document, facts), end]
  const headline = paragraphs.filter((paragraph) => BLOCK_KINDS[paragraph.role].heading)
  const title =
    headline.length > 0
      ? headline.map((paragraph) => plainText(paragraph.runs)).join(' ')
      : cleanText(company.name)
  return {
    title,
    letterhead: layout.preprinted
      ? null
      : {
          companyName: cleanText(company.name),
          addressLine: letterheadAddressLine(company),
          logo: company.logo,
        },
    draft: !document.status.final,
    pageSize: layout.pageSize,
    blocks,
    paragraphs: proseParagraphs(blocks),
  }
}

/** A paragraph's words, with its line breaks as newlines. */
export function paragraphText(paragraph: ContentParagraph): string {
  return paragraph.runs.map((run) => (run.breakBefore ? `\n${run.text}` : run.text)).join('')
}
