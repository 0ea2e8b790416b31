import { pdfProperties } from '../export/pdf-properties'
import { bytesToBase64 } from '../host/bytes'
import { fiscalYearName } from '../release/fiscal-calendar'
import { selectDocumentName } from '../store/selectors'
import type { ReleaseState } from '../store/store-types'
import type { AppContext } from './app-context'

/** Exports and printing: DOCX bytes go to the shell to save; PDF and print are of the preview's pages. */

/** "IEC Q2 fiscal 2006 release" for an untitled release; the file's name once it has one. */
export function exportName(state: ReleaseState): string {
  if (state.filePath !== null) return selectDocumentName(state)
  const { company, period } = state.document
  const who = company.shortName.trim() || company.name.trim() || 'Release'
  return `${who} Q${period.quarter} ${fiscalYearName(period.fiscalYear)} release`
}

export async function exportPdf(ctx: AppContext): Promise<void> {
  const state = ctx.store.getState()
  if (ctx.bridge.host === 'browser') {
    state.showToast(
      'info',
      'In the print dialog, choose \u201cSave as PDF\u201d as the destination.',
    )
  }
  const { title, author } = pdfProperties(state.document)
  const reply = await ctx.bridge['export:pdf']({
    suggestedName: exportName(state),
    pageSize: state.document.layout.pageSize,
    title,
    author,
  })
  if (!reply.ok) state.showToast('error', `The PDF was not exported. ${reply.error}`)
  else if (reply.value !== null)
    state.showToast('success', `Exported the PDF to ${reply.value.path}.`)
}

export async function printRelease(ctx: AppContext): Promise<void> {
  const state = ctx.store.getState()
  const reply = await ctx.bridge['print:show']({ pageSize: state.document.layout.pageSize })
  if (!reply.ok) state.showToast('error', reply.error)
}

/** The DOCX exporter, loaded on first use; null until the exporter exists in this build. */
export type DocxMaker = ((document: ReleaseState['document']) => Promise<Uint8Array>) | null

export async function exportDocx(
  ctx: AppContext,
  loadMaker: () => Promise<DocxMaker>,
): Promise<void> {
  const state = ctx.store.getState()
  const make = await loadMaker()
  if (make === null) {
    state.showToast('info', 'DOCX export is not available yet.')
    return
  }
  let bytes: Uint8Array
  try {
    bytes = await make(state.document)
  } catch (error) {
    state.showToast(
      'error',
      `The Word document could not be made. ${error instanceof Error ? error.message : String(error)}`,
    )
    return
  }
  const reply = await ctx.bridge['export:docx']({
    suggestedName: exportName(state),
    data: bytesToBase64(bytes),
  })
  if (!reply.ok) state.showToast('error', `The Word document was not exported. ${reply.error}`)
  else if (reply.value !== null)
    state.showToast('success', `Exported the Word document to ${reply.value.path}.`)
}
