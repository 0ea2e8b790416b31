/**
 * Issue 10's "Why", bullet by bullet, as sentences typed into the sample release (IEC, second
 * quarter of fiscal 2006: sales $5.6 million, $3.6 million the previous quarter, $4.7 million a
 * year ago, $9.2 million against $10.9 million for six months; a net loss of $(168,000), $(0.02)
 * per share, against net income of $73,000, $0.01, a year ago). The unit test, the CLI test and
 * the E2E test all read this one table, so the three say the same thing.
 */

/** One sentence and what the user must see on it. */
export interface WhyCase {
  readonly sentence: string
  /**
   * The words an error must sit on, and what its message must say (the right figure, the base it
   * fits); null when the sentence is true and must get no error at all.
   */
  readonly error: { readonly at: string; readonly says: readonly RegExp[] } | null
  /** A warning, not an error, is what the user must see at these words (a figure that matches nothing). */
  readonly warningAt?: string
}

/** One bullet of the Why, with its sentences. */
export interface WhyBullet {
  readonly why: string
  readonly cases: readonly WhyCase[]
}

const error = (at: string, ...says: RegExp[]): WhyCase['error'] => ({ at, says })
const truth = (sentence: string): WhyCase => ({ sentence, error: null })

/** The false claims the checker used to pass: each is an error now. */
export const FALSE_CLAIMS: readonly WhyBullet[] = [
  {
    why: 'a bound on a decrease is checked: six-month sales fell 15.6%, not more than 20%',
    cases: [
      {
        sentence: 'Sales for the first six months decreased by more than 20%.',
        error: error('more than 20%', /16%/, /first six months of fiscal 2005/),
      },
    ],
  },
  {
    why: 'a percent that fits another base is an error, naming the base it fits',
    cases: [
      {
        sentence: 'Sales rose 56% year over year.',
        error: error('56%', /previous quarter/, /19%/),
      },
    ],
  },
  {
    why: 'a net loss that widened from a profit is an error',
    cases: [
      {
        sentence: 'Net loss widened to $168,000 from $73,000 a year ago.',
        error: error('$73,000', /net income of \$73,000/),
      },
    ],
  },
  {
    why: 'a loss per share written as a profit is an error, whatever the verb',
    cases: [
      {
        sentence: 'Diluted EPS rose to $0.02 from $0.01 a year ago.',
        error: error('$0.02', /\$\(0\.02\)/, /a loss/),
      },
      {
        sentence: 'EPS fell to $0.02 from $0.01.',
        error: error('$0.02', /\$\(0\.02\)/, /a loss/),
      },
    ],
  },
  {
    why: 'a loss called net income, at the wrong scale, is an error (not a warning)',
    cases: [
      {
        sentence: 'Net income was $1.68 million for the quarter.',
        error: error('$1.68 million', /wrong scale/, /\$\(168,000\)/),
      },
      {
        sentence: 'Net income was $168,000 for the quarter.',
        error: error('Net income', /net loss of \$\(168,000\)/),
      },
    ],
  },
  {
    why: '"essentially flat" with a 55.6% rise is an error',
    cases: [
      {
        sentence: 'Sales were essentially flat with the previous quarter.',
        error: error('essentially flat', /56%/, /previous quarter/),
      },
    ],
  },
  {
    why: 'announcing results for another quarter is an error',
    cases: [
      {
        sentence: 'IEC today announced results for the first quarter of fiscal 2006.',
        error: error('first quarter of fiscal 2006', /second quarter of fiscal 2006/),
      },
    ],
  },
]

/** The true sentences the checker used to call wrong: no error on any of them now. */
export const TRUE_SENTENCES: readonly WhyBullet[] = [
  {
    why: 'segment, product, geographic, organic, comparable-store, continuing-operations, adjusted and EBITDA subjects are not the totals',
    cases: [
      truth('Aerospace sales rose 40% from the previous quarter.'),
      truth('Industrial product sales rose 40%.'),
      truth('International sales rose 40%.'),
      truth('North American sales rose 40%.'),
      truth('Sales to the aerospace sector rose 40%.'),
      truth('Organic sales increased 12% from the same quarter last year.'),
      truth('Comparable-store sales rose 40%.'),
      truth('Same-store sales rose 40%.'),
      truth('Net sales from continuing operations rose 40%.'),
      truth('Net income from continuing operations was $400,000.'),
      truth('Adjusted EPS rose to $0.05 from $0.01 a year ago.'),
      truth('Adjusted net income was $400,000.'),
      truth('EBITDA rose to $400,000 from $300,000 a year ago.'),
      truth('EBITDA was $1.68 million for the quarter.'),
    ],
  },
  {
    why: 'a past or a future period in the narrative is not a leftover',
    cases: [
      truth(
        'During the second quarter of last year, a customer moved its orders to another supplier.',
      ),
      truth('We are confident about the fourth quarter.'),
      truth('We expect sales for the first nine months to be ahead of last year.'),
    ],
  },
  {
    why: 'an unstated base means the same period a year ago',
    cases: [
      truth('Sales rose 19%.'),
      truth('Second-quarter sales increased 19% to $5.6 million.'),
      {
        sentence: 'Sales rose 56%.',
        error: error('56%', /previous quarter/, /same quarter in fiscal 2005/, /19%/),
      },
    ],
  },
]

