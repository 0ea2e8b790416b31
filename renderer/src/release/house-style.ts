import { z } from 'zod'
import type { MeasureDefinition } from './measure-definition'
import type { ComparisonPair } from './measures'

/** How a comparison is worded. */
export const WORDING_STYLES = ['exact', 'bounded', 'approximate', 'relative'] as const
export type WordingStyle = (typeof WORDING_STYLES)[number]

export const WORDING_STYLE_LABELS: Readonly<Record<WordingStyle, string>> = {
  exact: 'Exact: "increased 19%"',
  bounded: 'Bounded: "increased by more than 50%"',
  approximate: 'Approximate: "increased approximately 19%"',
  relative: 'Relative: "were 19% ahead of"',
}

/** How negative amounts are written. */
export const NEGATIVE_STYLES = ['parenInside', 'parenOutside', 'words'] as const
export type NegativeStyle = (typeof NEGATIVE_STYLES)[number]

export const NEGATIVE_STYLE_LABELS: Readonly<Record<NegativeStyle, string>> = {
  parenInside: '$(168,000)',
  parenOutside: '($168,000)',
  words: 'a net loss of $168,000',
}

export const PER_SHARE_STYLES = ['leadingZero', 'noLeadingZero'] as const
export type PerShareStyle = (typeof PER_SHARE_STYLES)[number]

/** How a change in a ratio (a margin) is worded: "1.5 percentage points" or "150 basis points". */
export const RATIO_CHANGE_STYLES = ['percentagePoints', 'basisPoints'] as const
export type RatioChangeStyle = (typeof RATIO_CHANGE_STYLES)[number]

/** The verbs for a ratio that moved: "improved"/"declined", "increased"/"decreased" or "expanded"/"contracted". */
export const RATIO_VERB_STYLES = ['improved', 'increased', 'expanded'] as const
export type RatioVerbStyle = (typeof RATIO_VERB_STYLES)[number]

const wording = z.enum(WORDING_STYLES)

/** One measure's chosen wording per comparison; a comparison not stated takes the measure's default. */
const pairStyles = z
  .object({
    previousQuarter: wording.optional(),
    yearAgoQuarter: wording.optional(),
    yearAgoYearToDate: wording.optional(),
  })
  .strict()

/** The house style for numbers and comparisons, stored with the release. */
export const houseStyleSchema = z.object({
  /** Decimals of amounts written in millions: 1 gives "$5.6 million". */
  millionsDecimals: z.number().int().min(0).max(3).default(1),
  /** Amounts whose size is below this many dollars are written in full: "$168,000". */
  fullBelow: z.number().int().min(0).max(1_000_000_000).default(1_000_000),
  negative: z.enum(NEGATIVE_STYLES).default('parenInside'),
  perShare: z.enum(PER_SHARE_STYLES).default('leadingZero'),
  /** Decimals of percentages: 0 gives "19%". */
  percentDecimals: z.number().int().min(0).max(2).default(0),
  // The ratio settings are absent until the person changes them (`ratioStyle` gives their defaults),
  // so that a release saved before they existed is written back byte for byte.
  /** How a ratio's change is worded: percentage points when absent. */
  ratioChange: z.enum(RATIO_CHANGE_STYLES).optional(),
  /** Decimals of a ratio and of its change in percentage points: 1 (when absent) gives "31.5%" and "1.5 percentage points". */
  ratioDecimals: z.number().int().min(0).max(2).optional(),
  /** The verbs for a ratio that moved: "improved" or "declined" when absent. */
  ratioVerbs: z.enum(RATIO_VERB_STYLES).optional(),
  /** The word for revenue in generated sentences. */
  revenueWord: z.enum(['sales', 'revenue']).default('sales'),
  /** By measure id; a measure not named, or a comparison not stated, is worded as its definition says. */
  comparisons: z.record(z.string().regex(/^[a-z][A-Za-z0-9]{0,63}$/), pairStyles).default({}),
})
export type HouseStyle = z.output<typeof houseStyleSchema>

export const DEFAULT_HOUSE_STYLE: HouseStyle = houseStyleSchema.parse({})

/**
 * How a new release writes losses: in words, "a net loss of $1.3 million", since "a net loss of
 * $(1.3) million" reads as a double negative. A saved release that does not state its loss style
 * keeps the parentheses it was written with (houseStyleSchema's default), so its words never change.
 */
export const NEW_RELEASE_NEGATIVE: NegativeStyle = 'words'

/** The house style of a new release (a figures file's, say): what it does not state takes the new-release defaults. */
export const newReleaseStyleSchema = houseStyleSchema.extend({
  negative: z.enum(NEGATIVE_STYLES).default(NEW_RELEASE_NEGATIVE),
})

/** How a release words its ratios (margins). */
export interface RatioStyle {
  readonly ratioChange: RatioChangeStyle
  readonly ratioDecimals: number
  readonly ratioVerbs: RatioVerbStyle
}

export const DEFAULT_RATIO_STYLE: RatioStyle = {
  ratioChange: 'percentagePoints',
  ratioDecimals: 1,
  ratioVerbs: 'improved',
}

/** The ratio settings of a house style, with the defaults for those it does not state. */
export function ratioStyle(style: HouseStyle): RatioStyle {
  return {
    ratioChange: style.ratioChange ?? DEFAULT_RATIO_STYLE.ratioChange,
    ratioDecimals: style.ratioDecimals ?? DEFAULT_RATIO_STYLE.ratioDecimals,
    ratioVerbs: style.ratioVerbs ?? DEFAULT_RATIO_STYLE.ratioVerbs,
  }
}

/** The wording style chosen for one comparison. */
export function wordingStyleFor(
  style: HouseStyle,
  measure: MeasureDefinition,
  pair: ComparisonPair,
): WordingStyle {
  return style.comparisons[measure.id]?.[pair] ?? measure.defaultWording[pair]
}

/** The house style with one comparison's wording chosen. */
export function withWordingStyle(
  style: HouseStyle,
  measure: MeasureDefinition,
  pair: ComparisonPair,
  chosen: WordingStyle,
): HouseStyle {
  const current = style.comparisons[measure.id] ?? {}
  return { ...style, comparisons: { ...style.comparisons, [measure.id]: { ...current, [pair]: chosen } } }
}
