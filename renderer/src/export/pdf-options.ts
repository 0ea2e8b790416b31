/**
 * The one description of how the print view becomes a PDF. The app's `webContents.printToPDF`
 * and the CLI's and tests' Playwright `page.pdf()` both derive their options from it, so that
 * the two PDFs come out the same.
 */
export type PageSize = 'letter' | 'a4'

export interface PdfOptions {
  readonly pageSize: PageSize
  /** The page's own CSS (@page) sets size and margins; the printer adds none. */
  readonly preferCssPageSize: true
  readonly printBackground: true
  readonly marginsInches: {
    readonly top: 0
    readonly right: 0
    readonly bottom: 0
    readonly left: 0
  }
  readonly outline: true
  readonly tagged: true
}

export const PAGE_SIZES_INCHES: Readonly<
  Record<PageSize, { readonly width: number; readonly height: number }>
> = {
  letter: { width: 8.5, height: 11 },
  // 210 × 297 mm exactly: 595.28 × 841.89 pt, as print drivers recognise A4.
  a4: { width: 210 / 25.4, height: 297 / 25.4 },
}

export function pdfOptions(pageSize: PageSize): PdfOptions {
  return {
    pageSize,
    preferCssPageSize: true,
    printBackground: true,
    marginsInches: { top: 0, right: 0, bottom: 0, left: 0 },
    outline: true,
    tagged: true,
  }
}

/** Options for Electron 45's `webContents.printToPDF` (margins in inches). */
export function toElectronPrintToPdfOptions(options: PdfOptions) {
  return {
    pageSize: options.pageSize === 'letter' ? ('Letter' as const) : ('A4' as const),
    preferCSSPageSize: options.preferCssPageSize,
    printBackground: options.printBackground,
    margins: { ...options.marginsInches },
    generateDocumentOutline: options.outline,
    generateTaggedPDF: options.tagged,
  }
}

/** Options for Playwright's `page.pdf()` in the system Chromium. */
export function toPlaywrightPdfOptions(options: PdfOptions) {
  const size = PAGE_SIZES_INCHES[options.pageSize]
  const inches = (value: number): string => `${value}in`
  return {
    width: inches(size.width),
    height: inches(size.height),
    preferCSSPageSize: options.preferCssPageSize,
    printBackground: options.printBackground,
    margin: {
      top: inches(options.marginsInches.top),
      right: inches(options.marginsInches.right),
      bottom: inches(options.marginsInches.bottom),
      left: inches(options.marginsInches.left),
    },
    outline: options.outline,
    tagged: options.tagged,
  }
}

/**
 * How an exporter talks to the print page (index.html#print): the release's JSON text is set on
 * this global before the page loads; for the next release on the same page, this event is sent
 * with the JSON text as its detail. The page answers on <html> with `data-print-revision` (1, then
 * one more per event) and `data-print-ready="true"`, or `data-print-error`.
 */
export const PRINT_DOCUMENT_GLOBAL = '__RELEASE_DESK_PRINT__'
export const PRINT_NEXT_EVENT = 'release-desk:print-next'
