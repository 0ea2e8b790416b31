import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readReleaseDocument } from '../../../renderer/src/release/load-document'
import { quotedValue, withShortValues } from '../../../renderer/src/release/validation-message'
import { SAMPLE_RELEASE } from '../../support/make-sample'

/** What a person reads when a release file holds more, or other, than a release can. */

const sample = JSON.parse(readFileSync(SAMPLE_RELEASE, 'utf8')) as {
  company: Record<string, unknown>
  narrative: Record<string, { type: 'doc'; content: unknown[] }>
}

/** The sample with `change` applied to a copy; returns the loader's refusal, or "accepted". */
function opened(change: (release: typeof sample) => void): string {
  const copy = structuredClone(sample)
  change(copy)
  const result = readReleaseDocument(JSON.stringify(copy))
  return result.ok ? 'accepted' : result.error
}

const paragraph = (text: string): unknown => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

describe('an unknown node in the rich text', () => {
  it('names the field, what was found and what is allowed, for a piece of a paragraph', () => {
    const error = opened((release) => {
      const block = release.narrative['results']
      block?.content.splice(0, 1, { type: 'paragraph', content: [{ type: 'image', src: 'x' }] })
    })
    expect(error).toBe(
      'narrative.results.content.0.content.0.type: found "image", which this release format does not know; expected "text", "field" or "hardBreak"',
    )
  })

  it('does the same for a block and for a field', () => {
    expect(
      opened((release) => release.narrative['results']?.content.splice(0, 1, { type: 'table' })),
    ).toBe(
      'narrative.results.content.0.type: found "table", which this release format does not know; expected "paragraph", "bulletList" or "orderedList"',
    )
    const field = opened((release) =>
      release.narrative['results']?.content.splice(0, 1, {
        type: 'paragraph',
        content: [{ type: 'field', attrs: { kind: 'weather' } }],
      }),
    )
    expect(field).toMatch(
      /^narrative\.results\.content\.0\.content\.0\.attrs\.kind: found "weather", which this release format does not know; expected "company", .* or "comparison"$/,
    )
  })
})

describe('the sizes of the rich text', () => {
  it('refuses a paragraph over 200,000 characters, naming it', () => {
    const error = opened((release) =>
      release.narrative['results']?.content.splice(1, 1, paragraph('x'.repeat(200_001))),
    )
    expect(error).toBe(
      'narrative.results.content.1: a paragraph of 200,001 characters; a paragraph can have at most 200,000',
    )
  })

  it('refuses a block over 1,000 paragraphs, and one over a million characters', () => {
    const many = opened((release) => {
      const block = release.narrative['boilerplate']
      if (block !== undefined) block.content = Array.from({ length: 1_001 }, () => paragraph('IEC'))
    })
    expect(many).toBe(
      'narrative.boilerplate.content: 1,001 paragraphs and lists in one place; a block can have at most 1,000',
    )
    const long = opened((release) => {
      const block = release.narrative['boilerplate']
      if (block !== undefined)
        block.content = Array.from({ length: 6 }, () => paragraph('y'.repeat(180_000)))
    })
    expect(long).toBe(
      'narrative.boilerplate: 1,080,000 characters in one block; a block can have at most 1,000,000',
    )
  })

  it('refuses a paragraph of more than 5,000 pieces', () => {
    const error = opened((release) =>
      release.narrative['results']?.content.splice(0, 1, {
        type: 'paragraph',
        content: Array.from({ length: 5_001 }, () => ({ type: 'hardBreak' })),
      }),
    )
    expect(error).toBe(
      'narrative.results.content.0.content: 5,001 pieces of text and fields in one paragraph; a paragraph can have at most 5,000',
    )
  })

  it('still opens a release near every limit', () => {
    expect(
      opened((release) => {
        const block = release.narrative['boilerplate']
        if (block !== undefined)
          block.content = Array.from({ length: 5 }, () => paragraph('z'.repeat(199_000)))
      }),
    ).toBe('accepted')
  })
})

describe('the logo, checked when a file is opened', () => {
  it('refuses a logo over 2 MB with its size', () => {
    const big = Buffer.concat([PNG_SIGNATURE, Buffer.alloc(3 * 1024 * 1024)]).toString('base64')
    const error = opened((release) => {
      release.company['logo'] = { mediaType: 'image/png', data: big }
    })
    expect(error).toBe(
      'company.logo.data: the logo is 3.0 MB; a logo can be at most 2 MB. Choose a smaller copy in the Company tab',
    )
  })

  it('refuses bytes that are not the image the logo is labelled as', () => {
    const text = Buffer.from('this is not an image at all').toString('base64')
    expect(
      opened((release) => {
        release.company['logo'] = { mediaType: 'image/png', data: text }
      }),
    ).toBe(
      'company.logo.data: the logo is labelled a PNG image, but its bytes are not a PNG, JPEG or SVG image. Choose the logo again in the Company tab',
    )
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
    ).toString('base64')
    expect(
      opened((release) => {
        release.company['logo'] = { mediaType: 'image/jpeg', data: svg }
      }),
    ).toBe(
      'company.logo.data: the logo is labelled a JPEG image, but its bytes are an SVG image. Choose the logo again in the Company tab',
    )
  })

  it("keeps the sample's own logo", () => {
    expect(opened(() => undefined)).toBe('accepted')
  })
})

describe('long values in messages', () => {
  it('quotes at most 40 characters of a value', () => {
    expect(quotedValue('a'.repeat(41))).toBe(`"${'a'.repeat(40)}\u2026"`)
    expect(quotedValue('short')).toBe('"short"')
    expect(quotedValue({ list: [1, 2, 3] })).toBe('{"list":[1,2,3]}')
  })

  it('cuts every long quoted value of a message and keeps it on one line', () => {
    const long = JSON.stringify(`line one\nline two ${'z'.repeat(100)}`)
    expect(withShortValues(`expected an amount, got ${long} and "ok"`)).toBe(
      `expected an amount, got "line one\\nline two ${'z'.repeat(22)}\u2026" and "ok"`,
    )
    expect(withShortValues(`got "${'q'.repeat(5_000_000)}`).length).toBeLessThanOrEqual(301)
  })
})
