import { describe, expect, it } from 'vitest'
import { checkDraftText } from '../../../../renderer/src/release/checks/check-release'
import { draftFromFigures, figuresFileSchema } from '../../../../renderer/src/release/figures-file'
import { releaseFacts } from '../../../../renderer/src/release/release-facts'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'
import { corpusDirectory, corpusReleaseNames, readCorpusRelease } from '../../../eval/claims/corpus'
import { scoreRelease } from '../../../eval/claims/corpus-score'

// MTS's third quarter of fiscal 2019, as its table prints it (in thousands): the adjusted EBITDA
// margin of the quarter is printed (15.2%), the year-ago one is not; its parts are.
function mtsFacts(ratioOf: boolean): ReleaseFacts {
  const parts = (numerator: string) =>
    ratioOf ? { ratioOf: { numerator, denominator: 'revenue' } } : {}
  const parsed = figuresFileSchema.parse({
    formatVersion: 2,
    measures: [
      { id: 'revenue' },
      { id: 'netIncome' },
      { id: 'dilutedEps' },
      { id: 'adjustedEbitda' },
      { id: 'netIncomeMargin', name: 'Net income margin', kind: 'ratio', ...parts('netIncome') },
      {
        id: 'adjustedEbitdaMargin',
        name: 'Adjusted EBITDA margin',
        kind: 'ratio',
        gaap: false,
        reconcilesTo: 'netIncomeMargin',
        ...parts('adjustedEbitda'),
      },
    ],
    company: { name: 'MTS Systems Corporation' },
    fiscalYear: 2019,
    quarter: 3,
    fiscalYearEndMonth: 9,
    periodEnd: '2019-06-29',
    releaseDate: '2019-07-31',
    figures: {
      revenue: { quarter: '232.209m', yearAgoQuarter: '194.668m' },
      netIncome: { quarter: '13.585m', yearAgoQuarter: '8.979m' },
      adjustedEbitda: { quarter: '35.357m', yearAgoQuarter: '27.782m' },
      netIncomeMargin: { quarter: '5.9' },
      adjustedEbitdaMargin: { quarter: '15.2' },
    },
  })
  return releaseFacts(draftFromFigures(parsed))
}

const said = (text: string, facts: ReleaseFacts): string[] =>
  checkDraftText([text], facts).map(
    (entry) => `${entry.severity} ${entry.rule} "${entry.quote}"${entry.expected === undefined ? '' : ` -> ${entry.expected}`}`,
  )

describe('a ratio of your own that names its parts', () => {
  it('MTS: judges "an increase of 96 basis points" on the year-ago margin its parts give, and finds 95', () => {
    const facts = mtsFacts(true)
    expect(said('Adjusted EBITDA margin of 15.2%, an increase of 96 basis points.', facts)).toEqual([
      'error ratio-points "96 basis points" -> 95 basis points',
    ])
    // The true twin, and the net income margin beside it, whose 124 basis points the parts give either way.
    expect(said('Adjusted EBITDA margin of 15.2%, an increase of 95 basis points.', facts)).toEqual([])
    expect(said('Net income margin of 5.9%, an increase of 124 basis points.', facts)).toEqual([])
  })

  it('without its parts, a year-ago margin nobody entered leaves the change unjudged', () => {
    expect(said('Adjusted EBITDA margin of 15.2%, an increase of 96 basis points.', mtsFacts(false))).toEqual([])
  })

  it('a change far from the parts is an error whatever their rounding', () => {
    expect(said('Adjusted EBITDA margin of 15.2%, an increase of 150 basis points.', mtsFacts(true))).toEqual([
      'error ratio-points "150 basis points" -> 95 basis points',
    ])
    expect(said('Adjusted EBITDA margin of 15.2%, an increase of 1.0 percentage point.', mtsFacts(true))).toEqual([])
  })
})

// Parts typed to a tenth of a million allow a wide range of margins: within it, the claim stands.
describe('parts typed coarsely', () => {
  it('leaves a change within the parts’ own rounding alone', () => {
    const parsed = figuresFileSchema.parse({
      formatVersion: 2,
      measures: [
        { id: 'revenue' },
        { id: 'netIncome' },
        { id: 'dilutedEps' },
        { id: 'adjustedEbitda' },
        { id: 'ebitdaMargin', name: 'Adjusted EBITDA margin', kind: 'ratio', gaap: false, ratioOf: { numerator: 'adjustedEbitda', denominator: 'revenue' } },
      ],
      company: { name: 'Example Corp.' },
      fiscalYear: 2019,
      quarter: 3,
      fiscalYearEndMonth: 9,
      periodEnd: '2019-06-29',
      releaseDate: '2019-07-31',
      figures: {
        revenue: { quarter: '2.3m', yearAgoQuarter: '1.9m' },
        adjustedEbitda: { quarter: '0.4m', yearAgoQuarter: '0.3m' },
        ebitdaMargin: { quarter: '17.4' },
      },
    })
    const facts = releaseFacts(draftFromFigures(parsed))
    // 0.4 / 2.3 less 0.3 / 1.9 is 161 basis points; the parts' rounding allows from about -170 to 530.
    expect(said('Adjusted EBITDA margin of 17.4%, an increase of 200 basis points.', facts)).toEqual([])
  })
})

const corpus = corpusDirectory()
const hasMts = corpusReleaseNames(corpus).includes('mts_fy2019_q3')

describe.skipIf(!hasMts)('the corpus’s MTS release, as the eval reads it', () => {
  it('catches the 96 basis points for the reason the corpus gives: 95 against the same quarter a year ago', () => {
    const score = scoreRelease(readCorpusRelease(corpus, 'mts_fy2019_q3'))
    const caught = score.caught.find((entry) => entry.claim.claim.startsWith('Adjusted EBITDA margin'))
    expect(caught?.errors.map((entry) => entry.message)).toEqual([
      'Adjusted EBITDA margin rose 95 basis points against the same quarter a year ago, from 14.3% to 15.2%, not 96 basis points.',
    ])
  })
})
