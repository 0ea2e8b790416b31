/**
 * What the kill test and its writer process share: the phases of a save, the kill plans, the
 * messages, and the text of each save. Kept free of the domain so that the writer, started 200
 * times, loads only the file service.
 */

/** The steps of one save, in order, as the writer reports them. */
export const SAVE_PHASES = [
  'recovering',
  'recovered',
  'opened',
  'written',
  'synced',
  'chmodded',
  'renamed',
  'saved',
] as const
export type SavePhase = (typeof SAVE_PHASES)[number]

/** Phases after which the new version is on disk under the release's own name. */
export const PHASES_WITH_NEW_FILE: ReadonlySet<SavePhase> = new Set(['renamed', 'saved'])

export type KillPlan =
  /** The test kills the writer when this report arrives: wherever the writer has got to by then. */
  | { readonly kind: 'signal'; readonly save: number; readonly phase: SavePhase }
  /** The writer kills itself right after this phase. */
  | { readonly kind: 'phase'; readonly save: number; readonly phase: SavePhase }
  /** The writer kills itself after writing this many bytes of the temporary file. */
  | { readonly kind: 'bytes'; readonly save: number; readonly bytes: number }

export interface WriterConfig {
  readonly target: string
  readonly recoveryFolder: string
  readonly basePaths: readonly string[]
  readonly firstSave: number
  readonly maxSaves: number
  readonly plan: KillPlan
}

export type WriterMessage =
  | { readonly type: 'phase'; readonly save: number; readonly phase: SavePhase }
  /** At start, the SHA-256 of the file as the writer "opened" it. */
  | { readonly type: 'opened'; readonly sha256: string }
  /** The save was refused because the file changed on disk; the writer reopens it and tries again. */
  | { readonly type: 'conflict'; readonly save: number }
  | { readonly type: 'unkilled' }
  | { readonly type: 'error'; readonly message: string }

/** Replaced by the save's number in each version's text. */
export const STAMP = '#STAMP#'

/** The exact text save `n` writes. */
export function versionText(bases: readonly string[], save: number): string {
  const base = bases[save % bases.length] ?? ''
  return base.replace(STAMP, String(save))
}

/** The exact text the colleague's concurrent save writes during kill `n`. */
export function colleagueText(bases: readonly string[], kill: number): string {
  const base = bases[(kill + 1) % bases.length] ?? ''
  return base.replace(`save ${STAMP}`, `colleague ${kill}`)
}
