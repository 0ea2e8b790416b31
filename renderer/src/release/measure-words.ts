import type { Measure } from './measures'

/**
 * The words a release uses for one measure. Each entry is a regular-expression fragment, matched
 * case-insensitively on word boundaries; longer phrases are tried before shorter ones.
 */
export interface MeasureWords {
  /** Names that carry no sign: "sales", "net income (loss)", "diluted EPS". */
  readonly names: readonly string[]
  /** Names of the measure when it is a profit: "net income", "earnings per share". */
  readonly profitNames: readonly string[]
  /** Names of the measure when it is a loss: "net loss", "loss per share". */
  readonly lossNames: readonly string[]
  /** Whether "narrowed" and "widened" speak of this measure (a loss narrows; sales do not). */
  readonly narrowsAndWidens: boolean
  /** The measure in a sentence of a message: "revenue", "net income (loss)". */
  readonly inMessages: string
}

/**
 * One definition per measure. A new measure (gross profit, operating income, a segment) is one
 * more entry: the checks build their reading of the text from this table.
 */
export const MEASURE_WORDS: Readonly<Record<Measure, MeasureWords>> = {
  revenue: {
    names: [String.raw`(?:net\s+)?(?:sales|revenues?)`, String.raw`top[\s-]line`],
    profitNames: [],
    lossNames: [],
    narrowsAndWidens: false,
    inMessages: 'revenue',
  },
  netIncome: {
    names: [String.raw`net\s+(?:income|earnings)\s*\(loss\)`, String.raw`net\s+results?`],
    profitNames: [
      String.raw`net\s+(?:income|earnings|profits?)`,
      String.raw`earnings`,
      String.raw`profits?`,
      String.raw`bottom[\s-]line`,
    ],
    lossNames: [String.raw`net\s+loss(?:es)?`, String.raw`loss(?:es)?`],
    narrowsAndWidens: true,
    inMessages: 'net income (loss)',
  },
  dilutedEps: {
    names: [
      String.raw`(?:(?:diluted|basic)\s+)?EPS`,
      String.raw`(?:(?:diluted|basic)\s+)?(?:net\s+)?(?:earnings|income)\s*\(loss\)\s+per\s+(?:(?:diluted|basic|common)\s+)*share`,
      String.raw`per[\s-](?:(?:diluted|basic)\s+)?share\s+(?:results?|amounts?)`,
      String.raw`per\s+(?:(?:diluted|basic|common)\s+)*share`,
    ],
    profitNames: [
      String.raw`(?:(?:diluted|basic)\s+)?(?:net\s+)?(?:earnings|income|profit)\s+per\s+(?:(?:diluted|basic|common)\s+)*share`,
    ],
    lossNames: [
      String.raw`(?:(?:diluted|basic)\s+)?(?:net\s+)?loss\s+per\s+(?:(?:diluted|basic|common)\s+)*share`,
    ],
    narrowsAndWidens: true,
    inMessages: 'diluted EPS',
  },
  dilutedShares: {
    names: [
      String.raw`(?:weighted[\s-]+(?:average\s+)?)?(?:(?:diluted|common)\s+)*shares(?:\s+outstanding)?`,
    ],
    profitNames: [],
    lossNames: [],
    narrowsAndWidens: false,
    inMessages: 'diluted shares',
  },
}

/**
 * Words that make a subject a part or a variant of a measure, never the total the release
 * reports: "organic sales", "adjusted EPS", "net sales from continuing operations".
 */
export const PART_WORDS_BEFORE = String.raw`organic|comparable(?:[\s-]+stores?)?|same[\s-]+stores?|like[\s-]+for[\s-]+like|core|underlying|constant[\s-]+currency|currency[\s-]+neutral|adjusted|non-?GAAP|pro[\s-]+forma|normalized|recurring|operating|gross|segment|divisional|international|domestic|foreign|product|service|services|license|subscription|hardware|software|systems?|retail|wholesale|online|store|merchandise|export|military|aerospace|medical|industrial|commercial|consumer|government|defense|automotive|internal|external|backlog|bookings|unit|units|pretax|pre-?tax|segment|North\s+American|European|Asian|U\.S\.|US`

/** Words after a measure that make it a part: "sales to the aerospace sector", "EPS excluding charges". */
export const PART_WORDS_AFTER = String.raw`(?:from|of|in|to|for|by)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w&'-]+\s+){0,4}?(?:sectors?|segments?|markets?|divisions?|customers?|business(?:es)?|units?|products?|lines?|regions?|channels?|industr(?:y|ies)|services|stores?|operations|brands?|countries|geograph(?:y|ies))|from\s+continuing\s+operations|from\s+discontinued\s+operations|(?:,\s*)?(?:excluding|before|ex-|exclusive\s+of|net\s+of|adjusted\s+for|on\s+an?\s+(?:non-?GAAP|pro\s+forma|constant[\s-]+currency|comparable|adjusted|organic|apples[\s-]+to[\s-]+apples|like[\s-]+for[\s-]+like))`
