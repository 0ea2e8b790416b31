import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runKillCampaign } from '../../fault/kill-campaign'
import type { KillRecord } from '../../fault/kill-campaign'
import { envCount } from '../../fuzz/run-properties'

/**
 * 200 writer processes (FAULT_KILLS), each SIGKILLed once while saving a ~1 MB release: by the
 * test on one of the writer's phase reports (so wherever the writer has got to by then), or by the
 * writer itself at an exact phase or after a random number of bytes of the temporary file. The
 * plans come from a fixed seed (FAULT_SEED); the verdict does not depend on timing. During each
 * kill a colleague's process saves the same file at a random moment, through Release Desk's own
 * save or by rewriting the file in place; its version must never be replaced unless the writer
 * reported a conflict or had opened it.
 */
const kills = envCount('FAULT_KILLS', 200)
const seed = envCount('FAULT_SEED', 2006)
let folder = ''

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'release-desk-kill-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('SIGKILL during save', () => {
  it(`leaves the old or the new release, never a mix, never a colleague's save lost unseen, and a recovery copy that opens (${kills} kills)`, async () => {
    const records: KillRecord[] = await runKillCampaign({ kills, seed, folder })
    const previous = records.filter(
      (record) => record.fileSave !== null && record.fileSave < record.plan.save,
    )
    const theirsKept = records.filter((record) => record.fileSave === null).length
    const conflicts = records.reduce((sum, record) => sum + record.conflicts, 0)
    const byKind = (kind: KillRecord['plan']['kind']): number =>
      records.filter((record) => record.plan.kind === kind).length
    console.log(
      `${records.length} kills (seed ${seed}): ${byKind('signal')} by the test on a phase report, ` +
        `${byKind('phase')} at an exact phase, ${byKind('bytes')} mid-write; ` +
        `${previous.length} kept the save before the one killed, ${records.length - previous.length} the one killed or later; ` +
        `${records.reduce((sum, record) => sum + record.leftovers, 0)} temporary files swept; ` +
        `the colleague's version kept ${theirsKept} times, ${conflicts} conflicts reported`,
    )
    expect(records).toHaveLength(kills)
    // Both outcomes happen, so the checks above saw both sides of the rename.
    if (kills >= 20) {
      expect(previous.length).toBeGreaterThan(0)
      expect(previous.length).toBeLessThan(records.length)
      expect(
        records.some(
          (record) => record.fileSave !== null && record.recoverySave === record.fileSave + 1,
        ),
      ).toBe(true)
      // The colleague's saves really raced ours: some were refused as conflicts, some kept.
      expect(conflicts).toBeGreaterThan(0)
      expect(theirsKept).toBeGreaterThan(0)
    }
  }, 1_800_000)
})
