import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanRichText, cleanTextPatch } from '../../../renderer/src/release/clean-rich-text'
import { cleanText, needsCleaning, cleaningEdits } from '../../../renderer/src/release/clean-text'
import { forbiddenXmlCharacter } from '../../../renderer/src/export/docx/docx-well-formed'
import { rich } from '../../../renderer/src/release/narrative-builders'
import type { ParagraphNode, RichText } from '../../../renderer/src/release/narrative-schema'

function withBullet(text: RichText, item: ParagraphNode): RichText {
  return {
    type: 'doc',
    content: [
      ...text.content,
      { type: 'bulletList', content: [{ type: 'listItem', content: [item] }] },
    ],
  }
}

/** Every character the cleaner must remove, by the family a reviewer would look for. */
const REMOVED: Readonly<Record<string, readonly string[]>> = {
  'bidi embeddings, overrides and isolates': [
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ],
  'direction marks': ['\u200E', '\u200F', '\u061C'],
  'zero-width and other format characters': [
    '\u200B',
    '\u200C',
    '\u200D',
    '\u2060',
    '\uFEFF',
    '\u00AD',
    '\u180E',
    '\uFFF9',
    '\u{E0041}',
  ],
  noncharacters: ['\uFFFE', '\uFFFF', '\uFDD0', '\uFDEF', '\u{1FFFE}', '\u{10FFFF}'],
  'controls other than tab and newline': [
    '\u0000',
    '\u0001',
    '\u0008',
    '\u000B',
    '\u000C',
    '\r',
    '\u001F',
    '\u007F',
    '\u0085',
    '\u009F',
  ],
  'unpaired surrogates': ['\uD800', '\uDFFF'],
}

describe('cleanText: what a release keeps of the text it is given', () => {
  for (const [family, characters] of Object.entries(REMOVED)) {
    it(`removes ${family}`, () => {
      for (const character of characters) {
        const code = character.codePointAt(0)?.toString(16)
        expect(cleanText(`$5.${character}6 million`), `U+${code ?? '?'}`).toBe('$5.6 million')
        expect(needsCleaning(character), `U+${code ?? '?'}`).toBe(true)
      }
    })
  }

  it('turns a right-to-left override around "5.6" back into the digits the checks read', () => {
    // Shown as "$6.5 million" while the override is there.
    expect(cleanText('revenue of $\u202E5.6\u202C million')).toBe('revenue of $5.6 million')
    expect(cleanText('$1\u200B2.3 million')).toBe('$12.3 million')
  })

  it('keeps tabs, line breaks, accents, other scripts and emoji as typed', () => {
    const kept = [
      'Café Zoë, naïve\tsoft\nline',
      'e\u0301', // a combining accent is a mark, not a format character
      'Société Générale — 5,6 millions €',
      'שלום 5.6 مرحبا',
      '日本語のテキスト',
      '📈 \u2764\uFE0F \u{1F600}',
      '\u00A0no-break\u2009thin\u202Fnarrow',
    ]
    for (const text of kept) expect(cleanText(text)).toBe(text)
  })

  it('writes fullwidth letters, digits and signs as ASCII, which the typeface can draw', () => {
    expect(cleanText('Backlog of $\uFF19.\uFF19 million, up \uFF11\uFF12\uFF05')).toBe(
      'Backlog of $9.9 million, up 12%',
    )
    expect(cleanText('\uFF29\uFF25\uFF23\u3000\uFF08\uFF4E\uFF59\uFF09')).toBe('IEC (ny)')
    // Offsets stay put: each is one character for one.
    expect(cleaningEdits('$\uFF19')).toEqual([{ start: 1, end: 2, text: '9' }])
    // Halfwidth katakana and other compatibility forms are not ASCII's, and stay.
    expect(cleanText('\uFF71 \u00BD \u2122')).toBe('\uFF71 \u00BD \u2122')
  })

  it('removes a zero-width joiner inside an emoji sequence and keeps the emoji', () => {
    expect(cleanText('\u{1F468}\u200D\u{1F469}')).toBe('\u{1F468}\u{1F469}')
  })

  it('gives the same object back for text it has nothing to remove from', () => {
    const text = 'IEC Electronics Corp. announced'
    expect(cleanText(text)).toBe(text)
    expect(cleaningEdits(text)).toEqual([])
  })

  it('says where each removed character sits, and that nothing takes its place', () => {
    expect(cleaningEdits('a\u200Bb\u{E0041}c')).toEqual([
      { start: 1, end: 2, text: '' },
      { start: 3, end: 5, text: '' },
    ])
  })

  it('leaves no character that XML 1.0 forbids, whatever the text, and cleaning twice changes nothing', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 60 })
    fc.assert(
      fc.property(anyText, (text) => {
        const once = cleanText(text)
        expect(forbiddenXmlCharacter(once)).toBeNull()
        expect(needsCleaning(once)).toBe(false)
        expect(cleanText(once)).toBe(once)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('cleanRichText and cleanTextPatch: text that arrives without passing the file schema', () => {
  it('cleans every text node, drops the ones left empty, and keeps fields, marks and lists', () => {
    const dirty = withBullet(
      rich.doc(
        rich.paragraph(
          'Revenue of $\u202E5.6\u202C million ',
          rich.text('\u200B', 'bold'),
          rich.amount('revenue', 'quarter'),
        ),
      ),
      rich.paragraph(rich.text('up 1\u200B9%', 'italic')),
    )
    expect(cleanRichText(dirty)).toEqual(
      withBullet(
        rich.doc(rich.paragraph('Revenue of $5.6 million ', rich.amount('revenue', 'quarter'))),
        rich.paragraph(rich.text('up 19%', 'italic')),
      ),
    )
  })

  it('gives the same object back when there is nothing to remove, so typing costs no copy', () => {
    const clean = withBullet(rich.doc(rich.paragraph('Sales rose.')), rich.paragraph('One'))
    expect(cleanRichText(clean)).toBe(clean)
  })

  it('cleans the strings and lists of strings of a patch of company details', () => {
    expect(
      cleanTextPatch({
        name: 'IEC\u200B Electronics',
        addressLines: ['105 Norton\u202E Street'],
        final: true,
      }),
    ).toEqual({
      name: 'IEC Electronics',
      addressLines: ['105 Norton Street'],
      final: true,
    })
  })
})
