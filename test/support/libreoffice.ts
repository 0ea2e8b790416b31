/**
 * Real readers for exported files: LibreOffice turns a .docx into a PDF as a user's office suite
 * would, and poppler reads the PDF back (text, page size, fonts, a page as a PNG to look at).
 * Each conversion gets its own LibreOffice profile, so parallel runs never share one.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

/** The tools these helpers need that are not on PATH, by name. */
export function missingTools(tools: readonly string[]): string[] {
  return tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
}

export const OFFICE_TOOLS = [
  'soffice',
  'pdftotext',
  'pdfinfo',
  'pdftoppm',
  'pdffonts',
  'pdfimages',
] as const

/** Why office checks cannot run here, or null when they can. */
export function officeToolsMissingReason(): string | null {
  const missing = missingTools(OFFICE_TOOLS)
  return missing.length === 0
    ? null
    : `${missing.join(', ')} not installed (apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation poppler-utils)`
}

/** Converts a .docx to PDF with headless LibreOffice; returns the PDF's path in outDir. */
export function convertDocxToPdf(docxPath: string, outDir: string): string {
  const [pdfPath] = convertDocxFilesToPdf([docxPath], outDir)
  if (pdfPath === undefined) throw new Error(`soffice wrote no PDF for ${docxPath}`)
  return pdfPath
}

/**
 * Converts several .docx files to PDF in one LibreOffice run (one start-up, one profile), which on a
 * shared machine costs a fraction of one run per file; returns the PDFs' paths in the same order.
 */
export function convertDocxFilesToPdf(docxPaths: readonly string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  try {
    const result = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxPaths,
      ],
      { encoding: 'utf8', timeout: 300_000 },
    )
    const pdfPaths = docxPaths.map((path) =>
      join(outDir, basename(path).replace(/\.docx$/i, '.pdf')),
    )
    const missing = pdfPaths.filter((path) => !existsSync(path))
    if (result.status !== 0 || missing.length > 0) {
      throw new Error(
        `soffice could not convert ${missing.join(', ') || docxPaths.join(', ')} (exit ${String(result.status)}): ${result.stderr}${result.stdout}`,
      )
    }
    return pdfPaths
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

/** The PDF's text in reading order. */
export function pdfText(pdfPath: string): string {
  return execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })
}

/** One page's text. */
export function pdfPageText(pdfPath: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdfPath, '-'], {
    encoding: 'utf8',
  })
}

/** pdfinfo's fields, such as "Pages" and "Page size" ("612 x 792 pts (letter)"). */
export function pdfInfo(pdfPath: string): ReadonlyMap<string, string> {
  const output = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
  return new Map(
    output
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .flatMap((match) => (match?.[1] === undefined ? [] : [[match[1], match[2] ?? ''] as const])),
  )
}

/** The names of the fonts the PDF embeds or refers to, such as "ABCDEF+LiberationSerif-Bold". */
export function pdfFontNames(pdfPath: string): string[] {
  const lines = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' }).split('\n').slice(2)
  return lines.map((line) => line.split(/\s+/)[0] ?? '').filter((name) => name !== '')
}

/** How many images a page shows (an image's transparency mask, listed apart, is not counted). */
export function pdfImageCount(pdfPath: string, page: number): number {
  const output = execFileSync(
    'pdfimages',
    ['-list', '-f', String(page), '-l', String(page), pdfPath],
    {
      encoding: 'utf8',
    },
  )
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().split(/\s+/)[2] === 'image').length
}

/** The top of each text line on a page, in points from the top edge, with its text. */
export function pdfLineTops(
  pdfPath: string,
  page: number,
): { readonly top: number; readonly text: string }[] {
  const html = execFileSync(
    'pdftotext',
    ['-bbox-layout', '-f', String(page), '-l', String(page), pdfPath, '-'],
    { encoding: 'utf8' },
  )
  const lines = html.match(/<line [^>]*>[\s\S]*?<\/line>/g) ?? []
  return lines.map((line) => ({
    top: Number(/yMin="([\d.]+)"/.exec(line)?.[1] ?? Number.NaN),
    text: (line.match(/>([^<]*)<\/word>/g) ?? []).map((word) => word.slice(1, -7)).join(' '),
  }))
}

/** Renders one page as a PNG (`<prefix>-<page>.png`, or `-0<page>` as pdftoppm pads it); returns its path. */
export function renderPdfPage(pdfPath: string, page: number, outPrefix: string, dpi = 60): string {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    pdfPath,
    outPrefix,
  ])
  const candidates = [
    `${outPrefix}-${page}.png`,
    `${outPrefix}-0${page}.png`,
    `${outPrefix}-00${page}.png`,
  ]
  const found = candidates.find((candidate) => existsSync(candidate))
  if (found === undefined) throw new Error(`pdftoppm wrote no page ${page} for ${pdfPath}`)
  return found
}

/** How much ink a page carries: the sum of darkness over a small greyscale rendering of it. */
export function pageInk(pdfPath: string, page: number, outPrefix: string): number {
  execFileSync('pdftoppm', [
    '-gray',
    '-r',
    '20',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdfPath,
    outPrefix,
  ])
  const image = readFileSync(`${outPrefix}.pgm`)
  // A binary PGM: "P5", width, height, maximum value, each followed by one whitespace, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.subarray(0, 64).toString('latin1'))
  if (header === null) throw new Error(`${outPrefix}.pgm: not a binary PGM`)
  return image.subarray(header[0].length).reduce((ink, value) => ink + (255 - value), 0)
}
