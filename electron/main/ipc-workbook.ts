import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { INPUT_LIMITS } from '../../renderer/src/release/input-limits'
import { describeReadError, UserFacingError } from '../files/file-errors'
import { chooseWorkbook } from './dialogs'
import type { HandlerMap } from './ipc'

/** The finance team's workbook: chosen in the open dialog, read here, parsed in the page (workbook:open). */
export function createWorkbookHandlers(): Pick<HandlerMap, 'workbook:open'> {
  return {
    'workbook:open': async (_request, { sender }) => {
      const path = await chooseWorkbook(sender)
      if (path === null) return null
      return { name: basename(path), data: Buffer.from(await readWorkbookFile(path)).toString('base64') }
    },
  }
}

/** The workbook's bytes; one over 50 MB is refused from its size alone, before it is read. */
export async function readWorkbookFile(path: string, maxBytes = INPUT_LIMITS.workbookBytes): Promise<Uint8Array> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    throw new UserFacingError(describeReadError(error, path), { cause: error })
  }
  try {
    const { size } = await handle.stat()
    if (size > maxBytes)
      throw new UserFacingError(
        `${basename(path)} is ${(size / (1024 * 1024)).toFixed(1)} MB, larger than the 50 MB a workbook may be; save the sheet with the figures as a workbook of its own.`,
      )
    return await handle.readFile()
  } catch (error) {
    if (error instanceof UserFacingError) throw error
    throw new UserFacingError(describeReadError(error, path), { cause: error })
  } finally {
    await handle.close()
  }
}
