import { describe, expect, it } from 'vitest'
import {
  segmentSubject,
  subjectWords,
} from '../../../../renderer/src/release/checks/claims/segment-subject'
import { MEASURE_CATALOGUE } from '../../../../renderer/src/release/measure-catalogue'
import type { MeasureDefinition } from '../../../../renderer/src/release/measure-definition'
import type { MeasureEntry } from '../../../../renderer/src/release/measure-entry'
import { userMeasure } from '../../../../renderer/src/release/user-measure'

const CATALOGUE = MEASURE_CATALOGUE

function parentOf(id: string, measures: readonly MeasureDefinition[]): MeasureDefinition {
  const found = measures.find((entry) => entry.id === id)
  if (found === undefined) throw new Error(`no measure ${id}`)
  return found
}

/** The release's measures: the catalogue and the user's own, each child after its parent. */
function release(...entries: MeasureEntry[]): readonly MeasureDefinition[] {
  return entries.reduce<readonly MeasureDefinition[]>((measures, entry) => {
    const parent = entry.parent === undefined ? undefined : parentOf(entry.parent, measures)
    const result = userMeasure(entry, parent)
    if (!result.ok) throw new Error(result.error)
    return [...measures, result.value]
  }, CATALOGUE)
}

const segment = (id: string, name: string, parent = 'revenue'): MeasureEntry => ({
  id,
  name,
  kind: 'money',
  parent,
})

/** The subject words around the measure word `word` (its `nth` occurrence) in a sentence, as the reader cuts them. */
function around(sentence: string, word: string, nth = 0): string {
  let start = -1
  for (let seen = 0; seen <= nth; seen += 1) start = sentence.indexOf(word, start + 1)
  if (start < 0) throw new Error(`no "${word}" in ${sentence}`)
  return subjectWords(sentence, { start, end: start + word.length })
}

const idOf = (words: string, measures: readonly MeasureDefinition[]): string | null =>
  segmentSubject(words, measures)?.id ?? null

const AEROSPACE = release(
  segment('aerospaceRevenue', 'Aerospace revenue'),
  segment('industrialRevenue', 'Industrial revenue'),
)

describe('a claim’s subject that names a segment the release has', () => {
  it('reads the forms the issue names', () => {
    expect(idOf(around('Aerospace revenue rose 12% to $45.2 million.', 'revenue'), AEROSPACE)).toBe(
      'aerospaceRevenue',
    )
    expect(idOf(around('Sales in the Aerospace segment rose 12%.', 'Sales'), AEROSPACE)).toBe(
      'aerospaceRevenue',
    )
    expect(
      idOf(around('Revenue from our aerospace business grew 12%.', 'Revenue'), AEROSPACE),
    ).toBe('aerospaceRevenue')
    expect(idOf(around('Industrial sales fell 3%.', 'sales'), AEROSPACE)).toBe('industrialRevenue')
  })

  it('reads RealNetworks’ segments, named before the measure word after a percent', () => {
    const measures = release(
      segment('emergingProducts', 'Emerging Products revenue'),
      segment('coreProducts', 'Core Products revenue'),
      segment('games', 'Games revenue'),
    )
    const sentence =
      'Revenue trends in each of RealNetworks\u2019 businesses in the fourth quarter of 2011 compared with the year-earlier quarter were: a 5% decrease in Emerging Products revenue to $12.0 million, a 20% decrease in Core Products revenue to $46.7 million and a 21% decrease in Games revenue to $21.6 million.'
    expect(around(sentence, 'revenue', 0)).toBe('Emerging Products revenue to')
    expect(idOf(around(sentence, 'revenue', 0), measures)).toBe('emergingProducts')
    expect(idOf(around(sentence, 'revenue', 1), measures)).toBe('coreProducts')
    expect(idOf(around(sentence, 'revenue', 2), measures)).toBe('games')
    // "Revenue trends in each of RealNetworks’ businesses" names no one segment.
    expect(idOf(around(sentence, 'Revenue'), measures)).toBeNull()
  })

  it('reads EasyLink’s segments, named after the period of the figure', () => {
    const measures = release(
      segment('onDemandMessaging', 'On Demand Messaging revenue'),
      segment('supplyChainMessaging', 'Supply Chain Messaging revenue'),
    )
    const quarter =
      'Revenue for the second quarter of fiscal 2009 from On Demand Messaging, which includes fax, production messaging, document capture and management and e-mail services, was approximately $10.4 million, with a 70% gross margin and represented 50% of total consolidated revenue.'
    const sixMonths =
      'Revenue for the six-month period ended January 31, 2009 from the Supply Chain Messaging segment was approximately $22.0 million, with a 73.8% gross margin and represented 50.5% of total consolidated revenue.'
    expect(idOf(around(quarter, 'Revenue'), measures)).toBe('onDemandMessaging')
    expect(idOf(around(sixMonths, 'Revenue'), measures)).toBe('supplyChainMessaging')
    // "… of total consolidated revenue" is the total, not a segment.
    expect(idOf(around(quarter, 'revenue'), measures)).toBeNull()
    const total =
      'The year-over-year quarterly decrease in revenue of approximately $2.8 million resulted from decreased volumes, principally from our Supply Chain Messaging segment, and the devaluation of the British pound to the United States dollar.'
    expect(idOf(around(total, 'revenue'), measures)).toBeNull()
  })

  it('reads MTS’s “record revenue quarter for our Sensors business”', () => {
    const measures = release(
      segment('sensors', 'Sensors revenue'),
      segment('test', 'Test & Simulation revenue'),
    )
    const sentence =
      '\u201cWe once again delivered a solid performance on all major financial metrics, delivering top-line growth of almost 20% reflecting another record revenue quarter for our Sensors business, its eighth-consecutive quarter.'
    expect(idOf(around(sentence, 'revenue'), measures)).toBe('sensors')
    expect(idOf(around(sentence, 'top-line'), measures)).toBeNull()
  })
})

