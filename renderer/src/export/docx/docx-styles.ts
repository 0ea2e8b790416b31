import type { INumberingOptions, IParagraphStyleOptions, IStylesOptions } from 'docx'
import { AlignmentType, BorderStyle, LevelFormat, LineRuleType } from 'docx'
import { assertNever } from '../../release/assert-never'
import { BLOCK_KINDS, PARAGRAPH_ROLES } from '../../release/block-kinds'
import type { ParagraphLook, ParagraphRole } from '../../release/block-kinds'
import { lineHeightPoints } from '../page-geometry'
import { FONTS, LETTERHEAD_PT, LIST_INDENT_PT, PAGE_NUMBER_PT } from '../page-geometry'
import { autoLine, halfPoints, twips } from './docx-geometry'

/**
 * The document's one style table: a paragraph style per role of the release, and the letterhead's
 * and page number's. Paragraphs refer to them by id and carry no direct formatting, so a
 * user restyling the release in Word changes a style, not every paragraph.
 */
/** Word style ids are the names without spaces. */
function styleId(name: string): string {
  return name.replace(/\s+/g, '')
}

/**
 * The headline is Word's own Heading 1 (outline level 1), so it shows in Word's navigation pane and
 * readers that look for headings (pandoc, screen readers) find it; it keeps the headline's look.
 */
export const HEADLINE_STYLE_ID = 'Heading1'

export function roleStyleId(role: ParagraphRole): string {
  const kind = BLOCK_KINDS[role]
  return kind.heading ? HEADLINE_STYLE_ID : styleId(kind.wordStyle)
}

export const HEADER_STYLE_IDS = {
  letterheadName: 'LetterheadName',
  letterheadAddress: 'LetterheadAddress',
  pageNumber: 'ReleasePageNumber',
} as const

export const BULLET_REFERENCE = 'release-bullets'
export const NUMBER_REFERENCE = 'release-numbers'

function alignment(align: ParagraphLook['align'] | HeaderLook['align']) {
  switch (align) {
    case 'left':
      return AlignmentType.LEFT
    case 'center':
      return AlignmentType.CENTER
    case 'justify':
      return AlignmentType.JUSTIFIED
    default:
      return assertNever(align)
  }
}

function roleStyle(role: ParagraphRole): IParagraphStyleOptions {
  const kind = BLOCK_KINDS[role]
  const look = kind.look
  return {
    id: roleStyleId(role),
    name: kind.wordStyle,
    basedOn: 'Normal',
    next: roleStyleId('results'),
    quickFormat: true,
    run: { font: FONTS.word, size: halfPoints(look.sizePt), bold: look.bold, italics: look.italic },
    paragraph: {
      alignment: alignment(look.align),
      spacing: {
        before: 0,
        after: twips(look.spaceAfterPt),
        // Exact, as the preview's line-height: Word's "auto" would multiply the font's own line
        // height (about 1.15 × 1.15 for Times New Roman) and a one-page release would run to two.
        line: twips(lineHeightPoints(look)),
        lineRule: LineRuleType.EXACT,
      },
      // The same roles the preview's pagination keeps with the paragraph after them.
      keepNext: kind.keepWithNext,
      // Word counts outline levels from 0: 0 is "Level 1".
      ...(kind.heading ? { outlineLevel: 0 } : {}),
    },
  }
}

interface HeaderLook {
  readonly sizePt: number
  readonly align: 'left' | 'center'
  readonly bold?: boolean
  readonly color?: string
  readonly beforePt?: number
  readonly afterPt?: number
  /** A rule above the paragraph, this far above its text. */
  readonly ruleAbovePt?: number
}

function headerStyle(id: string, name: string, look: HeaderLook): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    run: {
      font: FONTS.word,
      size: halfPoints(look.sizePt),
      bold: look.bold ?? false,
      ...(look.color === undefined ? {} : { color: look.color }),
    },
    paragraph: {
      alignment: alignment(look.align),
      spacing: {
        before: twips(look.beforePt ?? 0),
        after: twips(look.afterPt ?? 0),
        line: autoLine(1),
        lineRule: LineRuleType.AUTO,
      },
      ...(look.ruleAbovePt === undefined
        ? {}
        : {
            border: {
              // Word measures border weight in eighths of a point.
              top: {
                style: BorderStyle.SINGLE,
                size: LETTERHEAD_PT.ruleWeight * 8,
                color: '000000',
                space: look.ruleAbovePt,
              },
            },
          }),
    },
  }
}

/**
 * The letterhead as the preview draws it (renderer/src/preview/letterhead.tsx): the logo, or the
 * company's name in bold, at the left; the address line centred under a thin rule.
 */
export const LETTERHEAD_NAME_PT = LETTERHEAD_PT.nameSize

const HEADING_ROLE = PARAGRAPH_ROLES.find((role) => BLOCK_KINDS[role].heading) ?? 'headline'

function headlineHeadingStyle() {
  const { id: _id, name: _name, basedOn: _basedOn, ...look } = roleStyle(HEADING_ROLE)
  return { ...look, run: { ...look.run, color: '000000' } }
}


/** The style table, declared once for the whole document. */
export const RELEASE_STYLES: IStylesOptions = {
  default: {
    document: {
      run: {
        font: FONTS.word,
        size: halfPoints(BLOCK_KINDS.results.look.sizePt),
        language: { value: 'en-US' },
      },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
    // Word's built-in Heading 1 (docx always writes it), restyled as the headline.
    heading1: headlineHeadingStyle(),
  },
  paragraphStyles: [
    ...PARAGRAPH_ROLES.filter((role) => !BLOCK_KINDS[role].heading).map(roleStyle),
    headerStyle(HEADER_STYLE_IDS.letterheadName, 'Letterhead Name', {
      sizePt: LETTERHEAD_NAME_PT,
      align: 'left',
      bold: true,
    }),
    headerStyle(HEADER_STYLE_IDS.letterheadAddress, 'Letterhead Address', {
      sizePt: LETTERHEAD_PT.addressSize,
      align: 'center',
      beforePt: LETTERHEAD_PT.addressGapAbove,
      ruleAbovePt: LETTERHEAD_PT.ruleGap,
    }),
    headerStyle(HEADER_STYLE_IDS.pageNumber, 'Release Page Number', {
      sizePt: PAGE_NUMBER_PT.size,
      align: 'center',
    }),
  ],
}

const BULLET_MARKS = ['\u2022', '\u25e6', '\u25aa'] as const

function listLevelIndent(level: number) {
  return { left: twips(LIST_INDENT_PT * (level + 1)), hanging: twips(LIST_INDENT_PT) }
}

/**
 * Bullets and numbers both through Word's list numbering, so Word renumbers an ordered list when an
 * item is added. Each level shows its own number only ("2."), as the preview does; each ordered list
 * is its own instance (release-paragraphs.ts), so it starts again at 1.
 */
export const RELEASE_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: NUMBER_REFERENCE,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        start: 1,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: listLevelIndent(level) } },
      })),
    },
    {
      reference: BULLET_REFERENCE,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: BULLET_MARKS[level % BULLET_MARKS.length] ?? '\u2022',
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: listLevelIndent(level) } },
      })),
    },
  ],
}
