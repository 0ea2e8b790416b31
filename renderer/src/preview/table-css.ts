import type { CSSProperties } from 'react'
import { figureInsetPt, TABLE_GEOMETRY } from '../export/page-geometry'
import type { ContentTableRow } from '../release/content-table'
import { pt } from './page-css'

/**
 * A financial table's geometry (page-geometry.ts) as CSS. Every row is exactly one row height,
 * rules included.
 */

export function tableStyle(continues: boolean): CSSProperties {
  return {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    fontSize: pt(TABLE_GEOMETRY.sizePt),
    margin: `0 0 ${pt(continues ? 0 : TABLE_GEOMETRY.spaceAfterPt)} 0`,
  }
}

/** A rule's line: a black band across the cell, `fromBottomPt` up from its bottom edge (or at its top). */
interface Band {
  readonly at: 'top' | 'bottom'
  readonly fromBottomPt: number
}

/**
 * The rules as background bands, drawn inside the row, so a rule never makes its row taller than
 * Word's. (Inset shadows did the same on screen, but Chromium's print of them leaves hairlines at
 * the cells' sides.)
 */
function rules(above: boolean, below: 'none' | 'single' | 'double'): CSSProperties {
  const weight = TABLE_GEOMETRY.ruleWeightPt
  const bands: Band[] = []
  if (above) bands.push({ at: 'top', fromBottomPt: 0 })
  if (below === 'single' || below === 'double') bands.push({ at: 'bottom', fromBottomPt: 0 })
  // The double rule: black, a gap as wide as the rule, black.
  if (below === 'double') bands.push({ at: 'bottom', fromBottomPt: weight * 2 })
  if (bands.length === 0) return {}
  return {
    backgroundImage: bands.map(() => 'linear-gradient(#000, #000)').join(', '),
    backgroundSize: bands.map(() => `100% ${pt(weight)}`).join(', '),
    backgroundPosition: bands
      .map((band) => (band.at === 'top' ? '0 0' : band.fromBottomPt === 0 ? '0 100%' : `0 calc(100% - ${pt(band.fromBottomPt)})`))
      .join(', '),
    backgroundRepeat: 'no-repeat',
  }
}

export function tableCellStyle(options: {
  readonly align: 'left' | 'right' | 'center'
  /** A figure's text, which decides how far in it stands (see figureInsetPt). */
  readonly text?: string
  readonly bold?: boolean
  readonly italic?: boolean
  readonly indent?: number
  readonly ruleAbove?: boolean
  readonly ruleBelow?: 'none' | 'single' | 'double'
}): CSSProperties {
  return {
    height: pt(TABLE_GEOMETRY.rowHeightPt),
    lineHeight: pt(TABLE_GEOMETRY.rowHeightPt),
    padding: options.align !== 'left'
      ? `0 ${pt(figureInsetPt(options.text ?? ''))} 0 0`
      : `0 0 0 ${pt((options.indent ?? 0) * TABLE_GEOMETRY.indentPt)}`,
    textAlign: options.align,
    verticalAlign: 'bottom',
    fontWeight: options.bold === true ? 700 : 400,
    fontStyle: options.italic === true ? 'italic' : 'normal',
    // Tabular figures, so the digits of every row stand in the same columns.
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    ...rules(options.ruleAbove ?? false, options.ruleBelow ?? 'none'),
  }
}

export function rowRules(row: ContentTableRow): { readonly ruleAbove: boolean; readonly ruleBelow: 'none' | 'double' } {
  return { ruleAbove: row.ruleAbove, ruleBelow: row.doubleRuleBelow ? 'double' : 'none' }
}
