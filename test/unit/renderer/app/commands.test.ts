import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../../renderer/src/app/app-context'
import { COMMAND_IDS, createCommands } from '../../../../renderer/src/app/commands'
import type { Command, CommandId } from '../../../../renderer/src/app/commands'
import { createKeyboardHandler } from '../../../../renderer/src/app/keyboard'
import { MENU_COMMAND_IDS, TABLE_COMMAND_IDS } from '../../../../renderer/src/contract/bridge-contract'
import { TABLE_TEMPLATES } from '../../../../renderer/src/release/table-templates'
import { fakeBridge } from '../helpers/fake-bridge'
import { sampleStore } from '../helpers/sample'

/** The ids the Electron menu sends: the contract's list, which the menu's own test checks item by item. */
function menuCommandIds(): string[] {
  return [...MENU_COMMAND_IDS]
}

function setup(host: 'electron' | 'browser' = 'browser') {
  const store = sampleStore()
  const fake = fakeBridge({}, host)
  const ctx: AppContext = { store, bridge: fake.bridge, editors: new Map() }
  const commands = createCommands(ctx, async () => null)
  return { store, fake, commands }
}

type KeyInit = { key: string; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean }

function keydown(init: KeyInit): KeyboardEvent & { prevented: boolean } {
  const event = {
    key: init.key,
    code: `Key${init.key.toUpperCase()}`,
    ctrlKey: init.ctrlKey ?? false,
    metaKey: init.metaKey ?? false,
    shiftKey: init.shiftKey ?? false,
    altKey: false,
    isComposing: false,
    defaultPrevented: false,
    prevented: false,
    preventDefault() {
      this.prevented = true
    },
  }
  return event as unknown as KeyboardEvent & { prevented: boolean }
}

describe('the command registry', () => {
  it('has every command the Electron menu sends', () => {
    const ids = menuCommandIds()
    expect(ids).toHaveLength(18)
    const { commands } = setup()
    for (const id of ids) expect(commands.has(id as CommandId), id).toBe(true)
  })

  it('has an entry for each of its ids, each with a label', () => {
    const { commands } = setup()
    expect([...commands.keys()].sort()).toEqual([...COMMAND_IDS].sort())
    for (const command of commands.values()) expect(command.label).not.toBe('')
  })

  it('inserts a table from each template the release can have, selected in the Tables panel', async () => {
    const { store, commands } = setup()
    // The sample without its own statement of operations.
    store.getState().replaceDocument({ ...store.getState().document, tables: [] }, null, null)
    await (commands.get('insert.table.statement-of-operations') as Command).run()
    expect(store.getState().document.tables.map((table) => table.title)).toEqual(['Condensed Consolidated Statements of Operations'])
    expect(store.getState().activeTab).toBe('tables')
    expect(store.getState().tableSelection).toMatchObject({ table: 'operations', row: 'net-sales', column: 0 })
    expect(TABLE_TEMPLATES.map((template) => `insert.table.${template.id}`).sort()).toEqual([...TABLE_COMMAND_IDS].sort())
  })

  it('says why a template the release cannot have yet is not inserted, and changes nothing', async () => {
    const { store, commands } = setup()
    // The sample without its own statement of operations.
    store.getState().replaceDocument({ ...store.getState().document, tables: [] }, null, null)
    // The sample reports no non-GAAP measure to reconcile.
    await (commands.get('insert.table.non-gaap-reconciliation') as Command).run()
    expect(store.getState().document.tables).toEqual([])
    expect(store.getState().toasts.map((toast) => toast.kind)).toEqual(['error'])
  })

  it('undoes, redoes and toggles the pre-printed letterhead', async () => {
    const { store, commands } = setup()
    const run = (id: CommandId) => (commands.get(id) as Command).run()
    await run('view.togglePreprinted')
    expect(store.getState().document.layout.preprinted).toBe(true)
    await run('edit.undo')
    expect(store.getState().document.layout.preprinted).toBe(false)
    await run('edit.redo')
    expect(store.getState().document.layout.preprinted).toBe(true)
  })

  it('says DOCX export is not available when no exporter is built in', async () => {
    const { store, commands } = setup()
    await (commands.get('file.exportDocx') as Command).run()
    expect(store.getState().toasts.map((toast) => toast.text)).toEqual(['DOCX export is not available yet.'])
  })

  it('exports DOCX bytes through the shell as base64', async () => {
    const store = sampleStore()
    const fake = fakeBridge({ 'export:docx': () => ({ ok: true, value: { path: '/tmp/iec.docx' } }) })
    const commands = createCommands({ store, bridge: fake.bridge, editors: new Map() }, async () => async () =>
      new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
    )
    await (commands.get('file.exportDocx') as Command).run()
    expect(fake.calls).toEqual([
      { channel: 'export:docx', request: { suggestedName: 'IEC Q2 fiscal 2006 release', data: 'UEsDBA==' } },
    ])
    expect(store.getState().toasts.at(-1)?.text).toBe('Exported the Word document to /tmp/iec.docx.')
  })
})

