import { MENU_COMMAND_IDS } from '../contract/bridge-contract'
import { clearFinalOutput } from '../editor/checks/final-gate'
import type { FinalOutput } from '../editor/checks/final-gate'
import { refusedForUnreadFigures } from '../editor/figures/unread-figures'
import type { ReleaseState } from '../store/store-types'
import { ZOOM_LEVELS } from '../store/ui-slice'
import type { AppContext } from './app-context'
import { exportDocx, exportPdf, printRelease } from './export-flows'
import type { DocxMaker } from './export-flows'
import { newQuarter, newRelease, openRelease, saveRelease } from './file-flows'
import { insertStandardParagraphs } from './standard-paragraphs'
import { FIND_COMMAND_IDS, findCommands } from './find-commands'
import { openCommandPalette } from './palette-state'
import { mod, shiftMod } from './shortcuts'
import { importFiguresFromWorkbook } from './workbook-flows'
import type { Shortcut } from './shortcuts'
import { tableCommands } from './table-commands'

/**
 * Every command as data: the toolbar, the keyboard, the Electron menu (`menu:command` with these
 * ids) and the tests all run the same entries.
 */
export const COMMAND_IDS = [...MENU_COMMAND_IDS, 'view.zoomIn', 'view.zoomOut', ...FIND_COMMAND_IDS] as const
export type CommandId = (typeof COMMAND_IDS)[number]

export interface Command {
  readonly id: CommandId
  readonly label: string
  /** The first is shown in hints; all of them run the command. */
  readonly shortcuts: readonly Shortcut[]
  /** In Electron the application menu's accelerators run this command, so the page must not as well. */
  readonly menuHandled: boolean
  readonly enabled: (state: ReleaseState) => boolean
  readonly run: () => Promise<void>
}

export type CommandRegistry = ReadonlyMap<CommandId, Command>

export function isCommandId(id: string): id is CommandId {
  return (COMMAND_IDS as readonly string[]).includes(id)
}

function nextZoom(current: number, direction: 1 | -1): number {
  const levels = direction === 1 ? ZOOM_LEVELS : [...ZOOM_LEVELS].reverse()
  return levels.find((level) => (direction === 1 ? level > current + 0.001 : level < current - 0.001)) ?? current
}

const always = (): boolean => true

export function createCommands(ctx: AppContext, loadDocxMaker: () => Promise<DocxMaker>): CommandRegistry {
  const state = () => ctx.store.getState()
  // Nothing goes out while a figures cell holds text that is not an amount. A final release with
  // errors in the checks goes out only with a stated reason; drafts go freely.
  const gated = (output: FinalOutput, go: () => Promise<void>) => async (): Promise<void> => {
    if (await refusedForUnreadFigures(ctx.store, output)) return
    if (await clearFinalOutput(ctx.store, output)) await go()
  }
  const entries: Command[] = [
    { id: 'file.new', label: 'New release', shortcuts: [mod('n')], menuHandled: true, enabled: always, run: () => newRelease(ctx) },
    { id: 'file.open', label: 'Open\u2026', shortcuts: [mod('o')], menuHandled: true, enabled: always, run: () => openRelease(ctx) },
    {
      id: 'file.save',
      label: 'Save',
      shortcuts: [mod('s')],
      menuHandled: true,
      enabled: always,
      run: async () => {
        await saveRelease(ctx, { saveAs: false })
      },
    },
    {
      id: 'file.saveAs',
      label: 'Save As\u2026',
      shortcuts: [shiftMod('s')],
      menuHandled: true,
      enabled: always,
      run: async () => {
        await saveRelease(ctx, { saveAs: true })
      },
    },
    {
      id: 'file.newQuarter',
      label: 'New quarter from this release',
      shortcuts: [],
      menuHandled: true,
      enabled: always,
      run: () => newQuarter(ctx),
    },
    {
      id: 'file.importWorkbook',
      label: 'Import figures from workbook\u2026',
      shortcuts: [],
      menuHandled: true,
      enabled: always,
      run: () => importFiguresFromWorkbook(ctx),
    },
    {
      id: 'file.exportDocx',
      label: 'Export Word document',
      shortcuts: [mod('e')],
      menuHandled: true,
      enabled: always,
      run: gated('docx', () => exportDocx(ctx, loadDocxMaker)),
    },
    { id: 'file.exportPdf', label: 'Export PDF', shortcuts: [shiftMod('e')], menuHandled: true, enabled: always, run: gated('pdf', () => exportPdf(ctx)) },
    { id: 'file.print', label: 'Print\u2026', shortcuts: [mod('p')], menuHandled: true, enabled: always, run: gated('print', () => printRelease(ctx)) },
    {
      id: 'edit.undo',
      label: 'Undo',
      shortcuts: [mod('z')],
      menuHandled: true,
      enabled: (s) => s.past.length > 0,
      run: async () => state().undo(),
    },
    {
      id: 'edit.redo',
      label: 'Redo',
      shortcuts: [shiftMod('z'), mod('y')],
      menuHandled: true,
      enabled: (s) => s.future.length > 0,
      run: async () => state().redo(),
    },
    {
      id: 'edit.insertStandardParagraphs',
      label: 'Insert standard paragraphs',
      shortcuts: [],
      menuHandled: true,
      enabled: always,
      run: () => insertStandardParagraphs(ctx),
    },
    {
      id: 'view.commandPalette',
      label: 'Command palette',
      shortcuts: [shiftMod('p')],
      menuHandled: true,
      enabled: always,
      run: async () => openCommandPalette(ctx.store),
    },
    {
      id: 'view.togglePreprinted',
      label: 'Pre-printed letterhead',
      shortcuts: [],
      menuHandled: true,
      enabled: always,
      run: async () => state().setLayout({ preprinted: !state().document.layout.preprinted }),
    },
    {
      id: 'view.zoomIn',
      label: 'Zoom in',
      shortcuts: [],
      menuHandled: false,
      enabled: (s) => s.zoom < 2,
      run: async () => state().setZoom(nextZoom(state().zoom, 1)),
    },
    {
      id: 'view.zoomOut',
      label: 'Zoom out',
      shortcuts: [],
      menuHandled: false,
      enabled: (s) => s.zoom > 0.5,
      run: async () => state().setZoom(nextZoom(state().zoom, -1)),
    },
    ...findCommands(ctx),
    ...tableCommands(ctx),
  ]
  return new Map(entries.map((command) => [command.id, command]))
}
