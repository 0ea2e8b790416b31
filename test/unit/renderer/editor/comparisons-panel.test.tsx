import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ComparisonsPanel } from '../../../../renderer/src/editor/comparisons/comparisons-panel'
import { fieldText } from '../../../../renderer/src/release/field-text'
import { rich } from '../../../../renderer/src/release/narrative-builders'
import type { Field } from '../../../../renderer/src/release/narrative-schema'
import { createReleaseStore } from '../../../../renderer/src/store/release-store'
import { selectFacts } from '../../../../renderer/src/store/selectors'
import { renderWithStore } from '../helpers/render'
import { sampleDocument, sampleStore } from '../helpers/sample'
import { mountEditor } from '../narrative/editor-harness'

const row = (testId: string) => screen.getByTestId(testId)

describe('the comparisons panel', () => {
  it('shows both figures, the percent from the exact figures, and the words in the chosen style', () => {
    renderWithStore(<ComparisonsPanel />, sampleStore())
    const sequential = row('comparison-revenue-previousQuarter')
    expect(sequential).toHaveTextContent('$5.6 million')
    expect(sequential).toHaveTextContent('$3.6 million')
    expect(within(sequential).getByTestId('comparison-revenue-previousQuarter-percent')).toHaveTextContent('+55.6%')
    expect(within(sequential).getByTestId('comparison-revenue-previousQuarter-words')).toHaveTextContent(
      'increased by more than 50% from the previous quarter',
    )
  })

  it('changes the words when the style changes, in the panel and in the release', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<ComparisonsPanel />, sampleStore())
    const sequential = row('comparison-revenue-previousQuarter')
    await user.selectOptions(within(sequential).getByRole('combobox'), 'exact')
    expect(within(sequential).getByTestId('comparison-revenue-previousQuarter-words')).toHaveTextContent(
      'increased 56% from the previous quarter',
    )
    expect(store.getState().document.style.comparisons['revenue']?.previousQuarter).toBe('exact')
    await user.selectOptions(within(sequential).getByRole('combobox'), 'approximate')
    expect(within(sequential).getByTestId('comparison-revenue-previousQuarter-words')).toHaveTextContent(
      'increased approximately 56% from the previous quarter',
    )
    store.getState().undo()
    expect(await within(sequential).findByText('increased 56% from the previous quarter')).toBeInTheDocument()
  })

  it('says NM when the earlier figure is negative, and words the change in amounts', () => {
    const store = sampleStore()
    // The previous quarter's net loss (derived: -48,000) is the base: no percent means anything.
    renderWithStore(<ComparisonsPanel />, store)
    const sequential = row('comparison-netIncome-previousQuarter')
    expect(within(sequential).getByTestId('comparison-netIncome-previousQuarter-percent')).toHaveTextContent('NM')
    expect(within(sequential).getByTestId('comparison-netIncome-previousQuarter-words')).toHaveTextContent(
      'widened to $(168,000) from $(48,000) in the previous quarter',
    )
    expect(within(sequential).getByRole('combobox')).toBeDisabled()
    const swing = row('comparison-netIncome-yearAgoQuarter')
    expect(within(swing).getByTestId('comparison-netIncome-yearAgoQuarter-percent')).toHaveTextContent('NM')
    expect(within(swing).getByTestId('comparison-netIncome-yearAgoQuarter-words')).toHaveTextContent(
      'swung to a net loss of $(168,000) from a net income of $73,000 in the same quarter in fiscal 2005',
    )
  })

  it('shows a loss with its sign among the figures when the release writes losses in words', () => {
    const store = sampleStore()
    act(() => store.getState().setHouseStyle({ negative: 'words' }))
    renderWithStore(<ComparisonsPanel />, store)
    const sequential = row('comparison-netIncome-previousQuarter')
    expect(sequential).toHaveTextContent('$(168,000)')
    expect(sequential).toHaveTextContent('$(48,000)')
    expect(within(sequential).getByTestId('comparison-netIncome-previousQuarter-words')).toHaveTextContent(
      'widened to $168,000 from $48,000 in the previous quarter',
    )
  })

  it('inserts a comparison with its subject at the cursor of the text block used last', async () => {
    const user = userEvent.setup()
    const store = sampleStore()
    const { editors } = renderWithStore(<ComparisonsPanel />, store)
    const insert = within(row('comparison-revenue-yearAgoQuarter')).getByRole('button', { name: /^Insert/ })
    expect(insert).toBeDisabled()

    const inserted: Field[] = []
    editors.set('results', { insertField: (field) => inserted.push(field), focus: () => undefined })
    store.getState().setLastFocusedBlock('results')
    await user.click(await screen.findByRole('button', { name: 'Insert Revenue, Q2 fiscal 2006 vs Q2 fiscal 2005 (year-ago quarter)' }))
    expect(inserted).toEqual([
      { kind: 'comparison', measure: 'revenue', pair: 'yearAgoQuarter', withSubject: true, textCase: 'asIs' },
    ])
    expect(store.getState().toasts.map((toast) => toast.text)).toContain('Inserted the comparison into Results.')
  })
})

