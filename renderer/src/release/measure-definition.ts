/**
 * What a measure is, said once. Every reader (schemas, grid, wording, template, checks, tie-outs,
 * exports) asks the definition and never names a measure by its id. The built-in catalogue is in
 * measure-catalogue.ts; a user's own measure is built from its file entry by userMeasure().
 */

/** A measure's id in files and in code: "revenue", "grossMargin", or a user's own "aerospaceRevenue". */
export type MeasureId = string

/** How a measure's amounts are written and compared. A ratio is a percent ("31.5" is 31.5%) whose change is worded in points. */
export const MEASURE_KINDS = ['money', 'perShare', 'count', 'ratio'] as const
export type MeasureKind = (typeof MEASURE_KINDS)[number]

/**
 * The words a release uses for one measure. Each entry is a regular-expression fragment, matched
 * case-insensitively on word boundaries; longer phrases are tried before shorter ones.
 */
export interface MeasureWords {
  /** Names that carry no sign: "sales", "net income (loss)", "diluted EPS". */
  readonly names: readonly string[]
  /** Names of the measure when it is a profit: "net income", "earnings per share". */
  readonly profitNames: readonly string[]
  /** Names of the measure when it is negative: "net loss", "loss per share", "deficit". */
  readonly lossNames: readonly string[]
}

/** The subject of a generated sentence about the measure, and whether it takes "were" or "was". */
export interface MeasureSubject {
  /** "net income", "gross profit", "gross margin". */
  readonly positive: string
  /** "net loss", "diluted loss per share"; null when a negative value keeps the positive name. */
  readonly negative: string | null
  readonly plural: boolean
  /** "sales" or "revenue" as the house style chooses (revenue only): the style's word wins over `positive`. */
  readonly followsRevenueWord: boolean
  /**
   * The subject when the measure swings between profit and loss, worded "results swung to a net
   * loss of … from a net income of …"; null when a swing is worded as an increase or a decrease.
   */
  readonly swing: string | null
}

/** A ratio computed from two measures: gross margin is gross profit ÷ revenue. */
export interface RatioParts {
  readonly numerator: MeasureId
  readonly denominator: MeasureId
}

/** The default wording of each comparison, before the house style changes it. */
export interface DefaultWording {
  readonly previousQuarter: 'exact' | 'bounded' | 'approximate' | 'relative'
  readonly yearAgoQuarter: 'exact' | 'bounded' | 'approximate' | 'relative'
  readonly yearAgoYearToDate: 'exact' | 'bounded' | 'approximate' | 'relative'
}

/**
 * The lines of a condensed statement a measure can fill, so a table template finds the release's
 * own figures for them rather than asking the person to type them again.
 */
export const STATEMENT_LINES = [
  'net-sales',
  'gross-profit',
  'operating-income',
  'net-income',
  'diluted-eps',
  'diluted-shares',
  'cash-and-equivalents',
] as const
export type StatementLine = (typeof STATEMENT_LINES)[number]

/** One measure, completely. */
export interface MeasureDefinition {
  readonly id: MeasureId
  readonly kind: MeasureKind
  /** The grid's row label: "Net income (loss)". */
  readonly label: string
  /** Where space is short (column heads, the Comparisons tab): "Net income". */
  readonly shortLabel: string
  /** The measure inside a finding's sentence: "net income (loss)". */
  readonly inMessages: string
  readonly words: MeasureWords
  readonly subject: MeasureSubject
  /** Whether a negative value is a loss that "narrowed" or "widened" (net loss, operating loss); sales never narrow. */
  readonly narrowsAndWidens: boolean
  /** Whether the quarters add up to the year to date. EPS, ratios, share counts and balances (backlog, cash) do not. */
  readonly additive: boolean
  /** Whether a release may state it with no reconciliation (Regulation G). */
  readonly gaap: boolean
  /** For a non-GAAP measure, the GAAP measure it reconciles to: adjusted EPS to diluted EPS. */
  readonly reconcilesTo: MeasureId | null
  /** For a segment or product line, the measure its segments add up to. */
  readonly parent: MeasureId | null
  /** For a child of a parent, whether it is the stated eliminations line (negative, between segments) rather than a segment. */
  readonly eliminations: boolean
  /** For a ratio that follows from two measures, the two. */
  readonly ratioOf: RatioParts | null
  /** For a per-share measure, the amount and the share count it divides: diluted EPS is net income ÷ diluted shares. */
  readonly perShareOf: { readonly amount: MeasureId; readonly shares: MeasureId } | null
  /** Whether a negative figure is a mistake: revenue, a share count, backlog and cash cannot be negative. */
  readonly nonNegative: boolean
  readonly defaultWording: DefaultWording
  /** Whether the standard template states it in the results paragraph when its figures are given. */
  readonly inResultsParagraph: boolean
  /** The statement line it fills in the table templates; absent for a measure no template line shows. */
  readonly statementLine?: StatementLine
}
