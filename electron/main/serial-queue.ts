/**
 * Runs async tasks one after another. The recovery copy is written every second while someone
 * types; without a queue a slow write could land after a later "clear" and resurrect old text.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }
}
