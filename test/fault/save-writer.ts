import type { FileHandle } from 'node:fs/promises'
import { chmod, open, readFile, rename } from 'node:fs/promises'
import { FileChangedError } from '../../electron/files/file-errors'
import { saveAtomic } from '../../electron/files/file-service'
import { stampFile } from '../../electron/files/file-stamp'
import type { SaveFileSystem } from '../../electron/files/file-service'
import { createRecoveryStore } from '../../electron/main/recovery-store'
import { versionText } from './save-protocol'
import type { KillPlan, SavePhase, WriterConfig, WriterMessage } from './save-protocol'

/**
 * The child process of the kill test: saves a release over and over as the app would (recovery
 * copy first, then the atomic save, refused when the file changed since it was opened or last
 * saved), alternating between two versions, reporting each phase to the parent. A refused save
 * is reported, the file reopened, and the save tried again. Depending on its plan it is killed by the parent on one of those reports, or
 * SIGKILLs itself at an exact phase or after a given number of bytes of the temporary file.
 */

const config = JSON.parse(process.argv[2] ?? '{}') as WriterConfig
const plan: KillPlan = config.plan

function send(message: WriterMessage): void {
  process.send?.(message)
}

function dieNow(): never {
  // The same as the power going out for this process: no handlers, no flushing, no cleanup.
  process.kill(process.pid, 'SIGKILL')
  throw new Error('unreachable: SIGKILL did not stop the writer')
}

function reached(save: number, phase: SavePhase): void {
  send({ type: 'phase', save, phase })
  if (plan.kind === 'phase' && plan.save === save && plan.phase === phase) dieNow()
}

/** An `fs` for saveAtomic that reports each step of writing the temporary file and can die inside one. */
function instrumentedFs(save: number): Partial<SaveFileSystem> {
  const openTemp = async (path: string, flags: string, mode?: number): Promise<FileHandle> => {
    const handle = await open(path, flags, mode)
    if (flags !== 'wx') return handle
    reached(save, 'opened')
    const writeFile = async (data: string | Uint8Array): Promise<void> => {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data
      if (plan.kind === 'bytes' && plan.save === save) {
        // Part of the file reaches the disk, then the process dies mid-write.
        await handle.write(bytes, 0, Math.min(plan.bytes, bytes.length), 0)
        dieNow()
      }
      await handle.writeFile(bytes)
      reached(save, 'written')
    }
    const sync = async (): Promise<void> => {
      await handle.sync()
      reached(save, 'synced')
    }
    return Object.assign(Object.create(handle) as FileHandle, {
      writeFile,
      sync,
      close: () => handle.close(),
    })
  }
  return {
    open: openTemp as SaveFileSystem['open'],
    chmod: async (path, mode) => {
      await chmod(path, mode)
      reached(save, 'chmodded')
    },
    rename: async (from, to) => {
      await rename(from, to)
      // Only our new version taking the file's place; not a colleague's version put back.
      if (String(from).endsWith('.tmp')) reached(save, 'renamed')
    },
  }
}

async function main(): Promise<void> {
  const bases = await Promise.all(config.basePaths.map((path) => readFile(path, 'utf8')))
  const recovery = createRecoveryStore(config.recoveryFolder)
  let expected = await stampFile(config.target)
  send({ type: 'opened', sha256: expected.sha256 })
  for (let save = config.firstSave; save < config.firstSave + config.maxSaves;) {
    const text = versionText(bases, save)
    reached(save, 'recovering')
    await recovery.write(config.target, text)
    reached(save, 'recovered')
    try {
      expected = (await saveAtomic(config.target, text, { fs: instrumentedFs(save), expected }))
        .stamp
    } catch (error) {
      if (!(error instanceof FileChangedError)) throw error
      send({ type: 'conflict', save })
      expected = await stampFile(config.target)
      continue
    }
    reached(save, 'saved')
    save += 1
  }
  // The plan should have ended this process long before: say so instead of exiting quietly.
  send({ type: 'unkilled' })
  process.exitCode = 3
}

main().catch((error: unknown) => {
  send({
    type: 'error',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  })
  process.exitCode = 2
})
