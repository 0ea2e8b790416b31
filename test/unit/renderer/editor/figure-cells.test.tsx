import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createCommands } from '../../../../renderer/src/app/commands'
import { DialogHost } from '../../../../renderer/src/app/dialog-host'
import { StatusBar } from '../../../../renderer/src/app/status-bar'
import { ChecksPanel } from '../../../../renderer/src/editor/checks/checks-panel'
import { ComparisonsPanel } from '../../../../renderer/src/editor/comparisons/comparisons-panel'
import { FiguresTab } from '../../../../renderer/src/editor/figures/figures-tab'
import { paragraphText } from '../../../../renderer/src/release/release-content'
import type { ReleaseStore } from '../../../../renderer/src/store/release-store'
import { selectContent } from '../../../../renderer/src/store/selectors'
import { fakeBridge } from '../helpers/fake-bridge'
import { renderWithStore } from '../helpers/render'
import { manualClock, sampleStore } from '../helpers/sample'
import { figureRow } from '../../../support/figure-rows'

/** The figures grid as a person uses it: what a cell accepts, refuses and undoes, and what it is marked with. */

const cell = (name: string) => screen.getByRole('textbox', { name })
const PREVIOUS = 'Revenue, Q1 fiscal 2006'
const PLACEHOLDER = '[Revenue, previous quarter: not an amount]'

function previewWords(store: ReleaseStore): string {
  return selectContent(store.getState()).paragraphs.map(paragraphText).join('\n')
}

/** The grid, the checks, the status bar and the dialogs, with the real export commands. */
function renderEditor(store: ReleaseStore = sampleStore()) {
  const shell = fakeBridge()
  const commands = createCommands({ store, bridge: shell.bridge, editors: new Map() }, async () => async () => new Uint8Array([80, 75]))
  const rendered = renderWithStore(
    <>
      <FiguresTab />
      <ChecksPanel />
      <StatusBar />
      <DialogHost />
    </>,
    store,
    { bridge: shell.bridge },
  )
  const sent = () => shell.calls.map((call) => call.channel)
  return { ...rendered, commands, sent }
}

describe('a figures cell', () => {
  it('refuses "13 050 000" on Tab: the release keeps its figure and the words show a placeholder naming the cell', async () => {
    const user = userEvent.setup()
    const { store } = renderEditor()
    const previous = cell(PREVIOUS)
    await user.click(previous)
    await user.keyboard('13 050 000')
    await user.tab()
    expect(previous).toHaveAttribute('aria-invalid', 'true')
    expect(previous).toHaveValue('13 050 000')
    expect(previous).toHaveAccessibleDescription(
      '"13 050 000" is not an amount: spaces cannot separate the digits of an amount; write it with commas, like 13,050,000, or with none. The release still uses the derived 3,600,000.',
    )
    expect(figureRow(store.getState().document.figures, 'revenue').previousQuarter).toBeNull()
    expect(previewWords(store)).toContain(`Second quarter sales ${PLACEHOLDER}`)
    expect(previewWords(store)).not.toContain('$13')
    expect(screen.getByTestId('figure-warnings')).toHaveTextContent('Revenue, previous quarter: \u201c13 050 000\u201d is not an amount')
    expect(screen.getByTestId('warning-count')).not.toHaveTextContent('No figure warnings')
  })

  it('puts the placeholder in the Comparisons tab\'s words as well', async () => {
    const user = userEvent.setup()
    const store = sampleStore()
    renderEditor(store)
    await user.click(cell(PREVIOUS))
    await user.keyboard('abc')
    await user.tab()
    renderWithStore(<ComparisonsPanel />, store)
    expect(screen.getByTestId('comparison-revenue-previousQuarter-words')).toHaveTextContent(PLACEHOLDER)
    expect(screen.getByTestId('comparison-revenue-yearAgoQuarter-words')).toHaveTextContent('19% ahead of')
  })

  it('goes back on Escape to the figure it had when entered, and the words with it', async () => {
    const user = userEvent.setup()
    const { store } = renderEditor()
    const previous = cell(PREVIOUS)
    await user.click(previous)
    await user.keyboard('abc')
    await user.tab()
    await user.click(previous)
    await user.keyboard('{Escape}')
    expect(previous).toHaveValue('')
    expect(previous).toHaveAttribute('placeholder', '3,600,000')
    expect(previous).toHaveAttribute('aria-invalid', 'false')
    expect(previewWords(store)).toContain('increased by more than 50% from the previous quarter')
    expect(store.getState().past).toEqual([])
  })

  it('makes one edit, from focus to leaving, one undo step, however long the pauses', async () => {
    const clock = manualClock()
    const user = userEvent.setup()
    const { store } = renderEditor(sampleStore(clock))
    const revenue = cell('Revenue, Q2 fiscal 2006')
    await user.click(revenue)
    for (const key of '4.25m') {
      await user.keyboard(key)
      clock.advance(2500)
    }
    await user.tab()
    expect(figureRow(store.getState().document.figures, 'revenue').quarter).toBe('4250000')
    expect(store.getState().past).toHaveLength(1)
    act(() => store.getState().undo())
    expect(revenue).toHaveValue('5,600,000')
    expect(store.getState().past).toEqual([])
  })

  it('shows a per-share figure to the cent', async () => {
    const user = userEvent.setup()
    const { store } = renderEditor()
    const eps = cell('Diluted EPS, Q2 fiscal 2006')
    await user.click(eps)
    await user.keyboard('(0.1)')
    await user.tab()
    expect(eps).toHaveValue('(0.10)')
    expect(figureRow(store.getState().document.figures, 'dilutedEps').quarter).toBe('-0.1')
    expect(cell('Diluted EPS, Q2 fiscal 2005')).toHaveValue('0.01')
  })
})

