import { describe, expect, it } from 'vitest'
import { checkText, errorsOf } from './helpers'

// The sample: sales $5,614,000 this quarter against $4,713,000 a year ago and $3,608,000 the
// previous quarter; $9,222,000 for six months against $10,926,000.

const found = (text: string): string[] =>
  checkText(text).map((entry) => `${entry.severity} ${entry.rule} ${entry.quote}`)

describe('amount changes are judged against the figures’ difference', () => {
  it('calls a wrong decrease for the six months an error, with the right amount and a true fix', () => {
    const text =
      'Sales for the first six months decreased $2.3 million from the same period last year.'
    const [error] = errorsOf(checkText(text))
    expect(error?.rule).toBe('amount-change')
    expect(error?.quote).toBe('$2.3 million')
    expect(error?.message).toContain('$1.7 million')
    expect(error?.fix).toEqual({ kind: 'replace', text: '$1.7 million' })
    expect(found(text.replace('$2.3 million', '$1.7 million'))).toEqual([])
  })

  it('takes an unstated base as the same quarter a year ago', () => {
    expect(
      found('Second-quarter sales increased $1.2 million from the same quarter last year.'),
    ).toEqual(['error amount-change $1.2 million'])
    expect(
      found('Second-quarter sales increased $0.9 million from the same quarter last year.'),
    ).toEqual([])
    expect(found('Second-quarter sales increased $0.9 million.')).toEqual([])
    expect(found('Sales increased $2.0 million from the previous quarter.')).toEqual([])
  })

  it('reads "lower than" after the amount as the change', () => {
    expect(
      found('Sales of $5.6 million were $0.9 million higher than in the second quarter last year.'),
    ).toEqual([])
    expect(
      errorsOf(
        checkText(
          'Sales of $5.6 million were $1.9 million higher than in the second quarter last year.',
        ),
      ).map((entry) => entry.fix),
    ).toEqual([{ kind: 'replace', text: '$0.9 million' }])
  })
})

describe('web-page furniture is not a placeholder', () => {
  it('leaves navigation links, empty brackets and a hidden e-mail address alone', () => {
    for (const text of [
      '[ Back ]',
      '[ Home ]',
      '[ More News ]',
      '[]',
      'Contact [email protected] today.',
    ])
      expect(
        found(text).filter((entry) => entry.includes('leftover')),
        text,
      ).toEqual([])
  })

  it('still flags placeholders a draft leaves', () => {
    for (const text of ['[insert quote]', '[TBD]', '[date]', '[X]', '[●]', '[__]'])
      expect(found(text), text).toContain(`error leftover ${text}`)
  })
})
