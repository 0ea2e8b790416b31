import { z } from 'zod'
import { LOGO_MEDIA_TYPES } from '../release/document-schema'

/**
 * The one map of every channel between the renderer and the shell: its request and its reply.
 * The Electron preload, the main process's handlers and the browser host all implement it, and
 * tests enumerate it so that no channel goes unchecked.
 */

/** What identifies the version of a file on disk, to notice when someone else changed it. */
export const fileStampSchema = z.object({
  mtimeMs: z.number(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
})
export type FileStamp = z.output<typeof fileStampSchema>

const openedFile = z.object({ path: z.string(), text: z.string(), stamp: fileStampSchema })

export const channels = {
  /** Shows the open dialog (or opens the given path) and returns the file's text; the renderer validates it. */
  'document:open': {
    request: z.object({ path: z.string().min(1).nullable() }),
    response: openedFile.nullable(),
  },
  /** Saves atomically. With `expected` set, refuses when the file changed on disk since. Shows Save As when path is null. */
  'document:save': {
    request: z.object({
      path: z.string().min(1).nullable(),
      text: z.string(),
      expected: fileStampSchema.nullable(),
      overwriteChanged: z.boolean(),
    }),
    response: z.object({ path: z.string(), stamp: fileStampSchema }).nullable(),
  },
  'document:recent': {
    request: z.object({}),
    response: z.array(z.string()),
  },
  /** Writes the recovery copy of unsaved work; called at most a second after the last edit. */
  'recovery:write': {
    request: z.object({ path: z.string().nullable(), text: z.string() }),
    response: z.null(),
  },
  /** The recovery copy left by a crash, if any. */
  'recovery:read': {
    request: z.object({}),
    response: z
      .object({ path: z.string().nullable(), text: z.string(), savedAt: z.string() })
      .nullable(),
  },
  'recovery:clear': {
    request: z.object({}),
    response: z.null(),
  },
  /** Tells the shell the title and whether there are unsaved changes, for the title bar and the close prompt. */
  'window:state': {
    request: z.object({ title: z.string().max(500), dirty: z.boolean() }),
    response: z.null(),
  },
  'logo:choose': {
    request: z.object({}),
    response: z.object({ mediaType: z.enum(LOGO_MEDIA_TYPES), data: z.string() }).nullable(),
  },
  /**
   * Shows the open dialog for the finance team's workbook (XLSX or CSV) and returns its name and
   * bytes (base64), for the page to read; a file over 50 MB is refused unread.
   */
  'workbook:open': {
    request: z.object({}),
    response: z.object({ name: z.string().min(1).max(255), data: z.string() }).nullable(),
  },
  /** Saves DOCX bytes (base64) through a save dialog. */
  'export:docx': {
    request: z.object({ suggestedName: z.string().min(1).max(255), data: z.string() }),
    response: z.object({ path: z.string() }).nullable(),
  },
  /** Prints the current print view to PDF through a save dialog. */
  'export:pdf': {
    request: z.object({
      suggestedName: z.string().min(1).max(255),
      pageSize: z.enum(['letter', 'a4']),
      /** The headline and the company, written into the PDF as its Title and Author. */
      title: z.string().max(4000),
      author: z.string().max(1000),
    }),
    response: z.object({ path: z.string() }).nullable(),
  },
  'print:show': {
    request: z.object({ pageSize: z.enum(['letter', 'a4']) }),
    response: z.null(),
  },
  'shell:reveal': {
    request: z.object({ path: z.string().min(1) }),
    response: z.null(),
  },
} as const

export type Channel = keyof typeof channels
export type ChannelRequest<C extends Channel> = z.input<(typeof channels)[C]['request']>
export type ChannelResponse<C extends Channel> = z.output<(typeof channels)[C]['response']>

/** Every reply crosses as a result object: a thrown error would reach the renderer as bare text. */
export type BridgeResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string }

/**
 * The document commands the application menu sends to the renderer, whose command registry runs
 * them: one list for the menu, the keyboard and the tests.
 */
/** Insert ▸ Table ▸ <template>: one command per table template, by the template's id. */
export const TABLE_COMMAND_IDS = [
  'insert.table.statement-of-operations',
  'insert.table.balance-sheet',
  'insert.table.segment-revenue',
  'insert.table.non-gaap-reconciliation',
] as const
export type TableCommandId = (typeof TABLE_COMMAND_IDS)[number]

export const MENU_COMMAND_IDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.newQuarter',
  'file.importWorkbook',
  'file.exportDocx',
  'file.exportPdf',
  'file.print',
  'edit.undo',
  'edit.redo',
  'edit.insertStandardParagraphs',
  'view.togglePreprinted',
  'view.commandPalette',
  ...TABLE_COMMAND_IDS,
] as const
export type MenuCommandId = (typeof MENU_COMMAND_IDS)[number]

/** Messages the shell sends to the renderer. */
export const events = {
  /** A menu item or an OS shortcut ran a command of the renderer's command registry. */
  'menu:command': z.object({ id: z.enum(MENU_COMMAND_IDS) }),
  /** A file was passed on the command line or opened from the file manager. */
  'file:opened': openedFile,
} as const
export type ShellEvent = keyof typeof events
export type ShellEventPayload<E extends ShellEvent> = z.output<(typeof events)[E]>

/** The API the renderer sees as `window.releaseDesk`: one method per channel, and event subscriptions. */
export type ReleaseDeskBridge = {
  readonly [C in Channel]: (request: ChannelRequest<C>) => Promise<BridgeResult<ChannelResponse<C>>>
} & {
  readonly on: <E extends ShellEvent>(
    event: E,
    listener: (payload: ShellEventPayload<E>) => void,
  ) => () => void
  /** "electron" in the desktop app, "browser" in the browser host. */
  readonly host: 'electron' | 'browser'
}
