import { fork } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import type { RaceOrder, RaceReport } from './race-writer'
import { bundleWriter } from './writer-bundle'

/**
 * A colleague saving the same release from another process, at a moment the test picks: the
 * second writer of the save race and of the kill campaign. One long-lived process answers every
 * order, so a hundred races cost a hundred messages, not a hundred process starts.
 */

export interface Colleague {
  /** Hands over an order; resolves once the colleague has it, with its report still to come. */
  readonly arm: (order: RaceOrder) => Promise<{ readonly done: Promise<RaceReport> }>
  readonly stop: () => void
}

export async function startColleague(folder: string): Promise<Colleague> {
  const script = await bundleWriter(folder, 'race-writer.ts')
  const child: ChildProcess = fork(script, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  const arm = (order: RaceOrder): Promise<{ readonly done: Promise<RaceReport> }> =>
    new Promise((armed) => {
      const done = new Promise<RaceReport>((resolve) => {
        const onReport = (report: RaceReport): void => {
          if (report.type === 'armed') {
            armed({ done })
            return
          }
          child.off('message', onReport)
          resolve(report)
        }
        child.on('message', onReport)
      })
      child.send(order)
    })
  return { arm, stop: () => child.kill() }
}
