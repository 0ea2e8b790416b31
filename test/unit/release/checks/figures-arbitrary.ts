import fc from 'fast-check'
import { toIsoDate } from '../../../../renderer/src/release/calendar-date'
import { Dec, roundHalfUp } from '../../../../renderer/src/release/decimal'
import type { FiguresFile } from '../../../../renderer/src/release/figures-file'
import { quarterEndDate } from '../../../../renderer/src/release/fiscal-calendar'
import type { QuarterNumber } from '../../../../renderer/src/release/fiscal-calendar'
import {
  houseStyleSchema,
  NEGATIVE_STYLES,
  PER_SHARE_STYLES,
  WORDING_STYLES,
} from '../../../../renderer/src/release/house-style'
import type { FigureRow } from '../../../../renderer/src/release/figures-schema'
import { v1Figures } from '../../../support/figure-rows'

type Row = FigureRow

const money = fc.oneof(
  fc.integer({ min: 0, max: 2_000 }),
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.integer({ min: 0, max: 20_000_000_000 }),
)
const signedMoney = fc
  .tuple(money, fc.boolean())
  .map(([value, negative]) => (negative ? -value : value))
const shares = fc.oneof(
  fc.integer({ min: 1, max: 3000 }),
  fc.integer({ min: 100_000, max: 20_000_000 }),
  fc.integer({ min: 1, max: 500_000_000 }),
)
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.option(arbitrary, { nil: null, freq: 4 })

/** Figures that tie out, as a finance team sends them: the year to date includes the quarter, EPS is income over shares. */
export const tiedOutFiguresFile = fc
  .record({
    quarter: fc.constantFrom<QuarterNumber>(1, 2, 3, 4),
    fiscalYear: fc.integer({ min: 1990, max: 2040 }),
    fiscalYearEndMonth: fc.integer({ min: 1, max: 12 }),
    revenue: fc.tuple(
      money.filter((value) => value > 0),
      maybe(money),
      money,
      money,
      money,
    ),
    income: fc.tuple(signedMoney, maybe(signedMoney), maybe(signedMoney), signedMoney, signedMoney),
    shares: fc.tuple(shares, maybe(shares), maybe(shares), maybe(shares)),
    style: fc.record({
      negative: fc.constantFrom(...NEGATIVE_STYLES),
      perShare: fc.constantFrom(...PER_SHARE_STYLES),
      percentDecimals: fc.integer({ min: 0, max: 2 }),
      millionsDecimals: fc.integer({ min: 0, max: 3 }),
      fullBelow: fc.constantFrom(0, 1000, 1_000_000, 10_000_000),
      revenueWord: fc.constantFrom('sales' as const, 'revenue' as const),
      previousQuarter: fc.constantFrom(...WORDING_STYLES),
      yearAgoQuarter: fc.constantFrom(...WORDING_STYLES),
    }),
  })
  .map((input): FiguresFile => {
    const { quarter } = input
    const str = (value: number | null): string | null => (value === null ? null : String(value))
    const [revQ, revPrev, revYearAgo, revRest, revYearAgoRest] = input.revenue
    const [incQ, incPrev, incYearAgo, incRest, incYearAgoRest] = input.income
    // At Q1 the year to date is the quarter (derived); at Q2 it is the quarter plus the previous one.
    const toDate = (current: number, previous: number | null, rest: number): number | null =>
      quarter === 1
        ? null
        : quarter === 2
          ? previous === null
            ? null
            : current + previous
          : current + (previous ?? 0) + rest
    const revenue: Row = {
      quarter: str(revQ),
      previousQuarter: str(revPrev),
      yearAgoQuarter: str(revYearAgo),
      yearToDate: str(toDate(revQ, revPrev, revRest)),
      yearAgoYearToDate: quarter === 1 ? null : str(revYearAgo + revYearAgoRest),
    }
    const netIncome: Row = {
      quarter: str(incQ),
      previousQuarter: str(incPrev),
      yearAgoQuarter: str(incYearAgo),
      yearToDate: str(toDate(incQ, incPrev, incRest)),
      yearAgoYearToDate:
        quarter === 1 || incYearAgo === null ? null : str(incYearAgo + incYearAgoRest),
    }
    const [sharesQ, sharesYearAgo, sharesToDate, sharesYearAgoToDate] = input.shares
    const epsOf = (income: string | null, count: number | null): string | null =>
      income === null || count === null
        ? null
        : roundHalfUp(new Dec(income).dividedBy(count), 2).toFixed(2)
    const dilutedShares: Row = {
      quarter: str(sharesQ),
      previousQuarter: null,
      yearAgoQuarter: str(sharesYearAgo),
      yearToDate: quarter === 1 ? null : str(sharesToDate),
      yearAgoYearToDate: quarter === 1 ? null : str(sharesYearAgoToDate),
    }
    const dilutedEps: Row = {
      quarter: epsOf(netIncome.quarter, sharesQ),
      previousQuarter: null,
      yearAgoQuarter: epsOf(netIncome.yearAgoQuarter, sharesYearAgo),
      yearToDate: quarter === 1 ? null : epsOf(netIncome.yearToDate, sharesToDate),
      yearAgoYearToDate:
        quarter === 1 ? null : epsOf(netIncome.yearAgoYearToDate, sharesYearAgoToDate),
    }
    const end = quarterEndDate(quarter, input.fiscalYear, input.fiscalYearEndMonth)
    const release = new Date(Date.UTC(end.year, end.month - 1, end.day + 20))
    const { style } = input
    return {
      company: {
        name: 'IEC Electronics Corp.',
        shortName: 'IEC',
        ticker: 'IECE.OB',
        addressLines: ['105 Norton Street'],
        datelineCity: 'Newark, NY',
        phone: '(315) 331-7742',
        fax: '',
        web: 'www.iec-electronics.com',
        logo: null,
      },
      fiscalYear: input.fiscalYear,
      quarter,
      fiscalYearEndMonth: input.fiscalYearEndMonth,
      periodEnd: null,
      releaseDate: toIsoDate({
        year: release.getUTCFullYear(),
        month: release.getUTCMonth() + 1,
        day: release.getUTCDate(),
      }),
      figures: v1Figures({ revenue, netIncome, dilutedEps, dilutedShares }),
      style: houseStyleSchema.parse({
        negative: style.negative,
        perShare: style.perShare,
        percentDecimals: style.percentDecimals,
        millionsDecimals: style.millionsDecimals,
        fullBelow: style.fullBelow,
        revenueWord: style.revenueWord,
        comparisons: {
          revenue: { previousQuarter: style.previousQuarter, yearAgoQuarter: style.yearAgoQuarter },
        },
      }),
    }
  })
