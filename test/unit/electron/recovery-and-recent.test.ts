import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRecentFiles, MAX_RECENT_FILES } from '../../../electron/main/recent-files'
import { createRecoveryStore, RECOVERY_FILE_NAME } from '../../../electron/main/recovery-store'
import { namesIn, useTempFolder } from './helpers/temp-folder'

const folder = useTempFolder()
const FIXED_NOW = (): Date => new Date('2025-10-23T14:30:00.000Z')

describe('recovery store', () => {
  it('has nothing to recover at first', async () => {
    expect(await createRecoveryStore(join(folder(), 'Recovery')).read()).toBeNull()
  })

  it('round-trips the unsaved text with its file path and time', async () => {
    const store = createRecoveryStore(join(folder(), 'Recovery'), FIXED_NOW)
    await store.write('/releases/q3.release.json', '{"headline":"Record quarter"}')
    expect(await store.read()).toEqual({
      path: '/releases/q3.release.json',
      text: '{"headline":"Record quarter"}',
      savedAt: '2025-10-23T14:30:00.000Z',
    })
    await store.write(null, 'untitled draft')
    expect(await store.read()).toMatchObject({ path: null, text: 'untitled draft' })
    expect(await namesIn(join(folder(), 'Recovery'))).toEqual([RECOVERY_FILE_NAME])
  })

  it('clears the copy, and clearing twice is fine', async () => {
    const store = createRecoveryStore(folder())
    await store.write(null, 'draft')
    await store.clear()
    await store.clear()
    expect(await store.read()).toBeNull()
  })

  it('does not let a write still in flight resurrect a cleared copy', async () => {
    const store = createRecoveryStore(folder())
    const writing = store.write(null, 'draft')
    const clearing = store.clear()
    await Promise.all([writing, clearing])
    expect(await store.read()).toBeNull()
  })

  it.each([
    ['not JSON at all', '{"path": null, "text": "trunc'],
    ['JSON of the wrong shape', '{"path": 42, "words": []}'],
  ])('does not throw on a corrupt copy (%s) and sets it aside', async (_label, content) => {
    await writeFile(join(folder(), RECOVERY_FILE_NAME), content)
    const store = createRecoveryStore(folder(), FIXED_NOW)
    await expect(store.read()).resolves.toBeNull()
    const names = await namesIn(folder())
    expect(names).not.toContain(RECOVERY_FILE_NAME)
    const aside = names.find((name) => name.startsWith('recovery.corrupt-'))
    expect(aside).toBeDefined()
    expect(await readFile(join(folder(), aside ?? ''), 'utf8')).toBe(content)
  })
})

describe('recent files', () => {
  const release = async (name: string): Promise<string> => {
    const path = join(folder(), name)
    await writeFile(path, '{}')
    return path
  }

  it('lists the most recent first without duplicates', async () => {
    const recent = createRecentFiles(join(folder(), 'user', 'recent-files.json'))
    const q1 = await release('q1.release.json')
    const q2 = await release('q2.release.json')
    await recent.add(q1)
    await recent.add(q2)
    await recent.add(q1)
    expect(await recent.list()).toEqual([q1, q2])
  })

  it(`keeps at most ${MAX_RECENT_FILES}`, async () => {
    const recent = createRecentFiles(join(folder(), 'recent-files.json'))
    const paths: string[] = []
    for (let index = 1; index <= MAX_RECENT_FILES + 3; index += 1) {
      const path = await release(`r${index}.release.json`)
      paths.push(path)
      await recent.add(path)
    }
    const listed = await recent.list()
    expect(listed).toHaveLength(MAX_RECENT_FILES)
    expect(listed[0]).toBe(paths.at(-1))
    expect(listed).not.toContain(paths[0])
  })

  it('drops files that no longer exist when listed, and forgets them', async () => {
    const store = join(folder(), 'recent-files.json')
    const recent = createRecentFiles(store)
    const kept = await release('kept.release.json')
    await recent.add(join(folder(), 'deleted.release.json'))
    await recent.add(kept)
    expect(await recent.list()).toEqual([kept])
    expect(JSON.parse(await readFile(store, 'utf8'))).toEqual([kept])
  })

  it('treats names differing only in case as one file on Windows', async () => {
    const recent = createRecentFiles(join(folder(), 'recent-files.json'), {
      platform: 'win32',
      exists: async () => true,
    })
    await recent.add('/Releases/Q3.release.json')
    await recent.add('/releases/q3.release.json')
    expect(await recent.list()).toEqual(['/releases/q3.release.json'])
  })

  it('treats a damaged list as empty, and clears', async () => {
    const store = join(folder(), 'recent-files.json')
    await mkdir(folder(), { recursive: true })
    await writeFile(store, '[oops')
    const recent = createRecentFiles(store)
    expect(await recent.list()).toEqual([])
    await recent.add(await release('a.release.json'))
    await recent.clear()
    expect(await recent.list()).toEqual([])
  })
})
