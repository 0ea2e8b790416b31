import { basename, extname } from 'node:path'
import { BrowserWindow, dialog, shell } from 'electron'
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron'
import { LOGO_EXTENSIONS } from './logo-file'

/** The system dialogs, attached to the window that asked so they open as sheets on macOS. */

export const RELEASE_EXTENSION = '.release.json'

const RELEASE_FILTERS = [
  { name: 'Release (*.release.json)', extensions: ['release.json'] },
  { name: 'JSON', extensions: ['json'] },
]

// Open takes the finance team's figures files as well, and makes a new release from one.
const OPEN_FILTERS = [
  { name: 'Release or figures (*.release.json, *.figures.json)', extensions: ['release.json', 'figures.json'] },
  { name: 'JSON', extensions: ['json'] },
]

function parentOf(contents: WebContents | null): BrowserWindow | null {
  return contents === null ? null : BrowserWindow.fromWebContents(contents)
}

async function chooseToOpen(
  contents: WebContents | null,
  options: OpenDialogOptions,
): Promise<string | null> {
  const parent = parentOf(contents)
  const result =
    parent === null
      ? await dialog.showOpenDialog(options)
      : await dialog.showOpenDialog(parent, options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

async function chooseToSave(
  contents: WebContents | null,
  options: SaveDialogOptions,
): Promise<string | null> {
  const parent = parentOf(contents)
  const result =
    parent === null
      ? await dialog.showSaveDialog(options)
      : await dialog.showSaveDialog(parent, options)
  return result.canceled || result.filePath === undefined || result.filePath === ''
    ? null
    : result.filePath
}

export function chooseReleaseToOpen(contents: WebContents | null): Promise<string | null> {
  return chooseToOpen(contents, {
    title: 'Open Release',
    filters: OPEN_FILTERS,
    properties: ['openFile'],
  })
}

/** Save As; the name always ends in .release.json (Linux dialogs do not add extensions). */
export async function chooseReleaseSavePath(
  contents: WebContents | null,
  suggestedTitle: string,
): Promise<string | null> {
  const chosen = await chooseToSave(contents, {
    title: 'Save Release As',
    defaultPath: `${safeFileName(suggestedTitle, 'Untitled release')}${RELEASE_EXTENSION}`,
    filters: RELEASE_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  })
  if (chosen === null) return null
  return /\.json$/i.test(chosen) ? chosen : `${chosen}${RELEASE_EXTENSION}`
}

export function chooseLogo(contents: WebContents | null): Promise<string | null> {
  return chooseToOpen(contents, {
    title: 'Choose Company Logo',
    filters: [{ name: 'Logo image (PNG, JPEG, SVG)', extensions: [...LOGO_EXTENSIONS] }],
    properties: ['openFile'],
  })
}

/** The save dialog for an export; the chosen name always carries the format's extension. */
export async function chooseExportPath(
  contents: WebContents | null,
  suggestedName: string,
  format: { readonly extension: 'docx' | 'pdf'; readonly label: string },
): Promise<string | null> {
  const stem = safeFileName(basename(suggestedName, extname(suggestedName)), 'Earnings release')
  const chosen = await chooseToSave(contents, {
    title: `Export ${format.label}`,
    defaultPath: `${stem}.${format.extension}`,
    filters: [{ name: format.label, extensions: [format.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  })
  if (chosen === null) return null
  return chosen.toLowerCase().endsWith(`.${format.extension}`)
    ? chosen
    : `${chosen}.${format.extension}`
}

/**
 * Tells the person where the export went and offers to show it. Not awaited by the export itself,
 * so the renderer hears "done" at once rather than when this message is dismissed.
 */
export async function offerToReveal(
  contents: WebContents | null,
  path: string,
  what: string,
): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: `${what} exported`,
    message: `${what} saved as "${basename(path)}".`,
    buttons: ['Show in Folder', 'OK'],
    defaultId: 1,
    cancelId: 1,
  }
  const parent = parentOf(contents)
  const { response } =
    parent === null
      ? await dialog.showMessageBox(options)
      : await dialog.showMessageBox(parent, options)
  if (response === 0) shell.showItemInFolder(path)
}

export type CloseChoice = 'save' | 'discard' | 'cancel'

/** The close prompt for a release with unsaved changes. */
export async function askToSaveBeforeClosing(
  parent: BrowserWindow,
  title: string,
): Promise<CloseChoice> {
  const { response } = await dialog.showMessageBox(parent, {
    type: 'warning',
    title: 'Unsaved changes',
    message: `Do you want to save the changes to "${title}"?`,
    detail: "Your changes will be lost if you don't save them.",
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  })
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel'
}

/** A title made safe as a file name on every system: no separators, reserved characters or trailing dots. */
export function safeFileName(title: string, fallback: string): string {
  const printable = [...title].map((char) => (char.charCodeAt(0) < 0x20 ? ' ' : char)).join('')
  const cleaned = printable
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
  return cleaned === '' ? fallback : cleaned.slice(0, 120)
}

/** The open dialog for the finance team's workbook: an Excel workbook or a CSV file. */
export function chooseWorkbook(contents: WebContents | null): Promise<string | null> {
  return chooseToOpen(contents, {
    title: 'Import Figures from Workbook',
    filters: [
      { name: 'Workbook (*.xlsx, *.xlsm, *.csv)', extensions: ['xlsx', 'xlsm', 'csv'] },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['openFile'],
  })
}
