import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../renderer/src/release/checks/check-release'
import { contentTextParagraph } from '../../../renderer/src/release/checks/text-model'
import { needsCleaning } from '../../../renderer/src/release/clean-text'
import type { ReleaseDocument } from '../../../renderer/src/release/document-schema'
import {
  readFiguresFile,
  readReleaseDocument,
  serializeReleaseDocument,
} from '../../../renderer/src/release/load-document'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import {
  AMOUNTS_SHOWN,
  amountsIn,
  HIDDEN_TEXT,
  sampleWithHiddenText,
  WRONG_PERCENT,
} from '../../support/invisible-text'
import { SAMPLE_FIGURES, SAMPLE_RELEASE } from '../../support/make-sample'

const HIDDEN = '\u202E\u200B\uFEFF\u00AD\u2066\u200E\uFFFE\u0007\r'

function loaded(json: unknown): ReleaseDocument {
  const result = readReleaseDocument(JSON.stringify(json))
  if (!result.ok) throw new Error(result.error)
  return result.value
}

function sampleJson(): Record<string, Record<string, unknown>> {
  return JSON.parse(readFileSync(SAMPLE_RELEASE, 'utf8')) as Record<string, Record<string, unknown>>
}

describe('opening a release file with invisible characters in its text', () => {
  it('removes them from every text field: company, layout, narrative, quote and status', () => {
    const json = sampleJson()
    const company = json['company'] ?? {}
    const narrative = json['narrative'] ?? {}
    const quote = narrative['quote'] as Record<string, unknown>
    const document = loaded({
      ...json,
      company: {
        ...company,
        name: `IEC${HIDDEN} Electronics Corp.`,
        shortName: `IEC${HIDDEN}`,
        ticker: `IECE${HIDDEN}.OB`,
        addressLines: [`105 Norton${HIDDEN} Street`],
        datelineCity: `Newark,${HIDDEN} NY`,
        phone: `(315) 331${HIDDEN}-7742`,
        fax: `(315) 331-${HIDDEN}3547`,
        web: `www.iec-${HIDDEN}electronics.com`,
      },
      layout: { ...json['layout'], exhibitLabel: `Exhibit${HIDDEN} 99.1` },
      narrative: {
        ...narrative,
        headline: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: `IEC Announces${HIDDEN} Results` }],
            },
          ],
        },
        quote: { ...quote, speaker: `W. Barry${HIDDEN} Gilbert`, title: `Chairman${HIDDEN}` },
      },
      status: { ...json['status'], overrideReason: `Approved${HIDDEN} by counsel` },
    })
    expect(document.company).toMatchObject({
      name: 'IEC Electronics Corp.',
      shortName: 'IEC',
      ticker: 'IECE.OB',
      addressLines: ['105 Norton Street'],
      datelineCity: 'Newark, NY',
      phone: '(315) 331-7742',
      fax: '(315) 331-3547',
      web: 'www.iec-electronics.com',
    })
    expect(document.layout.exhibitLabel).toBe('Exhibit 99.1')
    expect(document.narrative.headline).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'IEC Announces Results' }] }],
    })
    expect(document.narrative.quote.speaker).toBe('W. Barry Gilbert')
    expect(document.narrative.quote.title).toBe('Chairman')
    expect(document.status.overrideReason).toBe('Approved by counsel')
    expect(needsCleaning(serializeReleaseDocument(document))).toBe(false)
  })

  it('drops a run of text that held nothing else, and keeps the paragraph valid', () => {
    const json = sampleJson()
    const narrative = json['narrative'] ?? {}
    const document = loaded({
      ...json,
      narrative: {
        ...narrative,
        contact: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: '\u200B\u200B', marks: [{ type: 'bold' }] }],
            },
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Contact: ' },
                { type: 'text', text: '\uFEFF' },
                { type: 'hardBreak' },
              ],
            },
          ],
        },
      },
    })
    expect(document.narrative.contact).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph' },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Contact: ' }, { type: 'hardBreak' }],
        },
      ],
    })
  })

  it('refuses a company name of nothing but invisible characters, naming the field', () => {
    const json = sampleJson()
    const result = readReleaseDocument(
      JSON.stringify({ ...json, company: { ...json['company'], name: '\u200B\u202E ' } }),
    )
    expect(result).toEqual({ ok: false, error: 'company.name: the company name is required' })
  })

  it('removes them from a figures file’s company details too', () => {
    const figures = JSON.parse(readFileSync(SAMPLE_FIGURES, 'utf8')) as Record<
      string,
      Record<string, unknown>
    >
    const result = readFiguresFile(
      JSON.stringify({
        ...figures,
        company: { ...figures['company'], name: `IEC\u202E Electronics${HIDDEN}` },
      }),
    )
    expect(result.ok && result.value.company.name).toBe('IEC Electronics')
  })
})

describe('what the checks read is what the page shows, after a file is opened', () => {
  const document = loaded(sampleWithHiddenText())
  const content = releaseContent(document)
  // The paragraphs appended to the sample's results, which has amounts of its own.
  const results = content.paragraphs
    .filter((paragraph) => paragraph.block === 'results')
    .slice(-HIDDEN_TEXT.length)

  it('lays out the amounts a reader sees, with nothing hidden inside them', () => {
    const shown = results.flatMap((paragraph) => amountsIn(paragraphText(paragraph)))
    expect(shown).toEqual(AMOUNTS_SHOWN)
  })

  it('gives the checks the same digits', () => {
    const read = results.flatMap((paragraph) => amountsIn(contentTextParagraph(paragraph).text))
    expect(read).toEqual(AMOUNTS_SHOWN)
  })

  it('still catches the wrong percent typed next to the amount', () => {
    const findings = checkRelease(releaseFacts(document))
    const wrong = findings.filter(
      (finding) => finding.rule === 'wrong-percent' && finding.location?.block === 'results',
    )
    expect(wrong.map((finding) => [finding.quote, finding.expected])).toEqual([
      [WRONG_PERCENT.typed, WRONG_PERCENT.expected],
    ])
  })
})
