import type { DefaultWording, MeasureDefinition, MeasureId } from './measure-definition'

const EXACT: DefaultWording = {
  previousQuarter: 'exact',
  yearAgoQuarter: 'exact',
  yearAgoYearToDate: 'exact',
}

const BASE = {
  narrowsAndWidens: false,
  additive: true,
  gaap: true,
  reconcilesTo: null,
  parent: null,
  eliminations: false,
  ratioOf: null,
  perShareOf: null,
  nonNegative: false,
  defaultWording: EXACT,
  inResultsParagraph: false,
} as const

const PER_SHARE = String.raw`per\s+(?:(?:diluted|basic|common)\s+)*share`

/**
 * The measures a release can report without the person defining them. The first four are the
 * ones every version-1 file has, in this order.
 */
export const MEASURE_CATALOGUE: readonly MeasureDefinition[] = [
  {
    ...BASE,
    id: 'revenue',
    statementLine: 'net-sales',
    kind: 'money',
    label: 'Revenue',
    shortLabel: 'Revenue',
    inMessages: 'revenue',
    words: {
      names: [String.raw`(?:net\s+)?(?:sales|revenues?)`, String.raw`top[\s-]line`],
      profitNames: [],
      lossNames: [],
    },
    subject: {
      positive: 'revenue',
      negative: null,
      plural: false,
      followsRevenueWord: true,
      swing: null,
    },
    // As the seed release words sales: "increased by more than 50% from the previous quarter and were 19% ahead of …".
    defaultWording: {
      previousQuarter: 'bounded',
      yearAgoQuarter: 'relative',
      yearAgoYearToDate: 'exact',
    },
    inResultsParagraph: true,
    nonNegative: true,
  },
  {
    ...BASE,
    id: 'netIncome',
    statementLine: 'net-income',
    kind: 'money',
    label: 'Net income (loss)',
    shortLabel: 'Net income',
    inMessages: 'net income (loss)',
    words: {
      names: [String.raw`net\s+(?:income|earnings)\s*\(loss\)`, String.raw`net\s+results?`],
      profitNames: [
        String.raw`net\s+(?:income|earnings|profits?)`,
        String.raw`earnings`,
        String.raw`profits?`,
        String.raw`bottom[\s-]line`,
      ],
      lossNames: [String.raw`net\s+loss(?:es)?`, String.raw`loss(?:es)?`],
    },
    subject: {
      positive: 'net income',
      negative: 'net loss',
      plural: false,
      followsRevenueWord: false,
      swing: 'results',
    },
    narrowsAndWidens: true,
    inResultsParagraph: true,
  },
  {
    ...BASE,
    id: 'dilutedEps',
    statementLine: 'diluted-eps',
    kind: 'perShare',
    label: 'Diluted EPS',
    shortLabel: 'Diluted EPS',
    inMessages: 'diluted EPS',
    words: {
      names: [
        String.raw`(?:(?:diluted|basic)\s+)?EPS`,
        String.raw`(?:(?:diluted|basic)\s+)?(?:net\s+)?(?:earnings|income)\s*\(loss\)\s+${PER_SHARE}`,
        String.raw`per[\s-](?:(?:diluted|basic)\s+)?share\s+(?:results?|amounts?)`,
        PER_SHARE,
      ],
      profitNames: [
        String.raw`(?:(?:diluted|basic)\s+)?(?:net\s+)?(?:earnings|income|profit)\s+${PER_SHARE}`,
      ],
      lossNames: [String.raw`(?:(?:diluted|basic)\s+)?(?:net\s+)?loss\s+${PER_SHARE}`],
    },
    subject: {
      positive: 'diluted earnings per share',
      negative: 'diluted loss per share',
      plural: false,
      followsRevenueWord: false,
      swing: null,
    },
    narrowsAndWidens: true,
    additive: false,
    inResultsParagraph: true,
    perShareOf: { amount: 'netIncome', shares: 'dilutedShares' },
  },
  {
    ...BASE,
    id: 'dilutedShares',
    statementLine: 'diluted-shares',
    kind: 'count',
    label: 'Weighted diluted shares',
    shortLabel: 'Diluted shares',
    inMessages: 'diluted shares',
    words: {
      names: [
        String.raw`(?:weighted[\s-]+(?:average\s+)?)?(?:(?:diluted|common)\s+)*shares(?:\s+outstanding)?`,
      ],
      profitNames: [],
      lossNames: [],
    },
    subject: {
      positive: 'weighted diluted shares',
      negative: null,
      plural: true,
      followsRevenueWord: false,
      swing: null,
    },
    additive: false,
    nonNegative: true,
  },
  {
    ...BASE,
    id: 'grossProfit',
    statementLine: 'gross-profit',
    kind: 'money',
    label: 'Gross profit',
    shortLabel: 'Gross profit',
    inMessages: 'gross profit',
    words: {
      names: [String.raw`gross\s+(?:profits?|income)`],
      profitNames: [],
      lossNames: [String.raw`gross\s+loss(?:es)?`],
    },
    subject: {
      positive: 'gross profit',
      negative: 'gross loss',
      plural: false,
      followsRevenueWord: false,
      swing: null,
    },
  },
  {
    ...BASE,
    id: 'grossMargin',
    kind: 'ratio',
    label: 'Gross margin (%)',
    shortLabel: 'Gross margin',
    inMessages: 'gross margin',
    words: {
      names: [
        String.raw`gross\s+(?:profit\s+)?margins?`,
        String.raw`gross\s+profit\s+(?:percentage|rate)`,
      ],
      profitNames: [],
      lossNames: [],
    },
    subject: {
      positive: 'gross margin',
      negative: null,
      plural: false,
      followsRevenueWord: false,
      swing: null,
    },
    additive: false,
    ratioOf: { numerator: 'grossProfit', denominator: 'revenue' },
  },
  {
    ...BASE,
    id: 'operatingIncome',
    statementLine: 'operating-income',
    kind: 'money',
    label: 'Operating income (loss)',
    shortLabel: 'Operating income',
    inMessages: 'operating income (loss)',
    words: {
      names: [
        String.raw`operating\s+(?:income|earnings|profit)\s*\(loss\)`,
        String.raw`operating\s+results?`,
      ],
      profitNames: [
        String.raw`operating\s+(?:income|earnings|profits?)`,
        String.raw`income\s+from\s+operations`,
      ],
      lossNames: [String.raw`operating\s+loss(?:es)?`, String.raw`loss\s+from\s+operations`],
    },
    subject: {
      positive: 'operating income',
      negative: 'operating loss',
      plural: false,
      followsRevenueWord: false,
      swing: 'operating results',
    },
    narrowsAndWidens: true,
  },
  {
    ...BASE,
    id: 'operatingMargin',
    kind: 'ratio',
    label: 'Operating margin (%)',
    shortLabel: 'Operating margin',
    inMessages: 'operating margin',
    words: {
      names: [String.raw`operating\s+(?:profit\s+|income\s+)?margins?`],
      profitNames: [],
      lossNames: [],
    },
    subject: {
      positive: 'operating margin',
      negative: null,
      plural: false,
      followsRevenueWord: false,
      swing: null,
    },
    additive: false,
    ratioOf: { numerator: 'operatingIncome', denominator: 'revenue' },
  },
  {
    ...BASE,
    id: 'incomeFromContinuingOperations',
    kind: 'money',
    label: 'Income (loss) from continuing operations',
    shortLabel: 'Continuing operations',
    inMessages: 'income (loss) from continuing operations',
    words: {
      names: [
        String.raw`(?:net\s+)?(?:income|earnings)\s*\(loss\)\s+from\s+continuing\s+operations`,
      ],
      profitNames: [
        String.raw`(?:net\s+)?(?:income|earnings|profits?)\s+from\s+continuing\s+operations`,
      ],
      lossNames: [String.raw`(?:net\s+)?loss(?:es)?\s+from\s+continuing\s+operations`],
    },
    subject: {
      positive: 'income from continuing operations',
      negative: 'loss from continuing operations',
      plural: false,
      followsRevenueWord: false,
      swing: 'results from continuing operations',
    },
    narrowsAndWidens: true,
  },
  {
    ...BASE,
    id: 'ebitda',
    kind: 'money',
    label: 'EBITDA',
    shortLabel: 'EBITDA',
    inMessages: 'EBITDA',
    words: { names: [String.raw`EBITDA`], profitNames: [], lossNames: [] },
    subject: {
      positive: 'EBITDA',
      negative: null,
      plural: false,
      followsRevenueWord: false,
      swing: null,
    },
    gaap: false,
    reconcilesTo: 'netIncome',
  },
  {
    ...BASE,
    id: 'adjustedEbitda',
    kind: 'money',
    label: 'Adjusted EBITDA',
    shortLabel: 'Adjusted EBITDA',
    inMessages: 'adjusted EBITDA',
    words: { names: [String.raw`adjusted\s+EBITDA`], profitNames: [], lossNames: [] },
    subject: {
      positive: 'adjusted EBITDA',
      negative: null,
      plural: false,
      followsRevenueWord: false,
      swing: null,
    },
    gaap: false,
    reconcilesTo: 'netIncome',
  },
  {
    ...BASE,
    id: 'adjustedNetIncome',
    kind: 'money',
    label: 'Adjusted net income (loss)',
    shortLabel: 'Adjusted net income',
    inMessages: 'adjusted net income (loss)',
    words: {
      names: [String.raw`(?:adjusted|non-?GAAP)\s+net\s+(?:income|earnings)\s*\(loss\)`],
      profitNames: [String.raw`(?:adjusted|non-?GAAP)\s+net\s+(?:income|earnings)`],
      lossNames: [String.raw`(?:adjusted|non-?GAAP)\s+net\s+loss`],
    },
    subject: {
      positive: 'adjusted net income',
      negative: 'adjusted net loss',
      plural: false,
      followsRevenueWord: false,
      swing: 'adjusted results',
    },
    narrowsAndWidens: true,
    gaap: false,
    reconcilesTo: 'netIncome',
  },
  {
    ...BASE,
    id: 'adjustedDilutedEps',
    kind: 'perShare',
    label: 'Adjusted diluted EPS',
    shortLabel: 'Adjusted EPS',
    inMessages: 'adjusted diluted EPS',
    words: {
      names: [
        String.raw`(?:adjusted|non-?GAAP)\s+(?:(?:diluted|basic)\s+)?EPS`,
        String.raw`(?:adjusted|non-?GAAP)\s+(?:(?:diluted|basic)\s+)?(?:net\s+)?(?:earnings|income)\s*\(loss\)\s+${PER_SHARE}`,
      ],
      profitNames: [
        String.raw`(?:adjusted|non-?GAAP)\s+(?:(?:diluted|basic)\s+)?(?:net\s+)?(?:earnings|income)\s+${PER_SHARE}`,
      ],
      lossNames: [
        String.raw`(?:adjusted|non-?GAAP)\s+(?:(?:diluted|basic)\s+)?(?:net\s+)?loss\s+${PER_SHARE}`,
      ],
    },
    subject: {
      positive: 'adjusted diluted earnings per share',
      negative: 'adjusted diluted loss per share',
      plural: false,
      followsRevenueWord: false,
      swing: null,
    },
    narrowsAndWidens: true,
    additive: false,
    gaap: false,
    reconcilesTo: 'dilutedEps',
    perShareOf: { amount: 'adjustedNetIncome', shares: 'dilutedShares' },
  },
  {
    ...BASE,
    id: 'backlog',
    kind: 'money',
    label: 'Backlog',
    shortLabel: 'Backlog',
    inMessages: 'backlog',
    words: { names: [String.raw`(?:order\s+)?backlog`], profitNames: [], lossNames: [] },
    subject: {
      positive: 'backlog',
      negative: null,
      plural: false,
      followsRevenueWord: false,
      swing: null,
    },
    additive: false,
    nonNegative: true,
  },
  {
    ...BASE,
    id: 'cashAndEquivalents',
    statementLine: 'cash-and-equivalents',
    kind: 'money',
    label: 'Cash and equivalents',
    shortLabel: 'Cash',
    inMessages: 'cash and equivalents',
    words: {
      names: [
        String.raw`cash(?:,)?\s+(?:and\s+)?(?:cash\s+)?equivalents(?:\s+and\s+(?:short-term\s+)?investments)?`,
        String.raw`cash`,
      ],
      profitNames: [],
      lossNames: [],
    },
    subject: {
      positive: 'cash and equivalents',
      negative: null,
      plural: true,
      followsRevenueWord: false,
      swing: null,
    },
    additive: false,
    nonNegative: true,
  },
]

/** The catalogue measure with this id, or undefined for a user's own. */
export function catalogueMeasure(id: MeasureId): MeasureDefinition | undefined {
  return MEASURE_CATALOGUE.find((definition) => definition.id === id)
}

/** The measures of every version-1 file, in their order: revenue, net income, diluted EPS and diluted shares. */
export const VERSION_1_MEASURES: readonly MeasureId[] = [
  'revenue',
  'netIncome',
  'dilutedEps',
  'dilutedShares',
]

/** The definition of a measure every release has (revenue, net income, diluted EPS, diluted shares). */
export function builtInMeasure(id: MeasureId): MeasureDefinition {
  const definition = catalogueMeasure(id)
  // Only reachable by a programming error: the four measures of version 1 are always in the catalogue.
  if (definition === undefined) throw new Error(`The measure "${id}" is not in the catalogue.`)
  return definition
}
