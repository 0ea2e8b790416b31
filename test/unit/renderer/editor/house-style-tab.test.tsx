import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { HouseStyleTab } from '../../../../renderer/src/editor/style/house-style-tab'
import { paragraphText } from '../../../../renderer/src/release/release-content'
import type { ReleaseStore } from '../../../../renderer/src/store/release-store'
import { selectContent } from '../../../../renderer/src/store/selectors'
import { renderWithStore } from '../helpers/render'
import { manualClock, sampleStore } from '../helpers/sample'

/** The release's words as the preview and the exports print them. */
function releaseText(store: ReleaseStore): string {
  return selectContent(store.getState()).paragraphs.map(paragraphText).join('\n')
}

const example = (setting: string): HTMLElement => screen.getByTestId(`house-style-${setting}-example`)

describe('the House style tab', () => {
  // Each setting: its label, the option to pick, the sample's words before, and after.
  const choices: readonly [string, string, string, string, string][] = [
    // The headline is a live field; the paragraph's typed "Second quarter sales" stays as typed.
    ['Revenue is called', 'revenue', 'Sales were 19% ahead of the same quarter', 'Revenue was 19% ahead of the same quarter', 'Revenue was $5.6 million for the quarter'],
    ['Losses are written', 'words', 'a net loss of $(168,000) or $(0.02) per share', 'a net loss of $168,000 or $0.02 per share', 'a net loss of $1.3 million or $0.02 per share'],
    ['Per-share amounts', 'noLeadingZero', 'or $0.01 per share', 'or $.01 per share', '$.07 per share'],
    ['Decimals in millions', '2', 'revenue of $5.6 million', 'revenue of $5.60 million', 'Sales of $5.64 million'],
    ['Decimals in percentages', '1', 'were 19% ahead', 'were 19.', 'Sales increased 19.5% from the previous quarter'],
  ]

  it.each(choices)('"%s": the release and the example follow the choice, and one Undo takes it back', async (label, option, before, after, shown) => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<HouseStyleTab />, sampleStore(manualClock()))
    expect(releaseText(store)).toContain(before)
    const control = screen.getByRole('combobox', { name: label })
    await user.selectOptions(control, option)
    expect(releaseText(store)).toContain(after)
    expect(releaseText(store)).not.toContain(before)
    expect(control).toHaveAccessibleDescription(shown)
    expect(store.getState().past).toHaveLength(1)
    store.getState().undo()
    expect(releaseText(store)).toContain(before)
  })

  it('shows "a net loss of $1.3 million" for the words-only loss style, and the parentheses for the others', async () => {
    const user = userEvent.setup()
    renderWithStore(<HouseStyleTab />, sampleStore())
    const losses = screen.getByRole('combobox', { name: 'Losses are written' })
    expect(example('negative')).toHaveTextContent('a net loss of $(1.3) million or $(0.02) per share')
    await user.selectOptions(losses, 'parenOutside')
    expect(example('negative')).toHaveTextContent('a net loss of ($1.3 million) or ($0.02) per share')
    await user.selectOptions(losses, 'words')
    expect(example('negative')).toHaveTextContent('a net loss of $1.3 million or $0.02 per share')
  })

  it('writes amounts in full below the typed threshold, the typing one undo step', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<HouseStyleTab />, sampleStore(manualClock()))
    const threshold = screen.getByRole('textbox', { name: 'Written in full below ($)' })
    expect(threshold).toHaveValue('1,000,000')
    await user.clear(threshold)
    await user.type(threshold, '100,000')
    await user.tab()
    expect(store.getState().document.style.fullBelow).toBe(100_000)
    expect(threshold).toHaveValue('100,000')
    expect(releaseText(store)).toContain('a net loss of $(0.2) million')
    expect(example('fullBelow')).toHaveTextContent('$99,999 stays in full; $100,000 reads $0.1 million')
    expect(store.getState().past).toHaveLength(1)
    act(() => store.getState().undo())
    expect(store.getState().document.style.fullBelow).toBe(1_000_000)
    expect(threshold).toHaveValue('1,000,000')
  })

  it('refuses a threshold that is not a whole number of dollars, saying so and keeping the release as it was', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<HouseStyleTab />, sampleStore())
    const threshold = screen.getByRole('textbox', { name: 'Written in full below ($)' })
    await user.clear(threshold)
    await user.type(threshold, 'half a million')
    await user.tab()
    expect(threshold).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter a whole number of dollars from 0 to 1,000,000,000. The release still uses $1,000,000.',
    )
    expect(store.getState().document.style.fullBelow).toBe(1_000_000)
    expect(store.getState().past).toHaveLength(0)
  })

  it('sets how each comparison is worded, one undo step each', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<HouseStyleTab />, sampleStore(manualClock()))
    expect(releaseText(store)).toContain('were 19% ahead of the same quarter in fiscal 2005')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Revenue: against the year-ago quarter' }), 'approximate')
    expect(store.getState().document.style.comparisons['revenue']?.yearAgoQuarter).toBe('approximate')
    expect(releaseText(store)).toContain('increased approximately 19% from the same quarter in fiscal 2005')
    expect(store.getState().past).toHaveLength(1)
  })

  it('reaches every setting with the Tab key, in the order shown', async () => {
    const user = userEvent.setup()
    renderWithStore(<HouseStyleTab />, sampleStore())
    const names: string[] = []
    for (let i = 0; i < 6 + 12; i += 1) {
      await user.tab()
      names.push(document.activeElement?.getAttribute('aria-label') ?? (document.activeElement?.id ? document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent : '') ?? '')
    }
    expect(names.slice(0, 6)).toEqual([
      'Revenue is called',
      'Losses are written',
      'Per-share amounts',
      'Decimals in millions',
      'Decimals in percentages',
      'Written in full below ($)',
    ])
    expect(names.slice(6)).toContain('Diluted EPS: year to date against last year')
  })
})

describe('the Margins settings of the House style tab', () => {
  it('shows percentage points until changed, then basis points, each one undo step', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<HouseStyleTab />, sampleStore(manualClock()))
    const control = screen.getByRole('combobox', { name: 'Margin changes in' })
    expect(control).toHaveValue('percentagePoints')
    expect(control).toHaveAccessibleDescription('Gross margin improved 1.5 percentage points to 31.5% from 30.0% in the previous quarter')
    await user.selectOptions(control, 'basisPoints')
    expect(store.getState().document.style.ratioChange).toBe('basisPoints')
    expect(control).toHaveAccessibleDescription('Gross margin improved 148 basis points to 31.5% from 30.0% in the previous quarter')
    await user.selectOptions(screen.getByRole('combobox', { name: 'A margin that moved' }), 'expanded')
    expect(example('ratioVerbs')).toHaveTextContent('Gross margin expanded 148 basis points')
    expect(store.getState().past).toHaveLength(2)
    store.getState().undo()
    store.getState().undo()
    expect(store.getState().document.style.ratioChange).toBeUndefined()
  })
})
