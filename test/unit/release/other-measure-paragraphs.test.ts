import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkRelease } from '../../../renderer/src/release/checks/check-release'
import { draftFromFigures } from '../../../renderer/src/release/figures-file'
import { readFiguresFile } from '../../../renderer/src/release/load-document'
import { paragraphText, releaseContent } from '../../../renderer/src/release/release-content'
import { releaseFacts } from '../../../renderer/src/release/release-facts'
import { SECOND_SAMPLE_FIGURES } from '../../support/make-second-sample'

interface FileJson {
  measures: { id: string }[]
  figures: Record<string, Record<string, string | null>>
  quarter: number
}

/** The second sample's figures file, changed by `edit`, drafted as `draft` does; its results paragraphs. */
function drafted(edit: (file: FileJson) => void) {
  const file = JSON.parse(readFileSync(SECOND_SAMPLE_FIGURES, 'utf8')) as FileJson
  edit(file)
  const read = readFiguresFile(JSON.stringify(file))
  if (!read.ok) throw new Error(read.error)
  const document = draftFromFigures(read.value)
  const results = releaseContent(document)
    .paragraphs.filter((paragraph) => paragraph.role === 'results')
    .map(paragraphText)
  return { document, results }
}

function moveFirst(file: FileJson, id: string): void {
  const entry = file.measures.find((measure) => measure.id === id)
  if (entry === undefined) throw new Error(`no ${id}`)
  file.measures = [entry, ...file.measures.filter((measure) => measure !== entry)]
}

describe('the paragraphs about the release’s other measures', () => {
  it('keeps net income as the results’ subject when operating income is listed before it', () => {
    const { results } = drafted((file) => moveFirst(file, 'operatingIncome'))
    expect(results[1]).toMatch(/^The Company reported a net income of \$3\.98 million or \$0\.26 per share/)
    expect(results.some((text) => text.startsWith('The Company reported an operating income of $5.41 million'))).toBe(true)
  })

  it('states an adjusted measure listed first only after every GAAP measure, and the Regulation G check stays silent', () => {
    const { document, results } = drafted((file) => moveFirst(file, 'adjustedDilutedEps'))
    expect(results.at(-1)).toMatch(/^The Company reported adjusted diluted earnings per share of \$0\.31/)
    const regulationG = checkRelease(releaseFacts(document)).filter((finding) => /Regulation G/.test(finding.message))
    expect(regulationG).toEqual([])
  })

  it('words an operating loss as a loss, and states a measure’s figures without the quarter by their periods', () => {
    const { results } = drafted((file) => {
      const row = file.figures['operatingIncome']
      if (row === undefined) throw new Error('no operating income')
      row['quarter'] = '-410000'
      row['yearToDate'] = null
      row['yearAgoYearToDate'] = null
      const margin = file.figures['grossMargin']
      if (margin === undefined) throw new Error('no gross margin')
      margin['quarter'] = null
      margin['yearToDate'] = null
      margin['yearAgoYearToDate'] = null
    })
    expect(results).toContain(
      'The Company reported an operating loss of $410,000 for the quarter; operating results swung to an operating loss of $410,000 from an operating income of $3.92 million in the same quarter in fiscal 2025 and swung to an operating loss of $410,000 from an operating income of $4.76 million in the previous quarter.',
    )
    expect(results).toContain(
      'For the third quarter of fiscal 2025, the Company reported gross margin of 38.0%. For the second quarter of fiscal 2026, the Company reported gross margin of 39.5%.',
    )
  })

  it('writes no paragraph for a share count', () => {
    const { results } = drafted(() => undefined)
    expect(results.join(' ')).not.toMatch(/shares/i)
  })
})
