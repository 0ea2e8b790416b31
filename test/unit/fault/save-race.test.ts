import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { APP_ORIGIN } from '../../../electron/main/app-origin'
import { createDocumentWindows } from '../../../electron/main/document-windows'
import { stampFile } from '../../../electron/files/file-stamp'
import { createGrantedPaths } from '../../../electron/main/granted-paths'
import { runHandler } from '../../../electron/main/ipc'
import { CONFLICT_PREFIX, createDocumentHandlers } from '../../../electron/main/ipc-documents'
import { createRecentFiles } from '../../../electron/main/recent-files'
import type { FileStamp } from '../../../renderer/src/contract/bridge-contract'
import { envCount } from '../../fuzz/run-properties'
import { startColleague } from '../../fault/colleague'
import type { Colleague } from '../../fault/colleague'
import type { RaceOrder } from '../../fault/race-writer'

vi.mock('electron', () => import('../electron/helpers/electron-mock'))

/**
 * Save races a real second writer: a separate process (another Release Desk, as a colleague on a
 * shared folder runs it) saves the same release at a random moment while our document:save runs.
 * Whichever comes first, the other writer's version must never vanish while our save says "saved":
 * either our save reports the conflict, or the other version lands after ours (and then the stamp
 * we returned no longer matches the disk, so the next save reports it).
 */

const runs = envCount('SAVE_RACE_RUNS', 100)
const SAMPLE = readFileSync(
  join(__dirname, '../../../assets/samples/iec-q2-fiscal-2006.release.json'),
  'utf8',
)
/** Three versions of the sample release, telling apart who wrote what's on disk. */
const version = (who: string): string =>
  SAMPLE.replace('"overrideReason": null', `"overrideReason": "written by ${who}"`)
const BASE = version('the person, as opened')
const OURS = version('our save')
const THEIRS = version('the other writer')

let folder = ''
let colleague: Colleague | null = null

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'release-desk-race-'))
  colleague = await startColleague(folder)
})
afterAll(async () => {
  colleague?.stop()
  await rm(folder, { recursive: true, force: true })
})

/** Holds our side back for the run's offset; a timer is too coarse for a window of milliseconds. */
function spinFor(ms: number): void {
  const until = performance.now() + ms
  while (performance.now() < until) {
    // busy wait, see above
  }
}

function arm(order: RaceOrder): ReturnType<Colleague['arm']> {
  if (colleague === null) throw new Error('the colleague process did not start')
  return colleague.arm(order)
}

describe('a save racing another process that saves the same file', () => {
  it.each(['release-desk', 'in-place'] as const)(
    `never loses the version of a writer that saves %s without reporting a conflict (${runs} runs)`,
    async (kind) => {
      const documents = join(folder, kind)
      const target = join(documents, 'iec-q2-fiscal-2006.release.json')
      await mkdir(documents)
      const recent = createRecentFiles(join(folder, 'recent-files.json'))
      const granted = createGrantedPaths({ recentList: recent.list })
      await writeFile(target, BASE)
      await granted.grant(target)
      const handlers = createDocumentHandlers({
        recent,
        windows: createDocumentWindows(),
        granted,
        onRecentChanged: () => undefined,
      })
      const save = (expected: FileStamp) =>
        runHandler(
          'document:save',
          handlers['document:save'],
          [APP_ORIGIN],
          { senderFrame: { url: `${APP_ORIGIN}/index.html` }, sender: { id: 1 } } as never,
          { path: target, text: OURS, expected, overwriteChanged: false },
        )
      const opened = async (): Promise<FileStamp> => {
        await writeFile(target, BASE)
        return stampFile(target)
      }

      // How long one save takes here, so the other writer's moments spread over the whole save.
      const spans: number[] = []
      for (let warmup = 0; warmup < 7; warmup += 1) {
        const expected = await opened()
        const started = performance.now()
        expect(await save(expected)).toEqual({ ok: true, value: expect.anything() })
        spans.push(performance.now() - started)
      }
      const spanMs = spans.sort((a, b) => a - b)[3] ?? 0

      const outcomes = { conflict: 0, theirsAfterOurs: 0, lost: 0 }
      for (let run = 0; run < runs; run += 1) {
        const expected = await opened()
        // Either side may start first, by up to one save's time.
        const offsetMs = (Math.random() * 2 - 1) * spanMs
        const theirs = await arm({
          target,
          text: THEIRS,
          delayMs: Math.max(0, offsetMs),
          kind,
        })
        spinFor(-offsetMs)
        const ours = await save(expected)
        expect(await theirs.done, `run ${run}: the other writer failed`).toEqual({ type: 'wrote' })
        const onDisk = await readFile(target, 'utf8')
        const conflict = !ours.ok && ours.error.startsWith(CONFLICT_PREFIX)
        expect(ours.ok || conflict, `run ${run}: ${ours.ok ? '' : ours.error}`).toBe(true)
        if (onDisk === OURS) outcomes.lost += 1
        else if (conflict) outcomes.conflict += 1
        else outcomes.theirsAfterOurs += 1
        expect([OURS, THEIRS], `run ${run}: the file is a mix`).toContain(onDisk)
      }
      console.log(
        `${kind}: ${runs} races over saves of ${Math.round(spanMs)} ms: ${outcomes.conflict} reported a conflict, ` +
          `${outcomes.theirsAfterOurs} had the other version land after ours, ${outcomes.lost} lost the other version`,
      )
      expect(outcomes.lost).toBe(0)
      expect((await readdir(documents)).sort()).toEqual(['iec-q2-fiscal-2006.release.json'])
    },
    300_000,
  )
})
