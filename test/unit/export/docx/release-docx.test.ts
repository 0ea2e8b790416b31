import { afterEach, describe, expect, it, vi } from 'vitest'
import { releaseDocx } from '../../../../renderer/src/export/docx/release-docx'
import { paragraphText, releaseContent } from '../../../../renderer/src/release/release-content'
import {
  paragraphElements,
  paragraphTexts,
  paragraphsContaining,
  readDocx,
  runsContaining,
  sameBytes,
  textOfParagraph,
} from '../../../support/unzip'
import {
  BOLD_WORDS,
  ITALIC_WORDS,
  markedFinal,
  sampleProse,
  sampleRelease,
  withFormattedResults,
  withLayout,
  withLists,
} from './docx-fixtures'

/** Word fields in a part: none may carry the release's words, which must be plain text. */
const FIELD_CODE = /<w:fldSimple|<w:instrText|<w:fldChar/

afterEach(() => {
  vi.useRealTimers()
})

describe('releaseDocx: the body', () => {
  it('holds every paragraph of the release, in order, with its exact words', async () => {
    const document = sampleProse()
    const docx = await readDocx(await releaseDocx(document))
    const expected = releaseContent(document).paragraphs.map(paragraphText)
    expect(expected.length).toBeGreaterThan(10)
    expect(paragraphTexts(docx.xml('word/document.xml'))).toEqual(expected)
  })

  it('writes computed amounts as plain text, with no field codes in the body or the headers', async () => {
    const docx = await readDocx(await releaseDocx(sampleRelease()))
    const body = docx.xml('word/document.xml')
    const results = paragraphsContaining(body, 'The Company reported a net loss of $(168,000)')
    expect(results).toHaveLength(1)
    expect(textOfParagraph(results[0] ?? '')).toContain(
      '$(0.02) per share on revenue of $5.6 million for the quarter',
    )
    expect(body).not.toMatch(FIELD_CODE)
    expect(docx.xml(docx.headerPath('first'))).not.toMatch(FIELD_CODE)
    expect(docx.xml(docx.headerPath('default'))).not.toMatch(FIELD_CODE)
    expect(docx.xml(docx.footerPath('first'))).not.toMatch(FIELD_CODE)
  })

  it('numbers pages from page 2 with the PAGE field, the only field, in the later pages\u2019 footer', async () => {
    const docx = await readDocx(await releaseDocx(sampleRelease()))
    const footer = docx.xml(docx.footerPath('default'))
    const instructions = [...footer.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map(
      (match) => match[1]?.trim(),
    )
    expect(instructions).toEqual(['PAGE'])
    expect(footer).not.toContain('<w:fldSimple')
    const firstFooter = docx.xml(docx.footerPath('first'))
    expect(paragraphTexts(firstFooter).join('')).toBe('')
    expect(docx.xml('word/document.xml')).toContain('<w:titlePg/>')
  })

  it('keeps bold and italic words and line breaks', async () => {
    const docx = await readDocx(await releaseDocx(withFormattedResults(sampleRelease())))
    const body = docx.xml('word/document.xml')
    const bold = runsContaining(body, BOLD_WORDS)
    expect(bold).toHaveLength(1)
    expect(bold[0]).toMatch(/<w:b\/>/)
    expect(bold[0]).not.toMatch(/<w:i\/>/)
    const italic = runsContaining(body, ITALIC_WORDS)
    expect(italic[0]).toMatch(/<w:i\/>/)
    expect(italic[0]).not.toMatch(/<w:b\/>/)
    const plain = runsContaining(body, ' were announced today (')
    expect(plain[0]).not.toMatch(/<w:b\/>|<w:i\/>/)
    expect(paragraphTexts(body)).toContain(
      `${BOLD_WORDS} were announced today (${ITALIC_WORDS}).\nA second line.`,
    )
  })

  it('gives each role its paragraph style from the one style table: headline centred, bold, 14 pt Times New Roman', async () => {
    const docx = await readDocx(await releaseDocx(sampleProse()))
    const body = docx.xml('word/document.xml')
    const headline = paragraphsContaining(body, 'Announces Second Quarter Results')
    expect(headline).toHaveLength(1)
    // Word's own Heading 1, at outline level 1, so Word's navigation pane lists the headline.
    expect(headline[0]).toContain('<w:pStyle w:val="Heading1"/>')
    const styles = docx.xml('word/styles.xml')
    const headlineStyle = /<w:style [^>]*w:styleId="Heading1"[^>]*>[\s\S]*?<\/w:style>/.exec(
      styles,
    )?.[0]
    expect(headlineStyle).toContain('<w:outlineLvl w:val="0"/>')
    expect(headlineStyle).toContain('<w:jc w:val="center"/>')
    expect(headlineStyle).toContain('<w:b/>')
    expect(headlineStyle).toContain('<w:sz w:val="28"/>')
    expect(headlineStyle).toContain('w:ascii="Times New Roman"')
    expect(styles.match(/w:styleId="Heading1"/g)).toHaveLength(1)
    // The headline block and the contact never end a page alone, as in the preview's pagination.
    for (const id of ['ReleaseExhibit', 'Heading1', 'ReleaseSubheadline', 'ReleaseContact']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(
        styles,
      )?.[0]
      expect(style, id).toContain('<w:keepNext/>')
    }
    // Widow and orphan control on every paragraph of the body.
    const paragraphs = paragraphElements(body)
    expect(paragraphs.every((paragraph) => paragraph.includes('<w:widowControl/>'))).toBe(true)
    // Paragraphs carry a style and no direct run formatting of their own.
    expect(body).not.toContain('<w:rFonts')
    expect(body).not.toContain('<w:sz ')
  })

  it('lists: bullets and numbers through Word numbering, so Word renumbers an ordered list', async () => {
    const docx = await readDocx(await releaseDocx(withLists(sampleRelease())))
    const body = docx.xml('word/document.xml')
    const texts = paragraphTexts(body)
    // The numbers are Word's, not typed: the paragraphs hold only their words.
    expect(texts).toContain('Circuit boards')
    expect(texts).toContain('Systems build')
    expect(body).not.toContain('<w:tab/>')
    const numId = (text: string) =>
      /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(
        paragraphsContaining(body, text)[0] ?? '',
      )
    const bullet = numId('Design and prototype')
    const first = numId('Circuit boards')
    const second = numId('Systems build')
    expect(bullet?.[1]).toBe('0')
    expect(first?.[1]).toBe('1')
    expect(second?.slice(1)).toEqual(first?.slice(1))
    expect(first?.[2]).not.toBe(bullet?.[2])
    const numbering = docx.xml('word/numbering.xml')
    expect(numbering).toContain('w:val="bullet"')
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="1"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%2."\/>/,
    )
    // The ordered list's own instance starts at 1, whatever came before it.
    expect(numbering).toMatch(
      new RegExp(
        `<w:num w:numId="${first?.[2] ?? 'x'}">.*?<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/>`,
      ),
    )
    // Level 1 steps in twice the shared 18 pt list indent, the number hanging in the step before.
    expect(numbering).toMatch(/<w:lvl w:ilvl="1"[^]*?<w:ind w:left="720" w:hanging="360"\/>/)
  })

  it('starts a second ordered list at 1 again', async () => {
    const document = withLists(sampleRelease())
    const again = {
      ...document,
      narrative: {
        ...document.narrative,
        boilerplate: {
          ...document.narrative.boilerplate,
          content: [
            ...document.narrative.boilerplate.content,
            ...document.narrative.boilerplate.content.slice(-1),
          ],
        },
      },
    }
    const body = (await readDocx(await releaseDocx(again))).xml('word/document.xml')
    const ids = paragraphsContaining(body, 'Circuit boards').map(
      (paragraph) => /<w:numId w:val="(\d+)"/.exec(paragraph)?.[1],
    )
    expect(ids).toHaveLength(2)
    expect(ids[0]).not.toBe(ids[1])
  })
})

