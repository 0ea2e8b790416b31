import { writeFile } from 'node:fs/promises'
import { saveAtomic } from '../../electron/files/file-service'

/**
 * The second writer of the save race: another program saving the same release at a moment the
 * parent picks. Long-lived, so that each of the 100 runs costs a message rather than a process
 * start. `release-desk` saves as Release Desk itself does (another window, or a colleague's copy
 * on a shared folder); `in-place` rewrites the file as a plain editor does, taking no lock.
 */

export type RaceWriterKind = 'release-desk' | 'in-place'

export interface RaceOrder {
  readonly target: string
  readonly text: string
  /** How long after the order arrives the write starts, in milliseconds (fractions allowed). */
  readonly delayMs: number
  readonly kind: RaceWriterKind
}

export type RaceReport =
  | { readonly type: 'armed' }
  | { readonly type: 'wrote' }
  | { readonly type: 'error'; readonly message: string }

function send(report: RaceReport): void {
  process.send?.(report)
}

/** Waits on the clock rather than a timer: timers are too coarse for a window of a few milliseconds. */
function spinUntil(deadline: number): void {
  while (performance.now() < deadline) {
    // busy wait, see above
  }
}

process.on('message', (order: RaceOrder) => {
  send({ type: 'armed' })
  spinUntil(performance.now() + order.delayMs)
  const writing =
    order.kind === 'release-desk'
      ? saveAtomic(order.target, order.text, {
          // Waits as a person would: a few ms at first, then up to 5 s more on a loaded machine,
          // where the other window's save (fsync and all) can hold the lock for longer.
          lockRetryDelaysMs: [...Array<number>(200).fill(2), ...Array<number>(100).fill(50)],
        })
      : writeFile(order.target, order.text)
  writing.then(
    () => send({ type: 'wrote' }),
    (error: unknown) =>
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
})