/** The forms people write that the checker used to miss: each is read, right or wrong. */
export const FORMS: readonly WhyBullet[] = [
  {
    why: '"12 %" with a space',
    cases: [
      {
        sentence: 'Sales rose 12 % from the same quarter last year.',
        error: error('12 %', /19%/),
      },
      truth('Sales rose 19 % from the same quarter last year.'),
    ],
  },
  {
    why: '"six percent" in words',
    cases: [
      {
        sentence: 'Sales rose six percent from the same quarter last year.',
        error: error('six percent', /19%/),
      },
      truth('Sales rose nineteen percent from the same quarter last year.'),
    ],
  },
  {
    why: '"27 cents" is read as $0.27',
    cases: [
      {
        // Read as $0.27, which is not this quarter's loss of $(0.02).
        sentence: 'Diluted EPS was 27 cents for the quarter.',
        error: error('27 cents', /\$\(0\.02\)/),
      },
    ],
  },
  {
    why: '"a loss of 2 cents" is the quarter’s loss per share',
    cases: [truth('The Company reported a loss of 2 cents per share for the quarter.')],
  },
  {
    why: '"negative $0.02" is the quarter’s loss per share',
    cases: [truth('Diluted EPS was negative $0.02 for the quarter.')],
  },
  {
    why: 'basis points are held to the rates the sentence states',
    cases: [
      {
        sentence: 'Gross margin improved 21 basis points, to 41.3% from 39.2%.',
        error: error('21 basis points', /210 basis points/),
      },
      truth('Gross margin improved 210 basis points, to 41.3% from 39.2%.'),
    ],
  },
  {
    why: 'percentage points are held to the rates the sentence states',
    cases: [
      {
        sentence: 'Gross margin improved 3.1 percentage points, to 41.3% from 39.2%.',
        error: error('3.1 percentage points', /2\.1 percentage points/),
      },
      truth('Gross margin improved 2.1 percentage points, to 41.3% from 39.2%.'),
    ],
  },
  {
    why: 'a margin’s change written as percent is an error when its rates show points',
    cases: [
      {
        sentence: 'Gross margin improved by 2.1%, to 41.3% from 39.2%.',
        error: error('2.1%', /2\.1 percentage points/),
      },
      // 41.3 / 39.2 is a relative rise of 5.4%: true as a percent.
      truth('Gross margin improved by 5.4%, to 41.3% from 39.2%.'),
    ],
  },
]

/** Every bullet whose sentences are checked in the sample as it is. */
export const WHY_BULLETS: readonly WhyBullet[] = [...FALSE_CLAIMS, ...TRUE_SENTENCES, ...FORMS]

/**
 * Why items that fail today because of the claim reader (direction nouns, qualified subjects,
 * cents, number forms), which other work is changing: kept apart so they can be run after it
 * lands.
 */
export const READER_BULLETS: readonly WhyBullet[] = [
  {
    why: 'a geographic subject written after the measure is not the total',
    cases: [truth('Sales in Europe rose 40%.')],
  },
  {
    why: '"a loss of 3 cents" for the quarter is an error: the quarter lost 2 cents',
    cases: [
      {
        sentence: 'The Company reported a loss of 3 cents per share for the quarter.',
        error: error('3 cents', /\$\(0\.02\)|2 cents/),
      },
    ],
  },
  {
    why: '"2 cents" of earnings per share is a loss written as a profit',
    cases: [
      {
        // The amount is right; the result word is what is wrong.
        sentence: 'Diluted earnings per share were 2 cents for the quarter.',
        error: error('Diluted earnings per share', /loss/),
      },
    ],
  },
  {
    why: '"negative $0.04" is read with its sign',
    cases: [
      {
        sentence: 'Diluted EPS was negative $0.04 for the quarter.',
        error: error('negative $0.04', /\$\(0\.02\)/),
      },
    ],
  },
]

/** The sample's revenue entered rounded, for the "$4.5 million and $4.1 million up 9%" bullet. */
export const ROUNDED = {
  quarter: '4.5m',
  yearAgoQuarter: '4.1m',
  truth: 'Sales of $4.5 million were up 9% from $4.1 million a year ago.',
  wrong: 'Sales of $4.5 million were up 14% from $4.1 million a year ago.',
  wrongAt: '14%',
  /** The range the rounded figures allow, which the message must quote. */
  says: [/7\.2%/, /12\.3%/],
} as const

/** Table amounts under "(in thousands)": the sample's sales, read at that scale. */
export const IN_THOUSANDS = {
  heading: '(in thousands, except per-share amounts)',
  row: 'Net sales $ 5,600 $ 4,700 $ 9,200 $ 10,900',
} as const
