import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TABLE_GEOMETRY } from '../../../../renderer/src/export/page-geometry'
import type { GalleyMeasurer } from '../../../../renderer/src/preview/galley-measure'
import { PX_PER_PT } from '../../../../renderer/src/preview/page-css'
import { paginate } from '../../../../renderer/src/preview/paginate'
import { PrintView } from '../../../../renderer/src/preview/print-view'
import { paragraphText } from '../../../../renderer/src/release/release-content'
import { statementOfOperations, tableRow, withTables } from '../../../support/content-tables'
import { sampleContent, withoutTables } from './release-fixtures'

const CHARS_PER_LINE = 40
const fakeMeasure: GalleyMeasurer = (_galley, paragraphs) => ({
  blocks: paragraphs.map((paragraph) => ({
    lines: Math.ceil(paragraphText(paragraph).length / CHARS_PER_LINE),
    lineHeight: 20,
    spaceAfter: 16,
    keepWithNext: false,
  })),
  lineStart: (_block, line) => line * CHARS_PER_LINE,
})

/** A statement long enough to run over pages: 150 expense lines. */
function longStatement() {
  const rows = Array.from({ length: 150 }, (_, index) =>
    tableRow(`line-${index}`, `Expense line ${index + 1}`, [`${index + 1},000`, `(${index + 2})`], { indent: 1 }),
  )
  return statementOfOperations(rows)
}

describe('a table in the preview', () => {
  it('prints its title, unit line, column heads and rows, figures right-aligned in tabular figures', () => {
    render(<PrintView content={withTables(sampleContent(withoutTables), [statementOfOperations()])} measure={fakeMeasure} />)
    const table = screen.getByRole('table')
    expect(table).toHaveTextContent('Condensed Consolidated Statements of Operations')
    expect(table).toHaveTextContent('(in thousands, except per share data)')
    // The span and the date the two columns share are set once across them; each has its own year.
    const across = screen.getByRole('columnheader', { name: 'Three Months Ended' })
    expect(across).toHaveAttribute('colspan', '2')
    expect(across).toHaveStyle({ textAlign: 'center' })
    expect(screen.getByRole('columnheader', { name: 'April 1,' })).toHaveAttribute('colspan', '2')
    expect(screen.getByRole('columnheader', { name: '2006' })).toHaveStyle({ textAlign: 'right' })
    expect(screen.getByRole('columnheader', { name: '2005' })).not.toHaveAttribute('colspan')
    const sales = screen.getByRole('rowheader', { name: 'Net sales' }).closest('tr')
    const figure = sales?.querySelectorAll('td')[0]
    expect(figure).toHaveTextContent('$ 6,327')
    expect(figure).toHaveStyle({ textAlign: 'right', fontVariantNumeric: 'tabular-nums' })
    const total = screen.getByRole('rowheader', { name: 'Net income (loss)' }).closest('tr')
    // A rule above the total and a double rule under it: three bands, at the top, the bottom and 1.5 pt up.
    const rules = total?.querySelector('td')?.style
    // (jsdom writes 1.5 pt as 2 px.)
    expect(rules?.backgroundPosition).toMatch(/^0px 0px, 0px 100%, 0px calc\(100% - (1\.5pt|2px)\)$/)
    expect(rules?.backgroundSize).toBe('100% 0.75pt, 100% 0.75pt, 100% 0.75pt')
  })

  it('splits a long table between rows and repeats its heading, marked continued, on the next page', () => {
    render(<PrintView content={withTables(sampleContent(withoutTables), [longStatement()])} measure={fakeMeasure} />)
    const pieces = screen.getAllByRole('table')
    expect(pieces.length).toBeGreaterThanOrEqual(2)
    const rows = pieces.flatMap((piece) => [...piece.querySelectorAll('[data-table-line="row"]')].map((row) => row.getAttribute('data-row-id')))
    // Every row exactly once, in order, across the pages.
    expect(rows).toEqual(['sales', 'cost', 'gross', 'opex', ...Array.from({ length: 150 }, (_, index) => `line-${index}`), 'net'])
    for (const [index, piece] of pieces.entries()) {
      const page = piece.closest('[data-testid="page"]')
      expect(page?.getAttribute('data-page-number')).toBe(String(Number(pieces[0]?.closest('[data-testid="page"]')?.getAttribute('data-page-number')) + index))
      expect(piece.querySelectorAll('thead [data-table-line="head"]')).toHaveLength(3)
      expect(piece.querySelector('thead [data-table-line="title"]')).toHaveTextContent(
        index === 0 ? /^Condensed Consolidated Statements of Operations$/ : 'Condensed Consolidated Statements of Operations (continued)',
      )
    }
  })
})

describe('paginating a table', () => {
  const row = TABLE_GEOMETRY.rowHeightPt * PX_PER_PT
  const table = { lines: 4 + 30, lineHeight: row, spaceAfter: 0, keepWithNext: false, headingLines: 4 }

  it('leaves room for the repeated heading on each page after the first', () => {
    const plan = paginate([table], { first: row * 20, rest: row * 20 })
    expect(plan.map((page) => page.map((slice) => [slice.fromLine, slice.toLine]))).toEqual([[[0, 20]], [[20, 34]]])
    // Page two holds 14 rows under its 4 heading lines: 18 of the 20 lines of room.
  })

  it('never leaves a heading at the foot of a page without two rows under it', () => {
    const paragraph = { lines: 15, lineHeight: row, spaceAfter: 0, keepWithNext: false }
    const plan = paginate([paragraph, table], { first: row * 20, rest: row * 40 })
    // Five lines left under the paragraph: the heading's four and one row would fit, but not two rows.
    expect(plan[0]).toEqual([{ block: 0, fromLine: 0, toLine: 15 }])
    expect(plan[1]).toEqual([{ block: 1, fromLine: 0, toLine: 34 }])
  })
})
