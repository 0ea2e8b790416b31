import { MEASURE_CATALOGUE } from './measure-catalogue'
import { resultMeasure } from './wording'
import type { ComparisonPair, Measure, PeriodKey } from './measures'
import type {
  CompanyPart,
  Field,
  FieldNode,
  InlineNode,
  Mark,
  ParagraphNode,
  PeriodPart,
  RichText,
  TextNode,
} from './narrative-schema'

type TextCase = Field['textCase']

/** Small factories for rich text, so templates and tests read like the sentences they build. */
export const rich = {
  text(text: string, ...marks: Mark['type'][]): TextNode {
    return marks.length === 0
      ? { type: 'text', text }
      : { type: 'text', text, marks: marks.map((type) => ({ type })) }
  },
  field(attrs: Field): FieldNode {
    return { type: 'field', attrs }
  },
  company(part: CompanyPart, textCase: TextCase = 'asIs'): FieldNode {
    return rich.field({ kind: 'company', part, textCase })
  },
  period(part: PeriodPart, textCase: TextCase = 'asIs'): FieldNode {
    return rich.field({ kind: 'period', part, textCase })
  },
  amount(measure: Measure, period: PeriodKey): FieldNode {
    return rich.field({ kind: 'amount', measure, period, textCase: 'asIs' })
  },
  /** The figure with its signed words; net income, the field's default, is not written into the file. */
  result(period: PeriodKey, measure?: Measure): FieldNode {
    return measure === undefined || measure === resultMeasure(MEASURE_CATALOGUE)?.id
      ? rich.field({ kind: 'result', period, textCase: 'asIs' })
      : rich.field({ kind: 'result', period, measure, textCase: 'asIs' })
  },
  resultWord(period: PeriodKey, textCase: TextCase = 'asIs'): FieldNode {
    return rich.field({ kind: 'resultWord', period, textCase })
  },
  comparison(
    measure: Measure,
    pair: ComparisonPair,
    withSubject = false,
    textCase: TextCase = 'asIs',
  ): FieldNode {
    return rich.field({ kind: 'comparison', measure, pair, withSubject, textCase })
  },
  hardBreak(): InlineNode {
    return { type: 'hardBreak' }
  },
  paragraph(...content: (InlineNode | string)[]): ParagraphNode {
    const nodes = content
      .map((node) => (typeof node === 'string' ? rich.text(node) : node))
      .filter((node) => node.type !== 'text' || node.text !== '')
    return nodes.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: nodes }
  },
  doc(...paragraphs: ParagraphNode[]): RichText {
    return { type: 'doc', content: paragraphs.length === 0 ? [{ type: 'paragraph' }] : paragraphs }
  },
  /** One paragraph a line of plain text; blank lines are dropped. */
  plain(text: string): RichText {
    return rich.doc(
      ...text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => rich.paragraph(line)),
    )
  },
}
