import { describe, expect, it } from 'vitest'
import { checkableText } from '../../../../renderer/src/release/checks/checkable-text'

describe('checkableText', () => {
  it('reads fullwidth digits and signs as the digits a reader sees, keeping every offset', () => {
    const typed = 'revenue of $９.９ million, up １２％'
    const read = checkableText(typed)
    expect(read).toBe('revenue of $9.9 million, up 12%')
    expect(read).toHaveLength(typed.length)
  })

  it('keeps characters whose compatibility form is longer, so offsets never move', () => {
    expect(checkableText('Acme™ sold ½ of it')).toBe('Acme™ sold ½ of it')
  })
})
