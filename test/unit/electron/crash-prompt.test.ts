import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { installCrashPrompt } from '../../../electron/main/crash-prompt'
import type { RecoveryCopy } from '../../../electron/main/recovery-store'
import { dialog } from './helpers/electron-mock'

vi.mock('electron', () => import('./helpers/electron-mock'))

/**
 * The editor's page crashing or hanging: the person is told, with how recent the recovery copy
 * is, and chooses to reload (the reloaded page then offers the copy back), wait, or close.
 */

const COPY: RecoveryCopy = {
  path: '/releases/q3.release.json',
  text: '{}',
  savedAt: '2025-10-23T14:30:00.000Z',
}

function fakeWindow() {
  const contents = Object.assign(new EventEmitter(), {
    reload: vi.fn(),
    forcefullyCrashRenderer: vi.fn(),
  })
  const window = Object.assign(new EventEmitter(), {
    webContents: contents,
    destroy: vi.fn(),
    close: vi.fn(),
    isDestroyed: () => false,
  })
  return { window, contents }
}

type Options = { buttons: string[]; detail: string; message: string; signal: AbortSignal }
const shownOptions = (): Options => {
  const call = dialog.showMessageBox.mock.calls.at(-1) as unknown as [unknown, Options] | undefined
  if (call === undefined) throw new Error('no dialog was shown')
  return call[1]
}

function answer(button: string): void {
  dialog.showMessageBox.mockImplementationOnce((async (_window: unknown, options: Options) => ({
    response: options.buttons.indexOf(button),
    checkboxChecked: false,
  })) as never)
}

let readRecovery: ReturnType<typeof vi.fn<() => Promise<RecoveryCopy | null>>>
beforeEach(() => {
  vi.clearAllMocks()
  readRecovery = vi.fn(async () => COPY)
})

function install() {
  const fake = fakeWindow()
  installCrashPrompt(fake.window as never, { readRecovery, formatTime: () => '14:30:00' })
  return fake
}

describe('when the editor page crashes', () => {
  it('says so, names the recovery copy, and reloads when asked', async () => {
    const { contents, window } = install()
    answer('Reload')
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 })
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalled())
    const shown = shownOptions()
    expect(shown.message).toBe('The editor stopped unexpectedly (it ran out of memory).')
    expect(shown.detail).toContain('recovery copy saved at 14:30:00. Reload, then choose Restore')
    expect(shown.buttons).toEqual(['Reload', 'Close Window'])
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled()
    expect(window.destroy).not.toHaveBeenCalled()
  })

  it('closes without the unsaved-changes prompt, keeping the recovery copy for the next start', async () => {
    const { contents, window } = install()
    answer('Close Window')
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 })
    await vi.waitFor(() => expect(window.destroy).toHaveBeenCalled())
    expect(window.close).not.toHaveBeenCalled()
    expect(contents.reload).not.toHaveBeenCalled()
  })

  it('says nothing was lost when there is no recovery copy, and nothing at all on a clean exit', async () => {
    readRecovery.mockResolvedValue(null)
    const { contents } = install()
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    answer('Reload')
    contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 })
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalled())
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1)
    expect(shownOptions().detail).toContain(
      'There is no recovery copy, so nothing unsaved was lost.',
    )
  })
})

describe('when the editor page stops responding', () => {
  it('offers to wait first; waiting changes nothing', async () => {
    const { window, contents } = install()
    answer('Wait')
    window.emit('unresponsive')
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled())
    expect(shownOptions().buttons).toEqual(['Wait', 'Reload', 'Close Window'])
    // Once the first question is settled, the next hang asks again.
    answer('Wait')
    window.emit('unresponsive')
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(2))
    expect(contents.reload).not.toHaveBeenCalled()
    expect(window.destroy).not.toHaveBeenCalled()
  })

  it('ends the hung page before reloading, without reporting that as a crash', async () => {
    const { window, contents } = install()
    answer('Reload')
    contents.forcefullyCrashRenderer.mockImplementation(() =>
      contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 }),
    )
    window.emit('unresponsive')
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalled())
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalled()
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1)
  })

  it('takes the question away when the page answers again, and asks only once at a time', async () => {
    const { window, contents } = install()
    let seen: AbortSignal | undefined
    dialog.showMessageBox.mockImplementationOnce((async (_window: unknown, options: Options) => {
      seen = options.signal
      await new Promise((resolve) => options.signal.addEventListener('abort', resolve))
      return { response: 1, checkboxChecked: false }
    }) as never)
    window.emit('unresponsive')
    window.emit('unresponsive')
    await vi.waitFor(() => expect(seen).toBeDefined())
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1)
    window.emit('responsive')
    await vi.waitFor(() => expect(seen?.aborted).toBe(true))
    // Aborted: the answer that came back (1, "Reload") is not acted on; the next hang asks anew.
    answer('Wait')
    window.emit('unresponsive')
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(2))
    expect(contents.reload).not.toHaveBeenCalled()
  })
})
