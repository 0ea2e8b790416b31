import { describe, expect, it } from 'vitest'
import { catalogueMeasure } from '../../../renderer/src/release/measure-catalogue'
import type { MeasureDefinition } from '../../../renderer/src/release/measure-definition'
import type { MeasureEntry } from '../../../renderer/src/release/measure-entry'
import { measureEntrySchema } from '../../../renderer/src/release/measure-entry'
import { userMeasure } from '../../../renderer/src/release/user-measure'

function builtIn(id: string): MeasureDefinition {
  const found = catalogueMeasure(id)
  if (found === undefined) throw new Error(`no catalogue measure ${id}`)
  return found
}

function defined(entry: MeasureEntry, parent?: MeasureDefinition): MeasureDefinition {
  const result = userMeasure(measureEntrySchema.parse(entry), parent)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

function errorOf(entry: MeasureEntry, parent?: MeasureDefinition): string {
  const result = userMeasure(measureEntrySchema.parse(entry), parent)
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(entry)}`)
  return result.error
}

type Group = 'names' | 'profitNames' | 'lossNames'

/** Which of a measure's word groups name the whole phrase, as the checker matches them: whole words, any case. */
function namedBy(definition: MeasureDefinition, phrase: string): Group[] {
  const groups: Group[] = ['names', 'profitNames', 'lossNames']
  return groups.filter((group) =>
    definition.words[group].some((fragment) => new RegExp(`^(?:${fragment})$`, 'i').test(phrase)),
  )
}

const revenue = builtIn('revenue')
const aerospace = defined(
  { id: 'aerospaceRevenue', name: 'Aerospace revenue', kind: 'money', parent: 'revenue' },
  revenue,
)

describe('a segment of revenue, from its name', () => {
  it('is named by the segment with each of revenue’s words, in the forms releases use', () => {
    for (const phrase of [
      'Aerospace revenue',
      'aerospace revenues',
      'Aerospace sales',
      'Aerospace net sales',
      'Aerospace segment revenue',
      'Aerospace segment’s sales',
      'Aerospace’s revenue',
      'revenue from the Aerospace segment',
      'revenue from our aerospace business',
      'sales in the Aerospace segment',
      'sales of Aerospace',
      'Aerospace segment',
    ])
      expect(namedBy(aerospace, phrase), phrase).toEqual(['names'])
  })

  it('is not named by revenue alone, by another segment or by another measure of the segment', () => {
    for (const phrase of ['revenue', 'sales', 'Industrial revenue', 'Aerospace operating income'])
      expect(namedBy(aerospace, phrase), phrase).toEqual([])
  })

  it('takes a hyphen or a space between the words of a name of several', () => {
    const products = defined(
      {
        id: 'emergingProducts',
        name: 'Emerging Products revenue',
        kind: 'money',
        parent: 'revenue',
      },
      revenue,
    )
    expect(namedBy(products, 'Emerging-Products revenue')).toEqual(['names'])
    expect(namedBy(products, 'emerging products revenue')).toEqual(['names'])
    expect(namedBy(products, 'Emerging revenue')).toEqual([])
  })

  it('keeps the user’s capitals in its subject and label, adds up, and is GAAP and worded exactly', () => {
    expect(aerospace).toMatchObject({
      label: 'Aerospace revenue',
      shortLabel: 'Aerospace revenue',
      inMessages: 'Aerospace revenue',
      subject: { positive: 'Aerospace revenue', negative: null, plural: false },
      kind: 'money',
      additive: true,
      gaap: true,
      reconcilesTo: null,
      parent: 'revenue',
      eliminations: false,
      narrowsAndWidens: false,
      defaultWording: {
        previousQuarter: 'exact',
        yearAgoQuarter: 'exact',
        yearAgoYearToDate: 'exact',
      },
    })
  })

  it('says “were” of a plural name', () => {
    const sales = defined(
      { id: 'animalHealthSales', name: 'Animal Health sales', kind: 'money', parent: 'revenue' },
      revenue,
    )
    expect(sales.subject.plural).toBe(true)
    expect(namedBy(sales, 'Animal Health revenue')).toEqual(['names'])
    expect(namedBy(sales, 'Animal Health sale')).toEqual(['names'])
  })
})

describe('a product line within a segment', () => {
  it('is named by its own name with the top measure’s words, not its segment’s', () => {
    const engines = defined(
      {
        id: 'aerospaceEngines',
        name: 'Aerospace engines revenue',
        kind: 'money',
        parent: 'aerospaceRevenue',
      },
      aerospace,
    )
    for (const phrase of [
      'Aerospace engines revenue',
      'Aerospace engines sales',
      'sales from the Aerospace engines business',
    ])
      expect(namedBy(engines, phrase), phrase).toEqual(['names'])
    expect(namedBy(engines, 'Aerospace revenue')).toEqual([])
    expect(engines.words.names.some((fragment) => /Aerospace.*Aerospace/.test(fragment))).toBe(
      false,
    )
  })
})

describe('a measure of one’s own with no parent', () => {
  it('writes its subject in lower case from a name typed in sentence case, keeping an acronym', () => {
    const intake = defined({ id: 'orderIntake', name: 'Order intake', kind: 'money' })
    expect(intake.subject.positive).toBe('order intake')
    expect(intake.inMessages).toBe('order intake')
    expect(intake.label).toBe('Order intake')
    expect(namedBy(intake, 'order intakes')).toEqual(['names'])
    const rpo = defined({ id: 'rpo', name: 'RPO', kind: 'money' })
    expect(rpo.subject.positive).toBe('RPO')
  })

  it('adds up for money and counts, never for per-share amounts or ratios', () => {
    const kinds = ['money', 'count', 'perShare', 'ratio'] as const
    const additive = kinds.map((kind) => defined({ id: 'own', name: 'Own measure', kind }).additive)
    expect(additive).toEqual([true, true, false, false])
  })

  it('narrows and widens when a money measure’s name says income, with its loss words', () => {
    const segmentIncome = defined({
      id: 'segmentIncome',
      name: 'Segment operating income (loss)',
      kind: 'money',
    })
    expect(segmentIncome.narrowsAndWidens).toBe(true)
    expect(segmentIncome.subject).toMatchObject({
      positive: 'segment operating income',
      negative: 'segment operating loss',
    })
    expect(namedBy(segmentIncome, 'segment operating income (loss)')).toEqual(['names'])
    expect(namedBy(segmentIncome, 'segment operating income')).toEqual(['profitNames'])
    expect(namedBy(segmentIncome, 'segment operating losses')).toEqual(['lossNames'])
    expect(defined({ id: 'units', name: 'Units shipped', kind: 'count' }).narrowsAndWidens).toBe(
      false,
    )
    expect(defined({ id: 'profitRate', name: 'Profit rate', kind: 'ratio' }).narrowsAndWidens).toBe(
      false,
    )
  })

  it('is non-GAAP when the entry says so, reconciling to the measure it names', () => {
    const adjusted = defined({
      id: 'adjustedOperatingIncome',
      name: 'Adjusted operating income',
      kind: 'money',
      gaap: false,
      reconcilesTo: 'operatingIncome',
    })
    expect(adjusted).toMatchObject({ gaap: false, reconcilesTo: 'operatingIncome' })
  })

  it('escapes the name’s own punctuation, so that “R&D (total)” is words, not a pattern', () => {
    const spend = defined({ id: 'rdSpend', name: 'R&D spend (total)', kind: 'money' })
    expect(namedBy(spend, 'R&D spend (total)')).toEqual(['names'])
    expect(namedBy(spend, 'R&D spend total')).toEqual([])
  })
})

describe('a catalogue measure named in the file', () => {
  it('is the built-in measure, renamed when the entry names it', () => {
    expect(defined({ id: 'grossProfit' })).toEqual(builtIn('grossProfit'))
    const renamed = defined({ id: 'grossProfit', name: 'Gross profit (margin dollars)' })
    expect(renamed.label).toBe('Gross profit (margin dollars)')
    // The new name says "gross profit", so the text's words for gross profit still mean it (renamed-measure.ts).
    expect(renamed.words.names).toEqual(expect.arrayContaining([...builtIn('grossProfit').words.names]))
    expect(renamed.subject.positive).toBe('gross profit (margin dollars)')
  })
})

describe('entries that cannot be a measure', () => {
  it('refuses a catalogue id given another kind, naming the field', () => {
    expect(errorOf({ id: 'grossMargin', kind: 'money' })).toBe(
      'Measure "grossMargin": field "kind" is "money", but "grossMargin" is the built-in gross margin, which is a ratio in percent. Remove "kind", or give the measure an id of its own.',
    )
  })

  it('refuses a segment of another kind than its parent', () => {
    expect(
      errorOf(
        { id: 'aerospaceEps', name: 'Aerospace EPS', kind: 'perShare', parent: 'revenue' },
        revenue,
      ),
    ).toBe(
      'Measure "aerospaceEps" (Aerospace EPS): field "kind" is "perShare", but its parent, revenue, is an amount of money; a segment is measured like the measure it is part of.',
    )
  })

  it('refuses an eliminations line without a parent', () => {
    expect(
      errorOf({ id: 'eliminations', name: 'Eliminations', kind: 'money', eliminations: true }),
    ).toMatch(
      /^Measure "eliminations" \(Eliminations\): field "eliminations" is set, but the measure has no "parent"/,
    )
  })

  it('refuses a parent the release does not list, and segments of what does not add up', () => {
    expect(
      errorOf({
        id: 'aerospaceRevenue',
        name: 'Aerospace revenue',
        kind: 'money',
        parent: 'revenue',
      }),
    ).toMatch(/field "parent" is "revenue", which is not one of the release's measures/)
    expect(
      errorOf(
        { id: 'aerospaceMargin', name: 'Aerospace margin', kind: 'ratio', parent: 'grossMargin' },
        builtIn('grossMargin'),
      ),
    ).toMatch(/a ratio in percent does not add up across segments/)
  })

  it('refuses a measure of one’s own with no name or no kind, and a segment named only as its parent', () => {
    expect(errorOf({ id: 'aerospaceRevenue', kind: 'money' })).toMatch(/field "name" is missing/)
    expect(errorOf({ id: 'aerospaceRevenue', name: 'Aerospace revenue' })).toMatch(
      /field "kind" is missing/,
    )
    expect(
      errorOf(
        { id: 'segmentRevenue', name: 'Net sales', kind: 'money', parent: 'revenue' },
        revenue,
      ),
    ).toMatch(/field "name" is only the name of its parent, revenue/)
  })

  it('refuses a name with no letters or digits, which the release could never use', () => {
    expect(errorOf({ id: 'dash', name: '- -', kind: 'money' })).toBe(
      'Measure "dash" (- -): field "name" has no letters or digits; give the name the release uses for it, such as "Aerospace revenue".',
    )
  })

  it('lets no entry say whether its figures add up: the kind decides', () => {
    const entry = { id: 'orderIntake', name: 'Order intake', kind: 'ratio', additive: true }
    expect(measureEntrySchema.safeParse(entry).success).toBe(false)
  })

  it('refuses a GAAP measure that says what it reconciles to', () => {
    expect(
      errorOf({ id: 'coreIncome', name: 'Core income', kind: 'money', reconcilesTo: 'netIncome' }),
    ).toMatch(/field "reconcilesTo" is for a non-GAAP measure, but this one is GAAP/)
  })
})

describe('an eliminations line', () => {
  it('is a child of the parent named by its own words, not a segment’s', () => {
    const eliminations = defined(
      {
        id: 'intersegmentEliminations',
        name: 'Intersegment eliminations',
        kind: 'money',
        parent: 'revenue',
        eliminations: true,
      },
      revenue,
    )
    expect(eliminations).toMatchObject({ parent: 'revenue', eliminations: true })
    expect(eliminations.subject).toMatchObject({
      positive: 'intersegment eliminations',
      plural: true,
    })
    expect(namedBy(eliminations, 'intersegment elimination')).toEqual(['names'])
  })
})
