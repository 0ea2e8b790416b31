import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate, MENU_COMMAND_IDS } from '../../../electron/main/menu'
import type { MenuActions } from '../../../electron/main/menu'

/** menu.ts uses only Electron's types, so no mock is needed: the template is plain data. */

function actions(overrides: Partial<MenuActions> = {}): MenuActions {
  return {
    platform: 'linux',
    appName: 'Release Desk',
    recentFiles: [],
    sendCommand: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  }
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ])
}

function click(item: MenuItemConstructorOptions): void {
  ;(item.click as (() => void) | undefined)?.()
}

const EXPECTED_ACCELERATORS: ReadonlyArray<readonly [string, string]> = [
  ['file.new', 'CmdOrCtrl+N'],
  ['file.open', 'CmdOrCtrl+O'],
  ['file.save', 'CmdOrCtrl+S'],
  ['file.saveAs', 'Shift+CmdOrCtrl+S'],
  ['file.exportDocx', 'CmdOrCtrl+E'],
  ['file.exportPdf', 'Shift+CmdOrCtrl+E'],
  ['file.print', 'CmdOrCtrl+P'],
  ['edit.undo', 'CmdOrCtrl+Z'],
  ['edit.redo', 'Shift+CmdOrCtrl+Z'],
  ['edit.redo', 'CmdOrCtrl+Y'],
]

describe.each(['linux', 'win32', 'darwin'] as const)('menu on %s', (platform) => {
  it('gives every command item an id from the renderer command list, and sends that id', () => {
    const menuActions = actions({ platform })
    const commandItems = flatten(buildMenuTemplate(menuActions)).filter(
      (item) => item.id !== undefined,
    )
    for (const item of commandItems) {
      expect(MENU_COMMAND_IDS).toContain(item.id)
      click(item)
      expect(menuActions.sendCommand).toHaveBeenLastCalledWith(item.id)
    }
    expect(new Set(commandItems.map((item) => item.id))).toEqual(new Set(MENU_COMMAND_IDS))
  })

  it.each(EXPECTED_ACCELERATORS)('binds %s to %s', (id, accelerator) => {
    const items = flatten(buildMenuTemplate(actions({ platform })))
    expect(items.some((item) => item.id === id && item.accelerator === accelerator)).toBe(true)
  })

  it('has the File, Edit, View and Help menus and a Quit item', () => {
    const template = buildMenuTemplate(actions({ platform }))
    const labels = template.map((item) => item.label)
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']))
    expect(flatten(template).some((item) => item.role === 'quit')).toBe(true)
    const roles = flatten(template).map((item) => item.role)
    expect(roles).toEqual(
      expect.arrayContaining([
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
      ]),
    )
  })
})

describe('Open Recent', () => {
  const recentMenu = (menuActions: MenuActions): MenuItemConstructorOptions[] => {
    const openRecent = flatten(buildMenuTemplate(menuActions)).find(
      (item) => item.label === 'Open Recent',
    )
    return Array.isArray(openRecent?.submenu) ? openRecent.submenu : []
  }

  it('lists the recent releases by name and folder, opens them and can be cleared', () => {
    const menuActions = actions({
      recentFiles: ['/ir/2025/Q3.release.json', '/ir/2025/Q2.release.json'],
    })
    const items = recentMenu(menuActions)
    expect(items[0]?.label).toBe('Q3.release.json  —  /ir/2025')
    if (items[1] !== undefined) click(items[1])
    expect(menuActions.openRecent).toHaveBeenCalledWith('/ir/2025/Q2.release.json')
    const clear = items.find((item) => item.label === 'Clear Recent')
    expect(clear?.enabled).toBe(true)
    if (clear !== undefined) click(clear)
    expect(menuActions.clearRecent).toHaveBeenCalled()
  })

  it('says so when there is nothing recent', () => {
    const items = recentMenu(actions())
    expect(items[0]).toMatchObject({ label: 'No Recent Releases', enabled: false })
    expect(items.find((item) => item.label === 'Clear Recent')?.enabled).toBe(false)
  })
})
