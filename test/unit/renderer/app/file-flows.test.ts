import { describe, expect, it, vi } from 'vitest'
import type { AppContext } from '../../../../renderer/src/app/app-context'
import { newQuarter, newRelease, openHandedFile, openRelease, saveRelease } from '../../../../renderer/src/app/file-flows'
import { offerRecovery, startRecoveryWriter } from '../../../../renderer/src/app/recovery'
import type { FileStamp } from '../../../../renderer/src/contract/bridge-contract'
import { serializeReleaseDocument } from '../../../../renderer/src/release/load-document'
import { selectDirty, selectDocumentName, selectDocumentText } from '../../../../renderer/src/store/selectors'
import type { ReleaseStore } from '../../../../renderer/src/store/release-store'
import { fakeBridge } from '../helpers/fake-bridge'
import { sampleDocument, sampleStore } from '../helpers/sample'
import { figureRow } from '../../../support/figure-rows'

const STAMP: FileStamp = { mtimeMs: 1, size: 10, sha256: 'abc' }
const NEWER: FileStamp = { mtimeMs: 2, size: 11, sha256: 'def' }

/** Waits for the app's question, checks its words, and answers it. */
async function answer(store: ReleaseStore, expected: RegExp, buttonId: string): Promise<void> {
  await vi.waitFor(() => expect(store.getState().dialogs).toHaveLength(1))
  const dialog = store.getState().dialogs[0]
  expect(`${dialog?.title}\n${dialog?.message}`).toMatch(expected)
  store.getState().answerDialog(buttonId)
}

function context(store: ReleaseStore, bridge: ReturnType<typeof fakeBridge>): AppContext {
  return { store, bridge: bridge.bridge, editors: new Map() }
}

describe('opening', () => {
  it('shows an invalid file\'s problem in words and changes nothing', async () => {
    const store = sampleStore()
    const before = store.getState().document
    const text = serializeReleaseDocument(sampleDocument()).replace('"5600000"', '"abc"')
    const bridge = fakeBridge({ 'document:open': () => ({ ok: true, value: { path: '/r/bad.release.json', text, stamp: STAMP } }) })
    const opening = openRelease(context(store, bridge))
    await answer(store, /could not be opened[\s\S]*figures\.revenue\.quarter: expected an amount like 5600000 or "5\.6m", got "abc"[\s\S]*Nothing was changed/, 'ok')
    await opening
    expect(store.getState().document).toBe(before)
    expect(store.getState().filePath).toBeNull()
  })

  it('refuses a file from a newer version of the app', async () => {
    const store = sampleStore()
    const text = JSON.stringify({ ...JSON.parse(serializeReleaseDocument(sampleDocument())), formatVersion: 9 })
    const bridge = fakeBridge()
    const opening = openHandedFile(context(store, bridge), { path: '/r/new.release.json', text, stamp: STAMP })
    await answer(store, /written by a newer Release Desk \(format 9\)/, 'ok')
    await opening
    expect(store.getState().filePath).toBeNull()
  })

  it('opens a valid file clean, with its name as the title', async () => {
    const store = sampleStore()
    const document = { ...sampleDocument(), layout: { ...sampleDocument().layout, pageSize: 'a4' as const } }
    const bridge = fakeBridge({
      'document:open': () => ({ ok: true, value: { path: '/r/q3.release.json', text: serializeReleaseDocument(document), stamp: STAMP } }),
    })
    await openRelease(context(store, bridge))
    expect(store.getState().document.layout.pageSize).toBe('a4')
    expect(selectDocumentName(store.getState())).toBe('q3')
    expect(selectDirty(store.getState())).toBe(false)
    expect(store.getState().past).toEqual([])
  })

  it('asks before unsaved work is replaced, and keeps it on Cancel', async () => {
    const store = sampleStore()
    store.getState().setCompany({ ticker: 'IECE' })
    const bridge = fakeBridge()
    const opening = openRelease(context(store, bridge))
    await answer(store, /"Untitled release" has changes that are not saved/, 'cancel')
    await opening
    expect(bridge.calls).toEqual([])
    expect(store.getState().document.company.ticker).toBe('IECE')
  })
})

