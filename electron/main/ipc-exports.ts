import { toElectronPrintToPdfOptions, pdfOptions } from '../../renderer/src/export/pdf-options'
import { finishPdf, UnfinishablePdfError } from '../../renderer/src/export/pdf-finish'
import type { PdfProperties } from '../../renderer/src/export/pdf-finish'
import type { HandlerMap } from './ipc'
import { chooseExportPath, chooseLogo, offerToReveal } from './dialogs'
import { UserFacingError } from '../files/file-errors'
import { saveAtomic } from '../files/file-service'
import { readLogoFile } from './logo-file'

/** Exports and the logo: export:docx, export:pdf, logo:choose. */

type ExportChannels = 'export:docx' | 'export:pdf' | 'logo:choose'

const DOCX = { extension: 'docx', label: 'Word Document' } as const
const PDF = { extension: 'pdf', label: 'PDF' } as const

export function createExportHandlers(): Pick<HandlerMap, ExportChannels> {
  return {
    'export:docx': async ({ suggestedName, data }, { sender }) => {
      const bytes = decodeDocx(data)
      const path = await chooseExportPath(sender, suggestedName, DOCX)
      if (path === null) return null
      await saveAtomic(path, bytes)
      void offerToReveal(sender, path, 'Word document').catch(() => undefined)
      return { path }
    },

    'export:pdf': async ({ suggestedName, pageSize, title, author }, { sender }) => {
      // Ask where first, so cancelling costs nothing; then print the page as it is now.
      const path = await chooseExportPath(sender, suggestedName, PDF)
      if (path === null) return null
      const printed = await sender.printToPDF(toElectronPrintToPdfOptions(pdfOptions(pageSize)))
      await saveAtomic(path, finishedOrAsPrinted(printed, { title, author, pageSize }))
      void offerToReveal(sender, path, 'PDF').catch(() => undefined)
      return { path }
    },

    'logo:choose': async (_request, { sender }) => {
      const path = await chooseLogo(sender)
      return path === null ? null : readLogoFile(path)
    },
  }
}

/** The DOCX bytes from base64; they must be a ZIP package, as every .docx is. */
export function decodeDocx(data: string): Uint8Array {
  const bytes = /^[A-Za-z0-9+/]*={0,2}$/.test(data) ? Buffer.from(data, 'base64') : Buffer.alloc(0)
  const isZip =
    bytes.length > 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  if (!isZip)
    throw new UserFacingError(
      'The Word document could not be created: its content was incomplete. Try exporting again.',
    )
  return bytes
}

/**
 * Chromium's PDF with the exact paper size, title and author; as Chromium printed it should a future
 * Chromium write a PDF the finishing cannot read, as a PDF a hair off size beats no PDF.
 */
export function finishedOrAsPrinted(printed: Uint8Array, properties: PdfProperties): Uint8Array {
  try {
    return finishPdf(printed, properties)
  } catch (error) {
    if (error instanceof UnfinishablePdfError) return printed
    throw error
  }
}
