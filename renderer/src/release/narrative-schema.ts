import { z } from 'zod'
import { cleanText } from './clean-text'
import { PAIRS, PERIODS } from './measures'

// A field names a measure by id; one the release does not report shows a visible marker.
const measureId = z.string().regex(/^[a-z][A-Za-z0-9]{0,63}$/, 'expected a measure id such as "grossProfit"')
import { checkBlockSize, checkParagraphCount, checkParagraphSize } from './rich-text-rules'

/**
 * Rich text is stored as a small subset of ProseMirror's JSON, so the editor loads it as it is
 * and every other reader (exports, checks) walks the same tree.
 */

export const COMPANY_PARTS = ['name', 'shortName', 'ticker', 'datelineCity', 'web'] as const
export type CompanyPart = (typeof COMPANY_PARTS)[number]

export const PERIOD_PARTS = [
  'quarter',
  'quarterOfYear',
  'fiscalYear',
  'previousQuarter',
  'yearAgoQuarter',
  'yearToDate',
  'yearAgoYearToDate',
  'yearAgoFiscalYear',
  'periodEnd',
  'releaseDate',
] as const
export type PeriodPart = (typeof PERIOD_PARTS)[number]

/** How a field's words are cased where they stand: at a sentence start, or in a headline. */
export const TEXT_CASES = ['asIs', 'sentence', 'title'] as const
const textCase = z
  .enum(TEXT_CASES)
  .nullish()
  .transform((value) => value ?? 'asIs')

/** A live value in the text. Its words are computed from the figures each time it is shown. */
export const fieldSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('company'), part: z.enum(COMPANY_PARTS), textCase }),
  z.object({ kind: z.literal('period'), part: z.enum(PERIOD_PARTS), textCase }),
  z.object({
    kind: z.literal('amount'),
    measure: measureId,
    period: z.enum(PERIODS),
    textCase,
  }),
  /**
   * "a net loss of $(168,000)" or "a net income of $73,000"; with a measure other than net income
   * (absent means net income, as every file before it), "diluted loss per share of $(0.02)", "revenue of $5.6 million".
   */
  z.object({
    kind: z.literal('result'),
    period: z.enum(PERIODS),
    measure: measureId.optional(),
    textCase,
  }),
  /** "net loss" or "net income". */
  z.object({ kind: z.literal('resultWord'), period: z.enum(PERIODS), textCase }),
  /** "increased by more than 50% from the previous quarter". */
  z.object({
    kind: z.literal('comparison'),
    measure: measureId,
    pair: z.enum(PAIRS),
    withSubject: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    textCase,
  }),
])
export type Field = z.output<typeof fieldSchema>
export type FieldKind = Field['kind']

export type Mark = { readonly type: 'bold' | 'italic' }
export type TextNode = {
  readonly type: 'text'
  readonly text: string
  readonly marks?: readonly Mark[] | undefined
}
export type FieldNode = { readonly type: 'field'; readonly attrs: Field }
export type HardBreakNode = { readonly type: 'hardBreak' }
export type InlineNode = TextNode | FieldNode | HardBreakNode
export type ParagraphNode = {
  readonly type: 'paragraph'
  readonly content?: readonly InlineNode[] | undefined
}
export type ListItemNode = { readonly type: 'listItem'; readonly content: readonly BlockNode[] }
export type ListNode = {
  readonly type: 'bulletList' | 'orderedList'
  readonly content: readonly ListItemNode[]
}
export type BlockNode = ParagraphNode | ListNode
export type RichText = { readonly type: 'doc'; readonly content: readonly BlockNode[] }

/** Text as a release keeps it, through `cleanText`: no invisible characters, no fullwidth forms. */
export const keptTextSchema = z.string().overwrite(cleanText)

const markSchema = z.object({ type: z.enum(['bold', 'italic']) })
const inlineSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string().min(1).overwrite(cleanText),
    marks: z.array(markSchema).optional(),
  }),
  z.object({ type: z.literal('field'), attrs: fieldSchema }),
  z.object({ type: z.literal('hardBreak') }),
])

/** A paragraph without the text nodes that held nothing but removed characters. */
function withoutEmptyText(paragraph: ParagraphNode): ParagraphNode {
  const content = paragraph.content
  if (content === undefined) return paragraph
  const kept = content.filter((node) => node.type !== 'text' || node.text !== '')
  if (kept.length === content.length) return paragraph
  return kept.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: kept }
}

const paragraphSchema = z
  .object({
    type: z.literal('paragraph'),
    content: z.array(inlineSchema).optional(),
  })
  .transform(withoutEmptyText)

// A discriminated union, so that an unknown block is named by its type rather than "Invalid input".
const blockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    paragraphSchema.superRefine(checkParagraphSize),
    z.object({
      type: z.enum(['bulletList', 'orderedList']),
      content: z.array(
        z.object({
          type: z.literal('listItem'),
          content: z.array(blockSchema).min(1).superRefine(checkParagraphCount),
        }),
      ),
    }),
  ]),
)

export const richTextSchema: z.ZodType<RichText> = z
  .object({
    type: z.literal('doc'),
    content: z.array(blockSchema).superRefine(checkParagraphCount),
  })
  .superRefine(checkBlockSize)

/** An empty block: one empty paragraph, as the editor shows it. */
export const EMPTY_RICH_TEXT: RichText = { type: 'doc', content: [{ type: 'paragraph' }] }
