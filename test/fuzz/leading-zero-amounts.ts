import fc from 'fast-check'

/**
 * Amounts whose grouping starts with zeros: "0,020" reads to a person as twenty thousandths or as
 * an error, never as twenty. Built with every sign and scale a cell takes.
 */
export const leadingZeroAmount: fc.Arbitrary<string> = fc
  .record({
    lead: fc.constantFrom('0', '00', '000', '0,000', '0,0'),
    groups: fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 3 }),
    fraction: fc.option(fc.constantFrom('.5', '.02', '.000'), { nil: '' }),
    sign: fc.constantFrom('', '-', '(', '$', '$(', '-$'),
    scale: fc.constantFrom('', 'k', 'm', ' million'),
  })
  .map(({ lead, groups, fraction, sign, scale }) => {
    const body = `${lead},${groups.map((group) => String(group).padStart(3, '0')).join(',')}${fraction}${scale}`
    return sign.includes('(') ? `${sign}${body})` : `${sign}${body}`
  })
