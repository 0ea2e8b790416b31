import { openFind } from '../editor/find/find-actions'
import { requestSpellingSuggestions } from '../editor/spelling/spelling-request'
import type { AppContext } from './app-context'
import type { Command } from './commands'
import { mod } from './shortcuts'

/** Find and replace, and spelling suggestions, as entries of the one command registry (the palette, the keyboard and the tests read them). */
export const FIND_COMMAND_IDS = ['edit.find', 'edit.replace', 'edit.spelling'] as const

/** The words selected in a text block become the search, as in a word processor; a selection over lines does not. */
function selectedWords(): string {
  return typeof window.getSelection === 'function' ? (window.getSelection()?.toString() ?? '') : ''
}

export function findCommands(ctx: AppContext): readonly Command[] {
  return [
    {
      id: 'edit.find',
      label: 'Find',
      // The page runs it in every host, and its preventDefault keeps the browser's own find bar away.
      shortcuts: [mod('f')],
      menuHandled: false,
      enabled: () => true,
      run: async () => openFind(ctx.store, false, selectedWords()),
    },
    {
      id: 'edit.replace',
      label: 'Find and replace',
      shortcuts: [mod('h')],
      menuHandled: false,
      enabled: () => true,
      run: async () => openFind(ctx.store, true, selectedWords()),
    },
    {
      id: 'edit.spelling',
      label: 'Spelling suggestions for the word at the caret',
      // F7, as in Word; its preventDefault also keeps Chromium's caret browsing off.
      shortcuts: [{ key: 'f7', mod: false, shift: false }],
      menuHandled: false,
      enabled: () => true,
      run: async () => requestSpellingSuggestions(ctx.store),
    },
  ]
}
