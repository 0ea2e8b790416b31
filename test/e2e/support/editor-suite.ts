import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { openEditor, openPage, startHarness } from './app-page'
import type { AppPage, Harness } from './app-page'
import { realErrors } from './known-noise'

/**
 * One Chromium and one server per test file, and after every test the same three checks on the
 * page it opened: no console errors, no request leaving 127.0.0.1, no file missing from the build.
 */
export interface EditorSuite {
  readonly harness: () => Harness
  /** Opens the editor on the sample and waits for it to be ready; checked after the test. */
  readonly openEditor: () => Promise<AppPage>
  /** Opens any page of the built renderer; checked after the test. */
  readonly openPage: (path: string, options?: Parameters<typeof openPage>[2]) => Promise<AppPage>
}

export function editorSuite(): EditorSuite {
  let harness: Harness | null = null
  let current: AppPage | null = null
  const started = (): Harness => {
    if (harness === null) throw new Error('the E2E harness has not started')
    return harness
  }
  beforeAll(async () => {
    harness = await startHarness()
  })
  afterAll(async () => {
    await harness?.close()
  })
  afterEach(async () => {
    if (current === null) return
    const { errors, blocked, context } = current
    current = null
    await context.close()
    expect(realErrors(errors), 'console errors').toEqual([])
    expect(blocked, 'requests leaving 127.0.0.1').toEqual([])
    expect(started().served.missing, 'files the page asked for that the build lacks').toEqual([])
  })
  return {
    harness: started,
    openEditor: async () => (current = await openEditor(started())),
    openPage: async (path, options) => (current = await openPage(started(), path, options)),
  }
}
