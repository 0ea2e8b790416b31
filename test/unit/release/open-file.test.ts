import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readOpenedText } from '../../../renderer/src/release/open-file'
import { figureRow } from '../../support/figure-rows'

const SAMPLES = resolve(__dirname, '../../../assets/samples')
const releaseText = readFileSync(join(SAMPLES, 'iec-q2-fiscal-2006.release.json'), 'utf8')
const figuresText = readFileSync(join(SAMPLES, 'iec-q2-fiscal-2006.figures.json'), 'utf8')

describe('what Open makes of a file', () => {
  it('reads a release as it was saved', () => {
    const read = readOpenedText(releaseText)
    expect(read.ok && read.value.kind).toBe('release')
  })

  it('makes a new release from a figures file, with the standard paragraphs, as draft does', () => {
    const read = readOpenedText(figuresText)
    if (!read.ok) throw new Error(read.error.message)
    expect(read.value.kind).toBe('figures')
    expect(figureRow(read.value.document.figures, 'revenue').quarter).toBe('5600000')
    expect(read.value.document.narrative.results.content.length).toBeGreaterThan(1)
  })

  it('writes the losses of a release made from a figures file in words: a new release', () => {
    const read = readOpenedText(figuresText)
    if (!read.ok) throw new Error(read.error.message)
    expect(read.value.document.style.negative).toBe('words')
    const opened = readOpenedText(releaseText)
    expect(opened.ok && opened.value.document.style.negative).toBe('parenInside')
  })

  it('names the field of a figures file with a problem, saying it is a figures file', () => {
    const read = readOpenedText(figuresText.replace('"5600000"', '"lots"'))
    expect(read.ok ? null : read.error).toMatchObject({ kind: 'figures', message: expect.stringMatching(/^figures\.revenue\.quarter: /) })
  })

  it.each([
    ['{"name": "package", "version": "1.0.0"}', /^This is not a release or figures file: it has neither a release's formatVersion nor a figures file's fiscalYear and figures\.$/],
    ['[1, 2, 3]', /^This is not a release or figures file: it holds a list/],
    ['Dear team, the figures are attached.', /^This is not a release or figures file: its text is not valid JSON \(/],
  ])('says in words that %s is neither', (text, message) => {
    const read = readOpenedText(text)
    expect(read.ok ? null : read.error.kind).toBe('neither')
    expect(read.ok ? '' : read.error.message).toMatch(message)
  })
})
