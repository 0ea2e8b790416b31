import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createCommands } from '../../../../renderer/src/app/commands'
import type { CommandId } from '../../../../renderer/src/app/commands'
import { DialogHost } from '../../../../renderer/src/app/dialog-host'
import { StatusBar } from '../../../../renderer/src/app/status-bar'
import { ChecksPanel } from '../../../../renderer/src/editor/checks/checks-panel'
import { ReasonDialogHost } from '../../../../renderer/src/editor/checks/reason-dialog'
import { readReleaseDocument } from '../../../../renderer/src/release/load-document'
import type { ReleaseStore } from '../../../../renderer/src/store/release-store'
import { selectDocumentText } from '../../../../renderer/src/store/selectors'
import { fakeBridge } from '../helpers/fake-bridge'
import { renderWithStore } from '../helpers/render'
import { sampleStore } from '../helpers/sample'

const REASON = 'The web address is the one legal approved; the page goes live under it.'

/** The checks, the status bar and the app's two dialog hosts, with the real export commands. */
function renderApp(store: ReleaseStore = sampleStore()) {
  const shell = fakeBridge()
  const docx = async () => async () => new Uint8Array([80, 75])
  const commands = createCommands({ store, bridge: shell.bridge, editors: new Map() }, docx)
  const rendered = renderWithStore(
    <>
      <ChecksPanel />
      <StatusBar />
      <DialogHost />
      <ReasonDialogHost />
    </>,
    store,
    { bridge: shell.bridge },
  )
  const run = (id: CommandId): Promise<void> => {
    const command = commands.get(id)
    if (command === undefined) throw new Error(`no command ${id}`)
    return command.run()
  }
  const sent = () => shell.calls.map((call) => call.channel)
  return { ...rendered, run, sent }
}

/** Fixes the sample's one error, the stale "3rd-quarter06" in the web address. */
function fixWebAddress(store: ReleaseStore): void {
  const document = store.getState().document
  const fixed = JSON.stringify(document.narrative.webReference).replace('3rd-quarter06', '2nd-quarter06')
  act(() => store.getState().setNarrativeBlock('webReference', JSON.parse(fixed)))
}