describe('a product line within a segment', () => {
  it('is told from its segment', () => {
    const measures = release(
      segment('aerospaceRevenue', 'Aerospace revenue'),
      segment('aerospaceEngines', 'Aerospace engines revenue', 'aerospaceRevenue'),
    )
    expect(idOf('Sales in the Aerospace engines segment rose 4%', measures)).toBe(
      'aerospaceEngines',
    )
    expect(idOf('Aerospace engines sales rose 4%', measures)).toBe('aerospaceEngines')
    expect(idOf('Aerospace sales rose 4%', measures)).toBe('aerospaceRevenue')
  })
})

describe('sentences about the total name no segment', () => {
  it('leaves the total alone whatever segments the release has', () => {
    for (const [sentence, word] of [
      ['Sales fell 15.6% to $9.2 million.', 'Sales'],
      ['Second quarter sales were 21% ahead of the same quarter in fiscal 2005.', 'sales'],
      ['Net sales for the fourth quarter of 2008 increased 5.7% to $619.4 million.', 'sales'],
      ['Total revenue for the aerospace industry rose.', 'revenue'],
      ['Sales to aerospace customers rose 8%.', 'Sales'],
      ['Aerospace market sales rose 8%.', 'sales'],
    ] as const)
      expect(idOf(around(sentence, word), AEROSPACE), sentence).toBeNull()
  })
})

describe('a subject that stays a part of the total, left alone', () => {
  it('when the release has no such segment', () => {
    expect(idOf(around('Aerospace revenue rose 12%.', 'revenue'), CATALOGUE)).toBeNull()
    expect(idOf(around('Defense revenue rose 12%.', 'revenue'), AEROSPACE)).toBeNull()
    expect(idOf(around('Revenue rose 12%.', 'Revenue'), AEROSPACE)).toBeNull()
  })

  it('when the words give a variant of the segment’s figure: Patterson’s “segment internal sales”', () => {
    const measures = release(
      segment('animalHealth', 'Animal Health sales'),
      segment('dental', 'Dental sales'),
    )
    const sentence =
      'Animal Health segment internal sales increased 4.1 percent, representing continued strong performance in both Companion Animal and Production Animal businesses.'
    expect(around(sentence, 'sales')).toBe('Animal Health segment internal sales')
    expect(idOf(around(sentence, 'sales'), measures)).toBeNull()
    expect(idOf('Animal Health segment sales increased 4.1 percent', measures)).toBe('animalHealth')
    expect(idOf('organic Dental sales', measures)).toBeNull()
  })

  it('when the words name another metric of the segment', () => {
    expect(idOf('Aerospace segment operating income rose 5%', AEROSPACE)).toBeNull()
    expect(idOf('Aerospace gross margin', AEROSPACE)).toBeNull()
    // "from Aerospace" names the segment's revenue only beside a word for revenue.
    expect(idOf('The contribution from Aerospace rose 5%', AEROSPACE)).toBeNull()
    expect(idOf('Sales for the quarter from Aerospace rose 5%', AEROSPACE)).toBe('aerospaceRevenue')
  })

  it('when the words name two segments equally well, and not when one of them is named in full', () => {
    const both = release(
      segment('aerospaceRevenue', 'Aerospace revenue'),
      segment('aerospaceOperatingIncome', 'Aerospace operating income', 'operatingIncome'),
    )
    expect(idOf('The Aerospace segment grew 12%', both)).toBeNull()
    expect(idOf('The Aerospace segment grew 12%', AEROSPACE)).toBe('aerospaceRevenue')
    expect(idOf('Aerospace segment operating income rose 5%', both)).toBe(
      'aerospaceOperatingIncome',
    )
    expect(idOf('Aerospace segment revenue rose 5%', both)).toBe('aerospaceRevenue')
    expect(idOf('Operating loss in the Aerospace segment narrowed', both)).toBe(
      'aerospaceOperatingIncome',
    )
  })
})