describe('inserting a comparison into a sentence', () => {
  /** Types `typed` into a real editor, puts the cursor after it, and inserts one comparison there. */
  async function insertAfter(typed: string, rowName: string, store = sampleStore()): Promise<string> {
    const facts = selectFacts(store.getState())
    const editor = await mountEditor(rich.doc(rich.paragraph(typed)), facts)
    const handle = await editor.focus()
    act(() => handle.selectRange(typed.length + 1, typed.length + 1))
    const { editors } = renderWithStore(<ComparisonsPanel />, store)
    editors.set('results', handle)
    store.getState().setLastFocusedBlock('results')
    await userEvent.setup().click(await screen.findByRole('button', { name: `Insert ${rowName}` }))
    const paragraph = editor.lastChange()?.content[0]
    const nodes = paragraph?.type === 'paragraph' ? (paragraph.content ?? []) : []
    return nodes
      .map((node) => (node.type === 'text' ? node.text : node.type === 'field' ? fieldText(node.attrs, facts) : '\n'))
      .join('')
  }
  const YEAR_AGO_SALES = 'Revenue, Q2 fiscal 2006 vs Q2 fiscal 2005 (year-ago quarter)'

  it('does not repeat the subject the sentence already names', async () => {
    const text = await insertAfter('Second quarter sales ', YEAR_AGO_SALES)
    expect(text).toBe('Second quarter sales were 19% ahead of the same quarter in fiscal 2005')
    expect(text).not.toMatch(/sales\s+sales/i)
  })

  it('does not repeat a subject named earlier in the clause, before the period words', async () => {
    // Issue 10: "Sales for the second quarter " + the comparison gave "… quarter sales were 19% …".
    const text = await insertAfter('Sales for the second quarter ', YEAR_AGO_SALES)
    expect(text).toBe('Sales for the second quarter were 19% ahead of the same quarter in fiscal 2005')
  })

  it('does not repeat a subject followed by its amount', async () => {
    const text = await insertAfter('Second quarter sales of $5.6 million ', YEAR_AGO_SALES)
    expect(text).toBe('Second quarter sales of $5.6 million were 19% ahead of the same quarter in fiscal 2005')
  })

  it('puts a space between the words and the comparison when the cursor is right after a word', async () => {
    const text = await insertAfter('Second quarter sales', YEAR_AGO_SALES)
    expect(text).toBe('Second quarter sales were 19% ahead of the same quarter in fiscal 2005')
  })

  it('starts a new sentence, capitalised, right after a full stop', async () => {
    const text = await insertAfter('Demand from new customers grew.', YEAR_AGO_SALES)
    expect(text).toBe('Demand from new customers grew. Sales were 19% ahead of the same quarter in fiscal 2005')
  })

  it('brings its subject when the measure was named in an earlier clause only', async () => {
    const text = await insertAfter('While aerospace sales slowed, ', YEAR_AGO_SALES)
    expect(text).toBe('While aerospace sales slowed, sales were 19% ahead of the same quarter in fiscal 2005')
  })

  it('words the amounts of a predicate in the release’s house style', async () => {
    const sample = sampleDocument()
    const document = { ...sample, style: { ...sample.style, negative: 'words' as const } }
    const store = createReleaseStore({ document, path: null, stamp: null })
    const text = await insertAfter(
      'The net loss for the quarter ',
      'Net income (loss), Q2 fiscal 2006 vs Q1 fiscal 2006 (previous quarter)',
      store,
    )
    expect(text).toBe('The net loss for the quarter widened to $168,000 from $48,000 in the previous quarter')
  })

  it('brings its subject, capitalised, at the start of a sentence', async () => {
    const text = await insertAfter('Demand from new customers grew. ', YEAR_AGO_SALES)
    expect(text).toBe('Demand from new customers grew. Sales were 19% ahead of the same quarter in fiscal 2005')
  })

  it('words the amounts in the release’s house style', async () => {
    const sample = sampleDocument()
    const document = { ...sample, style: { ...sample.style, negative: 'parenOutside' as const } }
    const store = createReleaseStore({ document, path: null, stamp: null })
    const text = await insertAfter(
      'In the second quarter, ',
      'Net income (loss), Q2 fiscal 2006 vs Q2 fiscal 2005 (year-ago quarter)',
      store,
    )
    expect(text).toBe(
      'In the second quarter, results swung to a net loss of ($168,000) from a net income of $73,000 in the same quarter in fiscal 2005',
    )
  })
})
