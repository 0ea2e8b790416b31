import type { CSSProperties } from 'react'
import { figureInsetPt, TABLE_GEOMETRY } from '../export/page-geometry'
import type { ContentTableRow } from '../release/content-table'
import { pt } from './page-css'

/**
 * A financial table's geometry (page-geometry.ts) as CSS. Every row is exactly one row height; the
 * rules are inset shadows, drawn inside the row, so a rule never makes its row taller than Word's.
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

const RULE = pt(TABLE_GEOMETRY.ruleWeightPt)

function rules(above: boolean, below: 'none' | 'single' | 'double'): string | undefined {
  const shadows: string[] = []
  if (above) shadows.push(`inset 0 ${RULE} 0 0 #000`)
  if (below === 'single') shadows.push(`inset 0 -${RULE} 0 0 #000`)
  if (below === 'double') {
    // Black, a white gap, black: each shadow is drawn over the ones after it.
    const weight = TABLE_GEOMETRY.ruleWeightPt
    shadows.push(`inset 0 -${pt(weight)} 0 0 #000`, `inset 0 -${pt(weight * 2)} 0 0 #fff`, `inset 0 -${pt(weight * 3)} 0 0 #000`)
  }
  return shadows.length === 0 ? undefined : shadows.join(', ')
}

export function tableCellStyle(options: {
  readonly align: 'left' | 'right'
  /** A figure's text, which decides how far in it stands (see figureInsetPt). */
  readonly text?: string
  readonly bold?: boolean
  readonly italic?: boolean
  readonly indent?: number
  readonly ruleAbove?: boolean
  readonly ruleBelow?: 'none' | 'single' | 'double'
}): CSSProperties {
  const shadow = rules(options.ruleAbove ?? false, options.ruleBelow ?? 'none')
  return {
    height: pt(TABLE_GEOMETRY.rowHeightPt),
    lineHeight: pt(TABLE_GEOMETRY.rowHeightPt),
    padding: options.align === 'right'
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
    ...(shadow === undefined ? {} : { boxShadow: shadow }),
  }
}

export function rowRules(row: ContentTableRow): { readonly ruleAbove: boolean; readonly ruleBelow: 'none' | 'double' } {
  return { ruleAbove: row.ruleAbove, ruleBelow: row.doubleRuleBelow ? 'double' : 'none' }
}
