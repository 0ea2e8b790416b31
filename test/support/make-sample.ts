/**
 * Builds the sample release, assets/samples/iec-q2-fiscal-2006.release.json, from the sample figures
 * file with the standard template, then fills in the company's own words from the seed release
 * (the 2006 Form 8-K Exhibit 99.1): quote, boilerplate, web reference, safe harbor and contact.
 *
 * Run: npx tsx test/support/make-sample.ts   (a test checks the committed file matches)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ReleaseDocument } from '../../renderer/src/release/document-schema'
import { draftFromFigures } from '../../renderer/src/release/figures-file'
import { readFiguresFile, serializeReleaseDocument } from '../../renderer/src/release/load-document'
import { rich } from '../../renderer/src/release/narrative-builders'
import { sampleStatement } from './sample-table'

const ROOT = resolve(__dirname, '../..')
export const SAMPLE_FIGURES = resolve(ROOT, 'assets/samples/iec-q2-fiscal-2006.figures.json')
export const SAMPLE_RELEASE = resolve(ROOT, 'assets/samples/iec-q2-fiscal-2006.release.json')
const SAMPLE_LOGO = resolve(ROOT, 'assets/logo/iec-stand-in-logo.png')

const QUOTE = [
  'Our sales growth continues to gain momentum, and we expect further growth during the balance of this fiscal year. We added three new customers this quarter to the three we added last quarter, all with excellent brand recognition in their respective industries.',
  'The loss was attributable to start-up costs in connection with these new accounts and maintaining a higher operational structure to support long-term growth. We expect that with further sales growth and as our new customers move beyond the start-up phase, profitability will follow. The Company continues to move in the right direction and we are confident that we are creating future value for our shareholders and opportunity for our employees. We are excited about our prospects.',
]

const BOILERPLATE =
  'IEC is a full service, ISO-9001 registered EMS provider. The Company offers its customers a wide range of services including design, prototype and volume printed circuit board assembly, material procurement and control, manufacturing and test engineering support, systems build, final packaging and distribution.'

const SAFE_HARBOR =
  "The foregoing, including any discussion regarding the Company's future prospects, contains certain forward-looking statements that involve risks and uncertainties, including uncertainties associated with economic conditions in the electronics industry, particularly in the principal industry sectors served by the Company, changes in customer requirements and in the volume of sales to principal customers, the ability of the Company to assimilate acquired businesses and to achieve the anticipated benefits of such acquisitions, competition and technological change, the ability of the Company to control manufacturing and operating costs, satisfactory relationships with vendors. The Company's actual results of operations may differ significantly from those contemplated by any forward-looking statements as a result of these and other factors, including factors set forth in the Company's "

/** The sample release, as the app opens it on first run. */
export function buildSampleRelease(): ReleaseDocument {
  const figures = readFiguresFile(readFileSync(SAMPLE_FIGURES, 'utf8'))
  if (!figures.ok) throw new Error(`${SAMPLE_FIGURES}: ${figures.error}`)
  // The seed release (2006) writes its losses in parentheses, "$(168,000)": the sample keeps them.
  const draft = draftFromFigures({ ...figures.value, style: { ...figures.value.style, negative: 'parenInside' } })
  return {
    ...draft,
    tables: [sampleStatement(draft)],
    company: {
      ...draft.company,
      logo: { mediaType: 'image/png', data: readFileSync(SAMPLE_LOGO).toString('base64') },
    },
    narrative: {
      ...draft.narrative,
      quote: {
        speaker: 'W. Barry Gilbert',
        title: 'Chairman of the Board and CEO',
        text: rich.doc(...QUOTE.map((text) => rich.paragraph(text))),
      },
      boilerplate: rich.doc(rich.paragraph(BOILERPLATE)),
      // The seed's own link names the third quarter in a second-quarter release; the sample keeps it, and the checks flag it.
      webReference: rich.doc(
        rich.paragraph(
          'Information regarding ',
          rich.company('shortName'),
          '\u2019s ',
          rich.period('quarterOfYear'),
          ' results can be found on its web site at www.iec-electronics.com/3rd-quarter06release',
        ),
      ),
      safeHarbor: rich.doc(
        rich.paragraph(
          SAFE_HARBOR,
          rich.period('yearAgoFiscalYear'),
          ' Annual Report on Form 10-K and in other filings with the Securities and Exchange Commission.',
        ),
      ),
      contact: rich.doc(
        rich.paragraph(
          'Contact: Heather Keenan',
          rich.hardBreak(),
          'IEC Electronics Corp.',
          rich.hardBreak(),
          '(315) 332-4262',
          rich.hardBreak(),
          'hkeenan@iec-electronics.com',
        ),
      ),
    },
  }
}

if (process.argv[1] !== undefined && process.argv[1].endsWith('make-sample.ts')) {
  writeFileSync(SAMPLE_RELEASE, serializeReleaseDocument(buildSampleRelease()))
  process.stderr.write(`wrote ${SAMPLE_RELEASE}\n`)
}
