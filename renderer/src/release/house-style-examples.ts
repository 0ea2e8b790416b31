import { assertNever } from './assert-never'
import { Dec, groupThousands } from './decimal'
import { formatAmount, formatPercent } from './amount-format'
import type { HouseStyle } from './house-style'
import { MEASURE_CATALOGUE } from './measure-catalogue'
import type { MeasureDefinition } from './measure-definition'
import { ratioChangePredicate } from './ratio-wording'
import { resultMeasure, resultPhrase } from './wording'

/** The house-style settings the panel sets one by one; comparison wording has its own table. */
export type HouseStyleSetting = Exclude<keyof HouseStyle, 'comparisons'>

/** The settings in the order the panel shows them. */
export const HOUSE_STYLE_SETTINGS: readonly HouseStyleSetting[] = [
  'revenueWord',
  'negative',
  'perShare',
  'millionsDecimals',
  'fullBelow',
  'percentDecimals',
  'ratioChange',
  'ratioDecimals',
  'ratioVerbs',
]

// Stand-in amounts, so that every example shows its effect whatever figures the release holds yet.
const LOSS = new Dec(-1_263_000)
const LOSS_PER_SHARE = new Dec('-0.02')
const EPS = new Dec('0.07')
const SALES = new Dec(5_637_420)
const PERCENT = new Dec('19.456')
const SMALL = new Dec(168_000)
const MARGIN = new Dec('31.46')
const PRIOR_MARGIN = new Dec('29.98')

// Only the subject's number is read: the example names its subject itself.
const GROSS_MARGIN: Pick<MeasureDefinition, 'subject'> = {
  subject: {
    positive: 'gross margin',
    negative: null,
    plural: false,
    followsRevenueWord: false,
    swing: null,
  },
}
// The catalogue's net income: the example speaks of it whatever the release reports.
const RESULT = resultMeasure(MEASURE_CATALOGUE)

/** One line showing what a setting does, worded with the style as it stands: "a net loss of $1.3 million". */
export function houseStyleExample(setting: HouseStyleSetting, style: HouseStyle): string {
  switch (setting) {
    case 'revenueWord': {
      const word = style.revenueWord === 'sales' ? 'Sales' : 'Revenue'
      return `${word} ${style.revenueWord === 'sales' ? 'were' : 'was'} ${formatAmount(SALES, 'money', style)} for the quarter`
    }
    case 'negative': {
      const loss =
        RESULT === undefined
          ? formatAmount(LOSS, 'money', style)
          : resultPhrase(LOSS, style, RESULT)
      return `${loss} or ${formatAmount(LOSS_PER_SHARE, 'perShare', style)} per share`
    }
    case 'perShare':
      return `${formatAmount(EPS, 'perShare', style)} per share`
    case 'millionsDecimals':
      return `Sales of ${formatAmount(SALES, 'money', style)}`
    case 'fullBelow':
      return fullBelowExample(style)
    case 'percentDecimals':
      return `Sales increased ${formatPercent(PERCENT, style.percentDecimals)} from the previous quarter`
    case 'ratioChange':
    case 'ratioDecimals':
    case 'ratioVerbs':
      return `Gross margin ${ratioChangePredicate(GROSS_MARGIN, MARGIN, PRIOR_MARGIN, 'the previous quarter', style)}`
    default:
      return assertNever(setting)
  }
}

function fullBelowExample(style: HouseStyle): string {
  if (style.fullBelow === 0)
    return `Every amount in millions: ${formatAmount(SMALL, 'money', style)}`
  const below = new Dec(style.fullBelow - 1)
  const at = new Dec(style.fullBelow)
  return `${formatAmount(below, 'money', style)} stays in full; $${groupThousands(at.toFixed(0))} reads ${formatAmount(at, 'money', style)}`
}