describe('the keyboard', () => {
  it('runs every shortcut in the browser and stops the browser doing its own thing', () => {
    const { store, commands, fake } = setup('browser')
    const ran: CommandId[] = []
    const keyboard = createKeyboardHandler({ commands, bridge: fake.bridge, store, mac: false, run: (command) => ran.push(command.id) })
    const presses: [KeyInit, CommandId][] = [
      [{ key: 'z', ctrlKey: true }, 'edit.undo'],
      [{ key: 'Z', ctrlKey: true, shiftKey: true }, 'edit.redo'],
      [{ key: 'y', ctrlKey: true }, 'edit.redo'],
      [{ key: 's', ctrlKey: true }, 'file.save'],
      [{ key: 'S', ctrlKey: true, shiftKey: true }, 'file.saveAs'],
      [{ key: 'o', ctrlKey: true }, 'file.open'],
      [{ key: 'n', ctrlKey: true }, 'file.new'],
      [{ key: 'p', ctrlKey: true }, 'file.print'],
      [{ key: 'e', ctrlKey: true }, 'file.exportDocx'],
      [{ key: 'E', ctrlKey: true, shiftKey: true }, 'file.exportPdf'],
    ]
    for (const [init, id] of presses) {
      const event = keydown(init)
      keyboard.onKeyDown(event)
      expect(event.prevented, id).toBe(true)
      expect(ran.at(-1), JSON.stringify(init)).toBe(id)
    }
    const plain = keydown({ key: 'z' })
    keyboard.onKeyDown(plain)
    expect(plain.prevented).toBe(false)
    expect(ran).toHaveLength(presses.length)
  })

  it('uses Command on macOS, not Ctrl', () => {
    const { store, commands, fake } = setup('browser')
    const ran: CommandId[] = []
    const keyboard = createKeyboardHandler({ commands, bridge: fake.bridge, store, mac: true, run: (command) => ran.push(command.id) })
    keyboard.onKeyDown(keydown({ key: 'z', ctrlKey: true }))
    keyboard.onKeyDown(keydown({ key: 's', metaKey: true }))
    expect(ran).toEqual(['file.save'])
  })

  it('in Electron leaves the menu\'s shortcuts to the menu, except undo and redo, whose echo it ignores', () => {
    let now = 0
    const { store, commands, fake } = setup('electron')
    const ran: CommandId[] = []
    const keyboard = createKeyboardHandler({
      commands,
      bridge: fake.bridge,
      store,
      mac: false,
      run: (command) => ran.push(command.id),
      now: () => now,
    })
    const save = keydown({ key: 's', ctrlKey: true })
    keyboard.onKeyDown(save)
    expect(save.prevented).toBe(false)
    expect(ran).toEqual([])
    expect(keyboard.isEcho('file.save')).toBe(false)

    const undo = keydown({ key: 'z', ctrlKey: true })
    keyboard.onKeyDown(undo)
    expect(undo.prevented).toBe(true)
    expect(ran).toEqual(['edit.undo'])
    now += 20
    expect(keyboard.isEcho('edit.undo')).toBe(true)
    // Edit > Undo clicked later is a command of its own.
    now += 5000
    expect(keyboard.isEcho('edit.undo')).toBe(false)
  })

  it('leaves keys alone while a dialog is asking something', () => {
    const { store, commands, fake } = setup('browser')
    const ran: CommandId[] = []
    const keyboard = createKeyboardHandler({ commands, bridge: fake.bridge, store, mac: false, run: (command) => ran.push(command.id) })
    void store.getState().ask({ title: 'Q', message: 'M', buttons: [{ id: 'ok', label: 'OK' }], cancelId: 'ok' })
    const undo = keydown({ key: 'z', ctrlKey: true })
    keyboard.onKeyDown(undo)
    expect(undo.prevented).toBe(false)
    expect(ran).toEqual([])
  })
})