describe('exporting a final release with errors', () => {
  it('lets drafts through at once: they carry the DRAFT mark', async () => {
    const { run, sent } = renderApp()
    await run('file.exportPdf')
    await run('file.exportDocx')
    await run('file.print')
    expect(sent()).toEqual(['export:pdf', 'export:docx', 'print:show'])
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('blocks every way out with the error count, and "Review checks" opens the Checks tab', async () => {
    const user = userEvent.setup()
    const store = sampleStore()
    act(() => store.getState().setFinal(true))
    const { run, sent } = renderApp(store)
    for (const [id, anyway] of [
      ['file.exportPdf', 'Export anyway\u2026'],
      ['file.exportDocx', 'Export anyway\u2026'],
      ['file.print', 'Print anyway\u2026'],
    ] as const) {
      const done = run(id)
      const dialog = await screen.findByRole('alertdialog', { name: 'The checks found 1 error' })
      expect(dialog).toHaveTextContent('\u2022 Web reference: \u201c3rd-quarter06\u201d')
      expect(within(dialog).getByRole('button', { name: anyway })).toBeInTheDocument()
      await user.click(within(dialog).getByRole('button', { name: 'Review checks' }))
      await done
      expect(store.getState().activeTab).toBe('checks')
      act(() => store.getState().setActiveTab('text'))
    }
    expect(sent()).toEqual([])
  })

  it('asks for a reason, will not go on without one, records it in the release and shows it in Checks', async () => {
    const user = userEvent.setup()
    const store = sampleStore()
    act(() => store.getState().setFinal(true))
    const { run, sent } = renderApp(store)
    const done = run('file.exportPdf')
    await user.click(await screen.findByRole('button', { name: 'Export anyway\u2026' }))
    const ask = await screen.findByRole('dialog', { name: 'Why export with 1 error?' })
    const reason = within(ask).getByRole('textbox', { name: 'Reason' })
    expect(reason).toHaveFocus()

    await user.click(within(ask).getByRole('button', { name: 'Export as final' }))
    expect(within(ask).getByRole('alert')).toHaveTextContent('Write the reason')
    await user.type(reason, '   ')
    await user.click(within(ask).getByRole('button', { name: 'Export as final' }))
    expect(reason).toHaveAttribute('aria-invalid', 'true')
    expect(sent()).toEqual([])

    await user.clear(reason)
    await user.type(reason, REASON)
    await user.click(within(ask).getByRole('button', { name: 'Export as final' }))
    await done
    expect(sent()).toEqual(['export:pdf'])
    expect(store.getState().document.status.overrideReason).toBe(REASON)
    const note = screen.getByTestId('checks-override')
    expect(note).toHaveTextContent(`Exported as final despite 1 error: ${REASON}`)
    expect(note).toHaveTextContent('1 error remains.')

    // Saved with the file, and undone like any edit.
    const saved = readReleaseDocument(selectDocumentText(store.getState()))
    expect(saved.ok && saved.value.status.overrideReason).toBe(REASON)
    act(() => store.getState().undo())
    expect(store.getState().document.status.overrideReason).toBeNull()
    expect(screen.queryByTestId('checks-override')).toBeNull()
    act(() => store.getState().redo())
    expect(screen.getByTestId('checks-override')).toHaveTextContent(REASON)
  })

  it('cancelling the reason exports nothing and records nothing', async () => {
    const user = userEvent.setup()
    const store = sampleStore()
    act(() => store.getState().setFinal(true))
    const { run, sent } = renderApp(store)
    const done = run('file.exportDocx')
    await user.click(await screen.findByRole('button', { name: 'Export anyway\u2026' }))
    await user.type(await screen.findByRole('textbox', { name: 'Reason' }), 'Half a thought')
    await user.keyboard('{Escape}')
    await done
    expect(sent()).toEqual([])
    expect(store.getState().document.status.overrideReason).toBeNull()
  })

  it('keeps the reason as history once the errors are fixed, and no longer blocks', async () => {
    const store = sampleStore()
    act(() => {
      const document = store.getState().document
      store.getState().applyDocument({ ...document, status: { final: true, overrideReason: REASON } })
    })
    const { run, sent } = renderApp(store)
    // A reason opened from a file has no count: it says "errors".
    expect(screen.getByTestId('checks-override')).toHaveTextContent(`Exported as final despite errors: ${REASON}`)
    fixWebAddress(store)
    expect(screen.getByText('No problems found')).toBeInTheDocument()
    expect(screen.getByTestId('checks-override')).toHaveTextContent('The checks find no errors now.')
    await run('file.exportPdf')
    expect(sent()).toEqual(['export:pdf'])
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })
})

describe('marking the release final with errors', () => {
  it('asks first, opens Checks on "Review checks", and marks it final only when told to', async () => {
    const user = userEvent.setup()
    const { store } = renderApp()
    await user.click(screen.getByRole('checkbox', { name: 'Final' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Mark the release final?' })
    expect(dialog).toHaveTextContent('The checks found 1 error in the release.')
    await user.click(within(dialog).getByRole('button', { name: 'Review checks' }))
    expect(store.getState().document.status.final).toBe(false)
    expect(store.getState().activeTab).toBe('checks')

    await user.click(screen.getByRole('checkbox', { name: 'Final' }))
    await user.click(await screen.findByRole('button', { name: 'Mark final anyway' }))
    expect(store.getState().document.status.final).toBe(true)
    expect(screen.getByRole('checkbox', { name: /Final/ })).toBeChecked()
  })

  it('shows the count in the status bar, and clicking it opens the Checks tab', async () => {
    const user = userEvent.setup()
    const { store } = renderApp()
    const count = screen.getByTestId('checks-count')
    expect(count).toHaveTextContent('Checks: 1 error')
    await user.click(count)
    expect(store.getState().activeTab).toBe('checks')
    fixWebAddress(store)
    expect(count).toHaveTextContent('Checks: no problems')
  })
})
