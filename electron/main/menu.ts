import { basename, dirname } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'

/**
 * The application menu as data. Document commands do not act here: they are sent to the renderer
 * as `menu:command` with an id from its command registry, so menu, shortcuts and toolbar share one
 * implementation. Only Open Recent, Quit, About and the standard roles are handled in the shell.
 */

import { MENU_COMMAND_IDS } from '../../renderer/src/contract/bridge-contract'
import type { MenuCommandId } from '../../renderer/src/contract/bridge-contract'

export { MENU_COMMAND_IDS }
export type { MenuCommandId }

export interface MenuActions {
  readonly platform: NodeJS.Platform
  readonly appName: string
  readonly recentFiles: readonly string[]
  readonly sendCommand: (id: MenuCommandId) => void
  readonly openRecent: (path: string) => void
  readonly clearRecent: () => void
  readonly showAbout: () => void
}

export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = actions.platform === 'darwin'
  const command = (
    label: string,
    id: MenuCommandId,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => actions.sendCommand(id),
  })
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: actions.appName,
          submenu: [
            { label: `About ${actions.appName}`, click: actions.showAbout },
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : []

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Release', 'file.new', 'CmdOrCtrl+N'),
      command('Open…', 'file.open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentSubmenu(actions) },
      separator,
      command('Save', 'file.save', 'CmdOrCtrl+S'),
      command('Save As…', 'file.saveAs', 'Shift+CmdOrCtrl+S'),
      separator,
      command('New Quarter from This Release', 'file.newQuarter'),
      command('Import Figures from Workbook\u2026', 'file.importWorkbook'),
      separator,
      command('Export Word Document (DOCX)…', 'file.exportDocx', 'CmdOrCtrl+E'),
      command('Export PDF…', 'file.exportPdf', 'Shift+CmdOrCtrl+E'),
      command('Print…', 'file.print', 'CmdOrCtrl+P'),
      ...(isMac
        ? []
        : [separator, { role: 'quit', label: 'Quit' } satisfies MenuItemConstructorOptions]),
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'edit.undo', 'CmdOrCtrl+Z'),
      command('Redo', 'edit.redo', 'Shift+CmdOrCtrl+Z'),
      // Windows users expect Ctrl+Y as well; a hidden twin gives Redo its second shortcut.
      {
        ...command('Redo', 'edit.redo', 'CmdOrCtrl+Y'),
        visible: false,
        acceleratorWorksWhenHidden: true,
      },
      separator,
      command('Insert Standard Paragraphs', 'edit.insertStandardParagraphs'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  }

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      separator,
      command('Command Palette…', 'view.commandPalette', 'Shift+CmdOrCtrl+P'),
      command('Toggle Pre-printed Letterhead', 'view.togglePreprinted'),
      separator,
      { role: 'togglefullscreen' },
    ],
  }

  const insert: MenuItemConstructorOptions = {
    label: 'Insert',
    submenu: [
      {
        label: 'Table',
        submenu: [
          command('Statement of Operations', 'insert.table.statement-of-operations'),
          command('Balance Sheet Summary', 'insert.table.balance-sheet'),
          command('Revenue by Segment', 'insert.table.segment-revenue'),
          command('Non-GAAP Reconciliation', 'insert.table.non-gaap-reconciliation'),
        ],
      },
    ],
  }

  const help: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    submenu: [{ label: `About ${actions.appName}`, click: actions.showAbout }],
  }

  return [...appMenu, file, edit, insert, view, help]
}

function recentSubmenu(actions: MenuActions): MenuItemConstructorOptions[] {
  const entries: MenuItemConstructorOptions[] =
    actions.recentFiles.length === 0
      ? [{ label: 'No Recent Releases', enabled: false }]
      : actions.recentFiles.map((path) => ({
          // The file name first: it is what people recognise; the folder tells copies apart.
          label: `${basename(path)}  —  ${dirname(path)}`,
          click: () => actions.openRecent(path),
        }))
  return [
    ...entries,
    { type: 'separator' },
    { label: 'Clear Recent', enabled: actions.recentFiles.length > 0, click: actions.clearRecent },
  ]
}
