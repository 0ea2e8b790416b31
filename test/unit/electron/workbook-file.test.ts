import { truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { readWorkbookFile } from '../../../electron/main/ipc-workbook'
import { useTempFolder } from './helpers/temp-folder'

vi.mock('electron', () => import('./helpers/electron-mock'))

const folder = useTempFolder()

describe('the workbook the desktop app imports', () => {
  it('is read as its bytes, for the page to parse', async () => {
    const path = join(folder(), 'q2.csv')
    await writeFile(path, 'Net sales,5600\n')
    expect(new TextDecoder().decode(await readWorkbookFile(path))).toBe('Net sales,5600\n')
  })

  it('is refused from its size alone when over 50 MB, before it is read', async () => {
    const path = join(folder(), 'huge.xlsx')
    await writeFile(path, '')
    // A sparse file: 60 MB on paper, nothing on disk, and nothing read.
    await truncate(path, 60 * 1024 * 1024)
    await expect(readWorkbookFile(path)).rejects.toThrow(
      'huge.xlsx is 60.0 MB, larger than the 50 MB a workbook may be; save the sheet with the figures as a workbook of its own.',
    )
  })

  it('names the file when it cannot be read', async () => {
    await expect(readWorkbookFile(join(folder(), 'gone.xlsx'))).rejects.toThrow(/gone\.xlsx/)
  })
})