describe('saving', () => {
  it('saves with the file stamp, then is clean and drops the recovery copy', async () => {
    const store = sampleStore()
    store.getState().replaceDocument(sampleDocument(), '/r/iec.release.json', STAMP)
    store.getState().setCompany({ ticker: 'IECE' })
    const bridge = fakeBridge({ 'document:save': (request) => ({ ok: true, value: { path: request.path ?? '', stamp: NEWER } }) })
    expect(await saveRelease(context(store, bridge), { saveAs: false })).toBe(true)
    expect(bridge.calls[0]).toEqual({
      channel: 'document:save',
      request: { path: '/r/iec.release.json', text: selectDocumentText(store.getState()), expected: STAMP, overwriteChanged: false },
    })
    expect(bridge.calls[1]?.channel).toBe('recovery:clear')
    expect(selectDirty(store.getState())).toBe(false)
    expect(store.getState().fileStamp).toEqual(NEWER)
  })

  it('asks before overwriting a file changed on disk, and overwrites only when told to', async () => {
    const store = sampleStore()
    store.getState().replaceDocument(sampleDocument(), '/r/iec.release.json', STAMP)
    store.getState().setCompany({ ticker: 'IECE' })
    const bridge = fakeBridge({
      'document:save': (request) =>
        request.overwriteChanged
          ? { ok: true, value: { path: '/r/iec.release.json', stamp: NEWER } }
          : { ok: false, error: 'CONFLICT: "iec.release.json" was changed by someone else.' },
    })
    const saving = saveRelease(context(store, bridge), { saveAs: false })
    await answer(store, /The file changed on disk since you opened it\. Overwrite\?/, 'overwrite')
    expect(await saving).toBe(true)
    expect(bridge.calls.filter((call) => call.channel === 'document:save').map((call) => (call.request as { overwriteChanged: boolean }).overwriteChanged)).toEqual([false, true])
    expect(selectDirty(store.getState())).toBe(false)

    store.getState().setCompany({ ticker: 'IECE.OB' })
    const declined = saveRelease(context(store, bridge), { saveAs: false })
    await answer(store, /Overwrite\?/, 'cancel')
    expect(await declined).toBe(false)
    expect(selectDirty(store.getState())).toBe(true)
  })

  it('save as asks for a place (path null) and a cancelled dialog leaves the release unsaved', async () => {
    const store = sampleStore()
    store.getState().setCompany({ ticker: 'IECE' })
    const bridge = fakeBridge()
    expect(await saveRelease(context(store, bridge), { saveAs: true })).toBe(false)
    expect((bridge.calls[0]?.request as { path: string | null }).path).toBeNull()
    expect(selectDirty(store.getState())).toBe(true)
  })

  it('a new release keeps the company and style, and has no figures', async () => {
    const store = sampleStore()
    await newRelease(context(store, fakeBridge()))
    const { document } = store.getState()
    expect(document.company.name).toBe('IEC Electronics Corp.')
    expect(figureRow(document.figures, 'revenue').quarter).toBeNull()
    expect(store.getState().filePath).toBeNull()
  })
})

describe('recovery', () => {
  it('offers to restore unsaved work, on top of the file it came from', async () => {
    const store = sampleStore()
    const onDisk = sampleDocument()
    const recovered = { ...onDisk, company: { ...onDisk.company, ticker: 'RECOVERED' } }
    const bridge = fakeBridge({
      'recovery:read': () => ({
        ok: true,
        value: { path: '/r/iec.release.json', text: serializeReleaseDocument(recovered), savedAt: '2006-04-19T15:30:00.000Z' },
      }),
      'document:open': () => ({ ok: true, value: { path: '/r/iec.release.json', text: serializeReleaseDocument(onDisk), stamp: STAMP } }),
    })
    const offering = offerRecovery(context(store, bridge))
    await answer(store, /Restore unsaved work from .*2006/, 'restore')
    await offering
    expect(store.getState().document.company.ticker).toBe('RECOVERED')
    expect(store.getState().filePath).toBe('/r/iec.release.json')
    expect(selectDirty(store.getState())).toBe(true)
    store.getState().undo()
    expect(store.getState().document.company.ticker).toBe('IECE.OB')
  })

  it('discards the copy when told to', async () => {
    const store = sampleStore()
    const recovered = { ...sampleDocument(), company: { ...sampleDocument().company, ticker: 'X' } }
    const bridge = fakeBridge({
      'recovery:read': () => ({ ok: true, value: { path: null, text: serializeReleaseDocument(recovered), savedAt: '2006-04-19T15:30:00.000Z' } }),
    })
    const offering = offerRecovery(context(store, bridge))
    await answer(store, /Restore unsaved work/, 'discard')
    await offering
    expect(store.getState().document.company.ticker).toBe('IECE.OB')
    expect(bridge.calls.map((call) => call.channel)).toEqual(['recovery:read', 'recovery:clear'])
  })
})

describe('the next quarter', () => {
  it('starts an unsaved release for the next quarter, with this quarter as the previous one', async () => {
    const store = sampleStore()
    store.getState().replaceDocument(sampleDocument(), '/r/iec-q2.release.json', STAMP)
    await newQuarter(context(store, fakeBridge()))
    const state = store.getState()
    expect(state.document.period).toMatchObject({ fiscalYear: 2006, quarter: 3, releaseDate: null })
    expect(figureRow(state.document.figures, 'revenue')).toMatchObject({ quarter: null, previousQuarter: '5600000' })
    // The second quarter's file is not the new release's: saving asks where.
    expect(state.filePath).toBeNull()
    expect(selectDirty(state)).toBe(true)
    expect(state.toasts.at(-1)?.text).toMatch(/^New release for the third quarter of fiscal 2006\./)
  })
})

