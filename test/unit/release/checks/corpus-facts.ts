import { corpusFacts } from '../../../eval/claims/corpus'
import type { ReleaseFacts } from '../../../../renderer/src/release/release-facts'

type Figures = Readonly<{
  current_quarter: number | null
  prior_quarter: number | null
  prior_year_quarter: number | null
  ytd: number | null
  prior_ytd: number | null
}>

const none: Figures = {
  current_quarter: null,
  prior_quarter: null,
  prior_year_quarter: null,
  ytd: null,
  prior_ytd: null,
}

interface Release {
  readonly company: string
  readonly fiscal_year_end_month: number
  readonly quarter: 1 | 2 | 3 | 4
  readonly fiscal_year: number
  readonly period_end: string | null
  readonly release_date: string | null
  readonly revenue?: Figures
  readonly net_income?: Figures
  readonly eps?: Figures
}

// The figures of corpus releases, as their annotation files give them, so these tests run without the corpus.
const RELEASES = {
  easylink: {
    company: 'EasyLink Services International Corporation',
    fiscal_year_end_month: 7,
    quarter: 2,
    fiscal_year: 2009,
    period_end: '2009-01-31',
    release_date: null,
    revenue: {
      ...none,
      current_quarter: 20.9e6,
      prior_year_quarter: 23.7e6,
      ytd: 43.7e6,
      prior_ytd: 44.6e6,
    },
  },
  illinois: {
    company: 'Illinois Superconductor Corporation',
    fiscal_year_end_month: 12,
    quarter: 2,
    fiscal_year: 2000,
    period_end: '2000-06-30',
    release_date: '2000-08-11',
    revenue: {
      ...none,
      current_quarter: 14800,
      prior_year_quarter: 317159,
      ytd: 187163,
      prior_ytd: 829059,
    },
  },
  mpwr: {
    company: 'Monolithic Power Systems, Inc.',
    fiscal_year_end_month: 12,
    quarter: 3,
    fiscal_year: 2022,
    period_end: '2022-09-30',
    release_date: '2022-10-27',
    revenue: {
      current_quarter: 495418000,
      prior_quarter: 461000000,
      prior_year_quarter: 323522000,
      ytd: 1334136000,
      prior_ytd: 871294000,
    },
  },
  mts: {
    company: 'MTS Systems Corporation',
    fiscal_year_end_month: 9,
    quarter: 3,
    fiscal_year: 2019,
    period_end: '2019-06-29',
    release_date: '2019-08-05',
    revenue: {
      ...none,
      current_quarter: 232209000,
      prior_year_quarter: 194668000,
      ytd: 668436000,
      prior_ytd: 580153000,
    },
    net_income: {
      ...none,
      current_quarter: 13585000,
      prior_year_quarter: 8979000,
      ytd: 38246000,
      prior_ytd: 50568000,
    },
    eps: { ...none, current_quarter: 0.7, prior_year_quarter: 0.47, ytd: 1.97, prior_ytd: 2.62 },
  },
  patterson: {
    company: 'Patterson Companies, Inc.',
    fiscal_year_end_month: 4,
    quarter: 4,
    fiscal_year: 2019,
    period_end: '2019-04-27',
    release_date: '2019-06-27',
    revenue: { ...none, current_quarter: 1.4e9 },
    net_income: { ...none, current_quarter: 28e6, prior_year_quarter: 20.9e6 },
    eps: { ...none, current_quarter: 0.3, prior_year_quarter: 0.23 },
  },
  pulitzer: {
    company: 'Pulitzer Publishing Company',
    fiscal_year_end_month: 12,
    quarter: 3,
    fiscal_year: 1993,
    period_end: null,
    release_date: '1993-10-19',
    net_income: { ...none, current_quarter: 3.3e6, prior_year_quarter: 4e6 },
    eps: { ...none, current_quarter: 0.25, prior_year_quarter: 0.35 },
  },
  realnetworks: {
    company: 'RealNetworks, Inc.',
    fiscal_year_end_month: 12,
    quarter: 4,
    fiscal_year: 2011,
    period_end: '2011-12-31',
    release_date: '2012-02-15',
    revenue: { ...none, current_quarter: 80.2e6, prior_quarter: 84.4e6, ytd: 335.7e6 },
    net_income: {
      current_quarter: -2.8e6,
      prior_quarter: -5.2e6,
      prior_year_quarter: 3.2e6,
      ytd: -27.1e6,
      prior_ytd: null,
    },
    eps: {
      current_quarter: -0.08,
      prior_quarter: -0.15,
      prior_year_quarter: 0.09,
      ytd: -0.79,
      prior_ytd: null,
    },
  },
  rgbarry: {
    company: 'R.G. Barry Corporation',
    fiscal_year_end_month: 6,
    quarter: 3,
    fiscal_year: 2010,
    period_end: '2010-04-03',
    release_date: '2010-05-11',
    revenue: {
      ...none,
      current_quarter: 22212000,
      prior_year_quarter: 21130000,
      ytd: 107235000,
      prior_ytd: 95612000,
    },
    net_income: {
      ...none,
      current_quarter: 539000,
      prior_year_quarter: 123000,
      ytd: 11e6,
      prior_ytd: 7.3e6,
    },
    eps: { ...none, current_quarter: 0.05, prior_year_quarter: 0.01, ytd: 1, prior_ytd: 0.68 },
  },
  sevcon: {
    company: 'Tech/Ops Sevcon, Inc.',
    fiscal_year_end_month: 9,
    quarter: 1,
    fiscal_year: 2007,
    period_end: '2006-12-30',
    release_date: '2007-01-23',
    revenue: {
      ...none,
      current_quarter: 8266000,
      prior_year_quarter: 7821000,
      ytd: 8266000,
      prior_ytd: 7821000,
    },
    net_income: {
      ...none,
      current_quarter: 88000,
      prior_year_quarter: 160000,
      ytd: 88000,
      prior_ytd: 160000,
    },
    eps: { ...none, current_quarter: 0.03, prior_year_quarter: 0.05, ytd: 0.03, prior_ytd: 0.05 },
  },
  sharps: {
    company: 'Sharps Compliance Corp.',
    fiscal_year_end_month: 6,
    quarter: 3,
    fiscal_year: 2018,
    period_end: '2018-03-31',
    release_date: '2018-04-25',
    revenue: { ...none, current_quarter: 9.4e6, prior_year_quarter: 8.6e6 },
    net_income: { ...none, current_quarter: -0.8e6, prior_year_quarter: -0.7e6 },
    eps: { ...none, current_quarter: -0.05 },
  },
} as const satisfies Readonly<Record<string, Release>>

/** The facts of a corpus release, built the way `npm run eval:claims` builds them. */
export function corpusReleaseFacts(name: keyof typeof RELEASES): ReleaseFacts {
  const release: Release = RELEASES[name]
  return corpusFacts(name, {
    ...release,
    figures: {
      revenue: release.revenue ?? none,
      net_income: release.net_income ?? none,
      eps: release.eps ?? none,
    },
    derived_checks: [],
  })
}
