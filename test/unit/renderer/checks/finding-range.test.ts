import { describe, expect, it } from 'vitest'
import { findingRange, freeTextRange } from '../../../../renderer/src/editor/checks/finding-range'
import { textWithPositions } from '../../../../renderer/src/editor/narrative/text-positions'
import { checkRelease } from '../../../../renderer/src/release/checks/check-release'
import type { Finding } from '../../../../renderer/src/release/checks/finding'
import type { ReleaseDocument } from '../../../../renderer/src/release/document-schema'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import type { ContentParagraph, Run } from '../../../../renderer/src/release/release-content'
import { releaseContent } from '../../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import type { TextBlock } from '../../../../renderer/src/store/store-types'
import { sampleDocument } from '../helpers/sample'
import { blockText, editorDoc, withBlock, withParagraphs } from './checks-fixtures'
import { withRows } from '../../../support/figure-rows'
import { textLocation } from '../../../../renderer/src/release/checks/finding'

const OBJ = '\uFFFC'

function run(text: string, field: Run['field'] = null): Run {
  return { text, bold: false, italic: false, field, breakBefore: false, generated: false }
}

function location(start: number, end: number) {
  return { block: 'results' as const, paragraph: 0, start, end, textStart: start, textEnd: end, inFreeText: true }
}

describe('mapping free-text offsets to editor positions (by hand)', () => {
  // [Second quarter] sales rose [comparison] and 21% ahead.
  // Editor: the paragraph opens at 0, so its content starts at 1; a field takes one position.
  const paragraph: ContentParagraph = {
    kind: 'paragraph',
    role: 'results',
    block: 'results',
    index: 0,
    list: null,
    runs: [
      run('Second quarter', { kind: 'period', part: 'quarter', textCase: 'sentence' }),
      run(' sales rose '),
      run('increased by more than 50% from the previous quarter', {
        kind: 'comparison',
        measure: 'revenue',
        pair: 'previousQuarter',
        withSubject: false,
        textCase: 'asIs',
      }),
      run(' and 21% ahead.'),
    ],
  }
  const text = `${OBJ} sales rose ${OBJ} and 21% ahead.`
  const positions = Array.from(text, (_, index) => index + 1)
  const editor = { text, positions }

  it('skips the fields: "21%" at free-text 17–20 is editor range 20–23', () => {
    // Free text: " sales rose " (12) + " and 21% ahead." → "21%" at 12 + 5 = 17.
    expect(findingRange(editor, [paragraph], location(17, 20))).toEqual({ from: 20, to: 23 })
  })

  it('maps a span across the field between typed words to the range over it', () => {
    // "rose " ends at free offset 12; " and" starts at 12: free 7–16 covers "rose " + " and".
    expect(freeTextRange(editor, [paragraph], location(0, 0), 7, 16)).toEqual({ from: 9, to: 19 })
  })

  it("selects a field's words as the field itself", () => {
    // paragraphText: "Second quarter sales rose increased by … quarter and 21% ahead."; the comparison is at 26.
    const comparison = { ...location(12, 12), textStart: 26, textEnd: 26 + 52, inFreeText: false }
    expect(findingRange(editor, [paragraph], comparison)).toEqual({ from: 14, to: 15 })
  })

  it('puts the words the layout adds (the quote\'s opening and closing) where they sit, outside the typed words', () => {
    const quote: ContentParagraph = {
      kind: 'paragraph',
      role: 'quote',
      block: 'quote',
      index: 0,
      list: null,
      runs: [{ ...run('[Name], said, \u201c'), generated: true }, run('Sales grew.'), { ...run('\u201d'), generated: true }],
    }
    const typed = { text: 'Sales grew.', positions: Array.from('Sales grew.', (_, index) => index + 1) }
    const at = (textStart: number, textEnd: number) => ({ ...location(0, 0), block: 'quote' as const, textStart, textEnd, inFreeText: false })
    expect(findingRange(typed, [quote], at(0, 6))).toEqual({ from: 1, to: 1 })
    expect(findingRange(typed, [quote], at(26, 27))).toEqual({ from: 12, to: 12 })
  })

  it('finds nothing when the editor holds other words', () => {
    expect(findingRange({ text: 'Other words.', positions: [1, 2, 3] }, [paragraph], location(17, 20))).toBeNull()
  })
})