describe('the figures tab, the cells and the checks', () => {
  it('show the same EPS tie-out error when EPS is typed 0.7 instead of 0.07', () => {
    const store = sampleStore()
    store.getState().setFigure('netIncome', 'quarter', '588,000')
    store.getState().setFigure('dilutedShares', 'quarter', '8,400,000')
    store.getState().setFigure('dilutedEps', 'quarter', '0.7')
    renderEditor(store)
    const message = 'Diluted EPS for this quarter is $0.70, but net income of $588,000 over 8,400,000 diluted shares gives $0.07.'
    const list = screen.getByTestId('figure-warnings')
    expect(list).not.toHaveTextContent('The figures agree with each other.')
    expect(within(list).getByText(message, { exact: false })).toBeInTheDocument()
    expect(within(screen.getByTestId('checks-panel')).getByText(message)).toBeInTheDocument()
    for (const name of ['Diluted EPS, Q2 fiscal 2006', 'Net income (loss), Q2 fiscal 2006', 'Weighted diluted shares, Q2 fiscal 2006']) {
      expect(cell(name)).toHaveAccessibleDescription(message)
    }
    expect(cell('Revenue, Q2 fiscal 2006')).not.toHaveAccessibleDescription(message)
  })

  it('show negative revenue as an error in all three places', () => {
    const store = sampleStore()
    store.getState().setFigure('revenue', 'yearAgoQuarter', '(4,700,000)')
    renderEditor(store)
    const words = /Revenue for the same quarter a year ago is \$\(4\.7\) million, but revenue cannot be negative/
    expect(within(screen.getByTestId('figure-warnings')).getByText(words)).toBeInTheDocument()
    expect(within(screen.getByTestId('checks-panel')).getByText(words)).toBeInTheDocument()
    expect(cell('Revenue, Q2 fiscal 2005')).toHaveAccessibleDescription(words)
  })
})

describe('nothing goes out while a cell is not an amount', () => {
  async function refusedCell(user: ReturnType<typeof userEvent.setup>): Promise<void> {
    await user.click(cell(PREVIOUS))
    await user.keyboard('13 050 000')
    await user.tab()
  }

  it('refuses the Word export, naming the cell and what was typed, and exports nothing', async () => {
    const user = userEvent.setup()
    const { commands, sent } = renderEditor()
    await refusedCell(user)
    const done = commands.get('file.exportDocx')?.run()
    const dialog = await screen.findByRole('alertdialog')
    expect(dialog).toHaveTextContent('the Word document cannot be exported until it is fixed')
    expect(dialog).toHaveTextContent('Revenue, previous quarter: \u201c13 050 000\u201d')
    await user.click(within(dialog).getByRole('button', { name: 'Fix the figure' }))
    await done
    expect(sent()).not.toContain('export:docx')
  })

  it('refuses the PDF and printing as well, even while the cell is still being typed in', async () => {
    const user = userEvent.setup()
    const { commands, sent } = renderEditor()
    await user.click(cell(PREVIOUS))
    await user.keyboard('abc')
    for (const id of ['file.exportPdf', 'file.print'] as const) {
      const done = commands.get(id)?.run()
      const dialog = await screen.findByRole('alertdialog')
      expect(dialog).toHaveTextContent('Revenue, previous quarter: \u201cabc\u201d')
      await user.click(within(dialog).getByRole('button', { name: 'Fix the figure' }))
      await done
    }
    expect(sent()).toEqual([])
    expect(cell(PREVIOUS)).toHaveAttribute('aria-invalid', 'true')
  })

  it('refuses to mark the release final', async () => {
    const user = userEvent.setup()
    const { store } = renderEditor()
    await refusedCell(user)
    await user.click(screen.getByRole('checkbox'))
    const dialog = await screen.findByRole('alertdialog')
    expect(dialog).toHaveTextContent('the release cannot be marked final until it is fixed')
    await user.click(within(dialog).getByRole('button', { name: 'Fix the figure' }))
    expect(store.getState().document.status.final).toBe(false)
    expect(screen.getByRole('checkbox')).not.toBeChecked()
  })
})
