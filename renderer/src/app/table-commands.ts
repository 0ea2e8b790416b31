import { TABLE_COMMAND_IDS } from '../contract/bridge-contract'
import type { TableCommandId } from '../contract/bridge-contract'
import { TABLE_TEMPLATES } from '../release/table-templates'
import type { AppContext } from './app-context'
import type { Command } from './commands'

export { TABLE_COMMAND_IDS }

/** The template a menu id inserts: "insert.table.balance-sheet" inserts the "balance-sheet" template. */
export function templateOfCommand(id: TableCommandId): string {
  return id.slice('insert.table.'.length)
}

/**
 * Inserts the template's table, then shows it selected in the Tables panel; a template the release
 * cannot have yet (no segments, no non-GAAP measure) says why in a toast and changes nothing.
 */
export function insertTableTemplate(ctx: AppContext, template: string): void {
  const state = ctx.store.getState()
  const before = state.document.tables.length
  const result = state.changeTables({ kind: 'insertTemplate', template })
  if (!result.ok) {
    state.showToast('error', result.error)
    return
  }
  const inserted = ctx.store.getState().document.tables[before]
  if (inserted === undefined) return
  ctx.store.getState().selectTable({ table: inserted.id, row: inserted.rows[0]?.id ?? null, column: 0 })
  ctx.store.getState().setActiveTab('tables')
}

/** Insert ▸ Table ▸ <template>, as entries of the one command registry (menu, palette, tests). */
export function tableCommands(ctx: AppContext): readonly Command[] {
  return TABLE_COMMAND_IDS.map((id) => {
    const template = templateOfCommand(id)
    const label = TABLE_TEMPLATES.find((candidate) => candidate.id === template)?.label ?? template
    return {
      id,
      label: `Insert table: ${label}`,
      shortcuts: [],
      menuHandled: true,
      enabled: () => true,
      run: async () => insertTableTemplate(ctx, template),
    }
  })
}