/** Every finding in typed words of `block`, mapped through the real editor document of that block. */
function mapped(document: ReleaseDocument, block: TextBlock): { readonly finding: Finding; readonly words: string }[] {
  const facts = releaseFacts(document)
  const content = releaseContent(document, facts)
  const doc = editorDoc(blockText(document, block))
  const paragraphs = content.paragraphs.filter((paragraph) => paragraph.block === block)
  return checkRelease(facts, content)
    .filter((finding) => textLocation(finding.location)?.block === block)
    .map((finding) => {
      const location = textLocation(finding.location)
      const range = location === null ? null : findingRange(textWithPositions(doc), paragraphs, location)
      if (range === null) throw new Error(`no range for ${finding.id}`)
      return { finding, words: doc.textBetween(range.from, range.to, '\n', OBJ) }
    })
}

describe('mapping findings onto the real editor document', () => {
  it('selects exactly "3rd-quarter06" in the sample web reference, after its two fields', () => {
    const [first, ...rest] = mapped(sampleDocument(), 'webReference')
    expect(rest).toEqual([])
    expect(first?.finding.quote).toBe('3rd-quarter06')
    expect(first?.words).toBe('3rd-quarter06')
  })

  it('finds the paragraph past empty paragraphs, line breaks, lists and fields', () => {
    const document = withParagraphs(
      sampleDocument(),
      'results',
      rich.paragraph(),
      rich.paragraph('Highlights', rich.hardBreak(), rich.period('quarter', 'sentence'), ' sales were 21% ahead of the same quarter in fiscal 2005.'),
      rich.paragraph('   '),
      rich.paragraph(rich.company('shortName'), ' sales rose 30% from the same quarter in fiscal 2005, TBD.'),
    )
    const withList = {
      ...document,
      narrative: {
        ...document.narrative,
        results: {
          ...document.narrative.results,
          content: [
            ...document.narrative.results.content,
            { type: 'bulletList' as const, content: [{ type: 'listItem' as const, content: [rich.paragraph('Margins [to come]')] }] },
          ],
        },
      },
    }
    const found = mapped(withList, 'results')
    expect(found.map((entry) => textLocation(entry.finding.location)?.paragraph)).toEqual([3, 4, 4, 5])
    for (const entry of found) expect(entry.words).toBe(entry.finding.quote)
  })

  it('maps words after line breaks in the contact block, and in a later quote paragraph after the opening words', () => {
    const sample = sampleDocument()
    const contact = withBlock(
      sample,
      'contact',
      rich.doc(rich.paragraph('Contact: [Name]', rich.hardBreak(), 'IEC', rich.hardBreak(), 'Phone TBD')),
    )
    expect(mapped(contact, 'contact').map((entry) => entry.words)).toEqual(['[Name]', 'TBD'])
    const quote = withParagraphs(sample, 'quote', rich.paragraph('We will insert quote here.'))
    const [leftover] = mapped(quote, 'quote')
    expect(textLocation(leftover?.finding.location ?? null)?.paragraph).toBe(2)
    expect(leftover?.words).toBe(leftover?.finding.quote)
  })

  it("selects the field whose words are a placeholder (a figure not entered)", () => {
    const sample = sampleDocument()
    const document = withParagraphs(
      { ...sample, figures: withRows(sample.figures, { revenue: { yearAgoQuarter: null } }) },
      'boilerplate',
      rich.paragraph('A year ago revenue was ', rich.amount('revenue', 'yearAgoQuarter'), '.'),
    )
    const [entry] = mapped(document, 'boilerplate').filter((item) => item.finding.rule === 'leftover')
    expect(textLocation(entry?.finding.location ?? null)?.inFreeText).toBe(false)
    expect(entry?.words).toBe(OBJ)
  })
})
