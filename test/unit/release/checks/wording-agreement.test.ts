import { describe, expect, it } from 'vitest'
import { checkDraftText } from '../../../../renderer/src/release/checks/check-release'
import { compareValues } from '../../../../renderer/src/release/comparisons'
import { Dec } from '../../../../renderer/src/release/decimal'
import { DEFAULT_HOUSE_STYLE } from '../../../../renderer/src/release/house-style'
import { comparisonClause } from '../../../../renderer/src/release/wording'
import { factsWith } from './helpers'
import { measure } from '../../../support/figure-rows'

const Q2_2006 = { quarter: 2, fiscalYear: 2006 } as const

// Two wordings the checker found reading backwards; the wording engine now says them the way the checker reads them.
describe('wording of per-share losses', () => {
  it('says a loss per share narrowed or widened, as a net loss does, not "increased" for a smaller loss', () => {
    const smaller = compareValues(measure('dilutedEps'),
      'previousQuarter',
      new Dec('-0.01'),
      new Dec('-0.02'),
    )
    expect(comparisonClause(smaller, 'exact', DEFAULT_HOUSE_STYLE, Q2_2006)).toBe(
      'diluted loss per share narrowed to $(0.01) from $(0.02) in the previous quarter',
    )
    const larger = compareValues(measure('dilutedEps'), 'previousQuarter', new Dec('-0.02'), new Dec('0'))
    expect(comparisonClause(larger, 'exact', DEFAULT_HOUSE_STYLE, Q2_2006)).toBe(
      'diluted loss per share widened to $(0.02) from $0.00 in the previous quarter',
    )
  })

  it('names the loss in words when losses carry no sign, so a swing does not read backwards', () => {
    const words = { ...DEFAULT_HOUSE_STYLE, negative: 'words' as const }
    const swing = compareValues(measure('dilutedEps'), 'yearAgoQuarter', new Dec('-0.02'), new Dec('0.01'))
    expect(comparisonClause(swing, 'exact', words, Q2_2006)).toBe(
      'diluted earnings per share decreased to a loss of $0.02 from $0.01 in the same quarter in fiscal 2005',
    )
  })

  it('and the checker accepts both, and flags the old backward wording', () => {
    const facts = factsWith({ dilutedEps: { previousQuarter: '-0.01', quarter: '-0.02' } })
    const errors = (text: string): string[] =>
      checkDraftText([text], facts)
        .filter((entry) => entry.severity === 'error')
        .map((entry) => entry.quote)
    expect(
      errors('Diluted loss per share widened to $(0.02) from $(0.01) in the previous quarter.'),
    ).toEqual([])
    expect(
      errors('Diluted loss per share decreased to $(0.02) from $(0.01) in the previous quarter.'),
    ).toEqual(['decreased'])
    expect(
      errors(
        'Diluted earnings per share decreased to a loss of $0.02 from $0.01 in the same quarter in fiscal 2005.',
      ),
    ).toEqual([])
  })
})