describe('the recovery copy', () => {
  it('is written a second after the last edit, every few seconds while typing goes on, and cleared once clean', async () => {
    vi.useFakeTimers()
    try {
      const store = sampleStore()
      const bridge = fakeBridge()
      const stop = startRecoveryWriter(context(store, bridge))
      const writes = () => bridge.calls.filter((call) => call.channel === 'recovery:write').length

      store.getState().setCompany({ ticker: 'A' })
      vi.advanceTimersByTime(999)
      expect(writes()).toBe(0)
      vi.advanceTimersByTime(1)
      expect(writes()).toBe(1)
      expect(bridge.calls.at(-1)?.request).toEqual({ path: null, text: selectDocumentText(store.getState()) })

      // Typing without a pause for eight seconds still leaves a copy no older than five.
      for (let tick = 0; tick < 16; tick += 1) {
        store.getState().setCompany({ ticker: `A${tick}` })
        vi.advanceTimersByTime(500)
      }
      expect(writes()).toBe(2)

      store.getState().replaceDocument(store.getState().document, '/r/iec.release.json', STAMP)
      vi.advanceTimersByTime(1000)
      expect(bridge.calls.at(-1)?.channel).toBe('recovery:clear')
      stop()
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('opening what people have', () => {
  const figuresText = JSON.stringify({
    company: { name: 'Northwind Traders', shortName: 'Northwind' },
    fiscalYear: 2025,
    quarter: 3,
    fiscalYearEndMonth: 12,
    figures: { revenue: { quarter: '12.5m', previousQuarter: '11m' }, netIncome: { quarter: '400000' } },
  })

  it('makes a new, unsaved release from a figures file and leaves the figures file alone', async () => {
    const store = sampleStore()
    const bridge = fakeBridge({
      'document:open': () => ({ ok: true, value: { path: '/r/q3.figures.json', text: figuresText, stamp: STAMP } }),
    })
    await openRelease(context(store, bridge))
    const state = store.getState()
    expect(state.document.company.name).toBe('Northwind Traders')
    expect(figureRow(state.document.figures, 'revenue').quarter).toBe('12500000')
    // Save must ask where: writing the release over the figures file would lose the finance team's file.
    expect(state.filePath).toBeNull()
    expect(selectDirty(state)).toBe(true)
    expect(state.toasts.at(-1)?.text).toMatch(/New release drafted from the figures in \u201cq3\.figures\.json\u201d/)
    expect(selectDocumentText(state)).toContain('"quarter": 3')
  })

  it('says a file that is neither a release nor figures is not one, and changes nothing', async () => {
    const store = sampleStore()
    const before = store.getState().document
    const bridge = fakeBridge({
      'document:open': () => ({ ok: true, value: { path: '/r/package.json', text: '{"name": "x"}', stamp: STAMP } }),
    })
    const opening = openRelease(context(store, bridge))
    await answer(store, /\u201cpackage\.json\u201d: This is not a release or figures file: [\s\S]*Nothing was changed/, 'ok')
    await opening
    expect(store.getState().document).toBe(before)
  })

  it('a new release has its own dates and the standard results', async () => {
    const store = sampleStore()
    await newRelease(context(store, fakeBridge()))
    const { document } = store.getState()
    expect(document.period).toMatchObject({ periodEnd: null, releaseDate: null })
    expect(document.narrative.results.content.length).toBeGreaterThan(1)
  })
})

describe('a restored recovery copy in the browser', () => {
  it('keeps the name of the file it was made from', async () => {
    const store = sampleStore()
    const recovered = { ...sampleDocument(), company: { ...sampleDocument().company, ticker: 'RECOVERED' } }
    const bridge = fakeBridge(
      {
        'recovery:read': () => ({
          ok: true,
          value: { path: 'iec-q3.release.json', text: serializeReleaseDocument(recovered), savedAt: '2006-04-19T15:30:00.000Z' },
        }),
        'document:open': () => ({ ok: false, error: 'In the browser, open "iec-q3.release.json" with the Open command.' }),
      },
      'browser',
    )
    const offering = offerRecovery(context(store, bridge))
    await answer(store, /Restore unsaved work/, 'restore')
    await offering
    expect(store.getState().document.company.ticker).toBe('RECOVERED')
    expect(selectDocumentName(store.getState())).toBe('iec-q3')
    expect(selectDirty(store.getState())).toBe(true)
  })
})
