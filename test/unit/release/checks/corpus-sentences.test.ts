import { describe, expect, it } from 'vitest'
import { checkText, errorsOf } from './helpers'

// Real sentences from published releases, read against the sample's figures: each once drew a
// false error, so each must get none (and its mistaken twin must still be caught).

describe('sentences of real releases the checker must leave alone', () => {
  it('reads "a 70% gross margin" as a margin level, not a change of sales', () => {
    // As EasyLink wrote of a segment: "…was approximately $10.4 million, with a 70% gross margin".
    for (const text of [
      'Revenue for the second quarter increased to $5.6 million, with a 70% gross margin.',
      'Second quarter sales were up, with a 70% gross margin.',
      'Second quarter sales were up, with a 15.2% adjusted operating margin.',
    ])
      expect(
        errorsOf(checkText(text)).map((entry) => entry.rule),
        text,
      ).toEqual([])
    expect(
      errorsOf(checkText('Second quarter sales increased 70% from the previous quarter.')),
    ).not.toEqual([])
  })
})
