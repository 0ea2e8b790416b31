import { afterEach, describe, expect, it, vi } from 'vitest'
import { startRecoveryWriter } from '../../../../renderer/src/app/recovery'
import { createBrowserHost } from '../../../../renderer/src/host/browser-host'
import type { BrowserIo } from '../../../../renderer/src/host/browser-io'
import { RECOVERY_KEY } from '../../../../renderer/src/host/browser-storage'
import { sampleStore } from '../helpers/sample'

/**
 * The browser host keeps the recovery copy in localStorage, which holds a few megabytes per site.
 * Past that the browser refuses the copy: the person must hear that their safety net is gone,
 * once, and go on working; the copy they had before stays.
 */

/** localStorage with a size limit, refusing as browsers do (a DOMException named QuotaExceededError). */
class SmallStorage implements Storage {
  private readonly items = new Map<string, string>()
  constructor(private readonly limitChars: number) {}
  get length(): number {
    return this.items.size
  }
  clear(): void {
    this.items.clear()
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
  setItem(key: string, value: string): void {
    const others = [...this.items].reduce(
      (sum, [name, text]) => sum + (name === key ? 0 : name.length + text.length),
      0,
    )
    if (others + key.length + value.length > this.limitChars)
      throw new DOMException("Failed to execute 'setItem' on 'Storage'.", 'QuotaExceededError')
    this.items.set(key, value)
  }
}

function browserIo(storage: Storage): BrowserIo {
  return {
    pickFile: async () => null,
    download: () => undefined,
    print: () => undefined,
    setTitle: () => undefined,
    storage,
    now: () => new Date('2006-04-20T10:00:00.000Z'),
  }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the recovery copy past the browser storage quota', () => {
  it('is refused with a sentence that says what to do, keeping the previous copy', async () => {
    const storage = new SmallStorage(400)
    const host = createBrowserHost(browserIo(storage))
    expect(await host['recovery:write']({ path: null, text: 'small draft' })).toEqual({
      ok: true,
      value: null,
    })
    const before = storage.getItem(RECOVERY_KEY)
    expect(await host['recovery:write']({ path: null, text: 'x'.repeat(5_000) })).toEqual({
      ok: false,
      error:
        "The browser's storage for this page is full, so the recovery copy of your unsaved work (10 KB) could not be kept. Save the release to keep your work safe; you can go on editing.",
    })
    expect(storage.getItem(RECOVERY_KEY)).toBe(before)
    // Work goes on: saving (a download) still answers.
    await expect(
      host['document:save']({ path: null, text: '{}', expected: null, overwriteChanged: false }),
    ).resolves.toMatchObject({ ok: true })
  })

  it('says when the browser allows no storage at all', async () => {
    const storage = new SmallStorage(0)
    storage.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    const reply = await createBrowserHost(browserIo(storage))['recovery:write']({
      path: null,
      text: 'draft',
    })
    expect(reply).toEqual({
      ok: false,
      error: expect.stringContaining('does not let this page store data'),
    })
  })

  it('reaches the person as one error toast, not one a second, while edits go on', async () => {
    vi.useFakeTimers()
    const storage = new SmallStorage(1_000)
    const host = createBrowserHost(browserIo(storage))
    const store = sampleStore()
    const stop = startRecoveryWriter({ store, bridge: host, editors: new Map() })
    const errors = (): string[] =>
      store
        .getState()
        .toasts.filter((toast) => toast.kind === 'error')
        .map((toast) => toast.text)
    try {
      for (const ticker of ['IEC', 'IECE', 'IECX']) {
        store.getState().setCompany({ ticker })
        await vi.advanceTimersByTimeAsync(1_000)
      }
      expect(errors()).toEqual([
        expect.stringMatching(
          /^Release Desk could not keep a recovery copy of your unsaved work\. The browser's storage for this page is full/,
        ),
      ])
      expect(store.getState().document.company.ticker).toBe('IECX')
    } finally {
      stop()
    }
  })
})
