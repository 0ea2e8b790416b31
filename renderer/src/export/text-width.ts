/**
 * How wide a line of text sets in the body face, without a browser: the advance widths of Liberation
 * Serif (Regular, Bold, Italic), which are those of Times New Roman (Word) and of Tinos (the preview
 * and the PDF), the three faces being metric-compatible. Units are 1/2048 em, for the characters of
 * MEASURED_CHARACTERS in order; any other character counts as half an em.
 *
 * A financial table is laid out with these (see table-layout.ts): its column heads and notes are
 * broken into lines that fit, the same lines in every output, so no output has to wrap or clip them.
 */

const UNITS_PER_EM = 2048
const UNKNOWN_WIDTH = 1024

/** Printable ASCII, then curly quotes, dashes, the bullet, the ellipsis and the no-break space. */
export const MEASURED_CHARACTERS =
  String.fromCharCode(...Array.from({ length: 95 }, (_, index) => 32 + index)) +
  '\u2019\u2018\u201c\u201d\u2014\u2013\u2022\u2026\u00a0'

const WIDTHS = {
  regular: [
    512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569,
    1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909,
    1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479,
    1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024,
    682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024,
    1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108, 682,
    682, 909, 909, 2048, 1024, 717, 2048, 512,
  ],
  bold: [
    512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569,
    1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024,
    1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933, 1479, 1593,
    1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569, 682, 1190, 1024,
    682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024,
    1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065, 682,
    682, 1024, 1024, 2048, 1024, 717, 2048, 512,
  ],
  italic: [
    512, 682, 860, 1024, 1024, 1706, 1593, 438, 682, 682, 1024, 1382, 512, 682, 512, 569,
    1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 682, 682, 1382, 1382, 1382, 1024,
    1884, 1251, 1251, 1366, 1479, 1251, 1251, 1479, 1479, 682, 909, 1366, 1139, 1706, 1366, 1479,
    1251, 1479, 1251, 1024, 1139, 1479, 1251, 1706, 1251, 1139, 1139, 797, 569, 797, 864, 1024,
    682, 1024, 1024, 909, 1024, 909, 569, 1024, 1024, 569, 569, 909, 569, 1479, 1024, 1024,
    1024, 1024, 797, 797, 569, 1024, 909, 1366, 909, 909, 797, 819, 563, 819, 1108, 682,
    682, 1139, 1139, 1821, 1024, 717, 1821, 512,
  ],
} as const

export type FaceStyle = keyof typeof WIDTHS

const INDEX = new Map([...MEASURED_CHARACTERS].map((character, index) => [character, index]))

/** The width of the text in points, set at sizePt in the body face. */
export function textWidthPt(text: string, sizePt: number, style: FaceStyle = 'regular'): number {
  const widths: readonly number[] = WIDTHS[style]
  let units = 0
  for (const character of text) {
    const index = INDEX.get(character)
    units += index === undefined ? UNKNOWN_WIDTH : (widths[index] ?? UNKNOWN_WIDTH)
  }
  return (units / UNITS_PER_EM) * sizePt
}

/**
 * The text broken at spaces into lines no wider than widthPt, as a word processor fills a line. A
 * word wider than the whole line gets a line of its own.
 */
export function breakLines(text: string, widthPt: number, sizePt: number, style: FaceStyle = 'regular'): readonly string[] {
  const words = text.split(' ').filter((word) => word !== '')
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const candidate = line === '' ? word : line + ' ' + word
    if (line !== '' && textWidthPt(candidate, sizePt, style) > widthPt) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines
}
