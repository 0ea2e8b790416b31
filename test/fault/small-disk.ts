import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A real, tiny disk for the full-disk and read-only tests: a tmpfs mounted on a fresh folder. Only
 * root with the right to mount gets one (as on the test machines); elsewhere `mountSmallDisk`
 * says why not, and the tests inject the error codes instead.
 */
export interface SmallDisk {
  readonly folder: string
  /** Makes the disk read-only, as a write-protected stick or a read-only share. */
  readonly makeReadOnly: () => void
  readonly unmount: () => Promise<void>
}

export type SmallDiskResult =
  { readonly ok: true; readonly disk: SmallDisk } | { readonly ok: false; readonly reason: string }

export async function mountSmallDisk(sizeKb: number): Promise<SmallDiskResult> {
  const folder = await mkdtemp(join(tmpdir(), 'release-desk-small-disk-'))
  try {
    if (process.getuid?.() !== 0) throw new Error('not running as root')
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', folder], {
      stdio: 'pipe',
    })
  } catch (error) {
    await rm(folder, { recursive: true, force: true })
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return { ok: false, reason: detail ?? 'mount failed' }
  }
  return {
    ok: true,
    disk: {
      folder,
      makeReadOnly: () => execFileSync('mount', ['-o', 'remount,ro', folder], { stdio: 'pipe' }),
      unmount: async () => {
        execFileSync('umount', [folder], { stdio: 'pipe' })
        await rm(folder, { recursive: true, force: true })
      },
    },
  }
}