describe('releaseDocx: the page', () => {
  it('is US Letter with the shared margins: 1 in, the header at the letterhead top, page numbers 0.5 in up', async () => {
    const body = (await readDocx(await releaseDocx(sampleRelease()))).xml('word/document.xml')
    expect(body).toMatch(/<w:pgSz w:w="12240" w:h="15840"/)
    expect(body).toMatch(
      /<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720"/,
    )
  })

  it('is A4 when the layout says so', async () => {
    const body = (
      await readDocx(await releaseDocx(withLayout(sampleRelease(), { pageSize: 'a4' })))
    ).xml('word/document.xml')
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
  })
})

describe('releaseDocx: document properties', () => {
  it('names the release, its quarter and the company, with fixed dates', async () => {
    const docx = await readDocx(await releaseDocx(sampleRelease()))
    const core = docx.xml('docProps/core.xml')
    expect(core).toContain(
      '<dc:title>IEC Announces Second Quarter Results for Fiscal 2006</dc:title>',
    )
    expect(core).toContain('<dc:subject>Results for the second quarter of fiscal 2006</dc:subject>')
    expect(core).toContain('<dc:creator>IEC Electronics Corp.</dc:creator>')
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2006-04-20T00:00:00Z</dcterms:created>',
    )
    expect(docx.xml('docProps/app.xml')).toContain('<Company>IEC Electronics Corp.</Company>')
  })

  it('escapes the company name in the XML it writes', async () => {
    const document = sampleRelease()
    const named = { ...document, company: { ...document.company, name: 'Smith & <Jones> Corp.' } }
    const docx = await readDocx(await releaseDocx(named))
    expect(docx.xml('docProps/app.xml')).toContain(
      '<Company>Smith &amp; &lt;Jones&gt; Corp.</Company>',
    )
  })
})

describe('releaseDocx: the same release gives the same bytes', () => {
  it('byte for byte, even when exported at another time', async () => {
    const document = sampleRelease()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'))
    const first = await releaseDocx(document)
    vi.setSystemTime(new Date('2032-08-09T10:11:13Z'))
    const second = await releaseDocx(document)
    vi.useRealTimers()
    expect(sameBytes(second, first)).toBe(true)
    expect(sameBytes(await releaseDocx(markedFinal(document)), first)).toBe(false)
  })

  it('prints how long a warm export of the sample takes (the target is p95 \u2264 50 ms)', async () => {
    const document = sampleRelease()
    const reference = await releaseDocx(document)
    const times: number[] = []
    for (let run = 0; run < 40; run += 1) {
      const start = performance.now()
      const bytes = await releaseDocx(document)
      times.push(performance.now() - start)
      expect(sameBytes(bytes, reference)).toBe(true)
    }
    times.sort((a, b) => a - b)
    const at = (fraction: number) =>
      (times[Math.min(times.length - 1, Math.floor(times.length * fraction))] ?? 0).toFixed(1)
    console.log(
      `releaseDocx(sample), warm, ${times.length} runs: median ${at(0.5)} ms, p95 ${at(0.95)} ms`,
    )
  })
})
