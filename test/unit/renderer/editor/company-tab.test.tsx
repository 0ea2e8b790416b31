import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { CompanyTab } from '../../../../renderer/src/editor/company/company-tab'
import { PROFILES_KEY, readProfiles } from '../../../../renderer/src/editor/company/company-profiles'
import { selectContent } from '../../../../renderer/src/store/selectors'
import { fakeBridge } from '../helpers/fake-bridge'
import { renderWithStore } from '../helpers/render'
import { manualClock, sampleStore } from '../helpers/sample'

afterEach(() => {
  window.localStorage.clear()
})

describe('company and letterhead settings', () => {
  it('changes the letterhead as the address is typed', async () => {
    const user = userEvent.setup()
    // A clock that stands still: the keystrokes are one burst whatever the machine's speed.
    const { store } = renderWithStore(<CompanyTab />, sampleStore(manualClock()))
    const phone = screen.getByRole('textbox', { name: 'Phone' })
    await user.clear(phone)
    await user.type(phone, '(315) 555-0100')
    expect(selectContent(store.getState()).letterhead?.addressLine).toContain('Ph: (315) 555-0100')
    // One burst of typing in one field is one undo step.
    expect(store.getState().past).toHaveLength(1)
  })

  it('says that Word shows the name instead of an SVG logo, and says nothing for a PNG', () => {
    const { store } = renderWithStore(<CompanyTab />, sampleStore())
    expect(screen.queryByTestId('svg-logo-note')).toBeNull()
    act(() => store.getState().setCompany({ logo: { mediaType: 'image/svg+xml', data: 'PHN2Zy8+' } }))
    expect(screen.getByTestId('svg-logo-note')).toHaveTextContent('the Word export prints the company name in its place')
  })

  it('never lets the company name go empty', async () => {
    const user = userEvent.setup()
    const { store } = renderWithStore(<CompanyTab />, sampleStore())
    const name = screen.getByRole('textbox', { name: 'Company name' })
    await user.clear(name)
    await user.tab()
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('The company name is required. The release still says IEC Electronics Corp.')
    expect(store.getState().document.company.name).toBe('IEC Electronics Corp.')
  })

  it('saves the company as a profile and applies it to another release', async () => {
    const user = userEvent.setup()
    const first = renderWithStore(<CompanyTab />, sampleStore())
    await user.click(screen.getByRole('button', { name: 'Save as company profile' }))
    expect(readProfiles(window.localStorage).profiles.map((profile) => profile.name)).toEqual(['IEC Electronics Corp.'])
    first.unmount()

    const other = sampleStore()
    other.getState().setCompany({ name: 'Other Corp.', ticker: 'OTH', logo: null })
    renderWithStore(<CompanyTab />, other)
    expect(screen.getByRole('combobox', { name: 'Saved company profiles' })).toHaveValue('IEC Electronics Corp.')
    await user.click(screen.getByRole('button', { name: 'Apply profile' }))
    expect(other.getState().document.company.name).toBe('IEC Electronics Corp.')
    expect(other.getState().document.company.ticker).toBe('IECE.OB')
    expect(other.getState().document.company.logo).not.toBeNull()
    other.getState().undo()
    expect(other.getState().document.company.name).toBe('Other Corp.')
  })

  it('skips stored profiles that are not valid instead of trusting them', () => {
    window.localStorage.setItem(
      PROFILES_KEY,
      JSON.stringify({ version: 1, profiles: [{ name: 'Broken', savedAt: 'x', company: { name: '' } }, { nonsense: true }] }),
    )
    expect(readProfiles(window.localStorage)).toEqual({ profiles: [], skipped: 2 })
    window.localStorage.setItem(PROFILES_KEY, 'not json')
    expect(readProfiles(window.localStorage)).toEqual({ profiles: [], skipped: 1 })
  })

  it('chooses a logo through the shell and removes it', async () => {
    const user = userEvent.setup()
    const bridge = fakeBridge({ 'logo:choose': () => ({ ok: true, value: { mediaType: 'image/png', data: 'iVBORw==' } }) })
    const { store } = renderWithStore(<CompanyTab />, sampleStore(), { bridge: bridge.bridge })
    await user.click(screen.getByRole('button', { name: 'Remove' }))
    expect(store.getState().document.company.logo).toBeNull()
    expect(screen.getByText('No logo')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Choose logo\u2026' }))
    expect(store.getState().document.company.logo).toEqual({ mediaType: 'image/png', data: 'iVBORw==' })
    expect(screen.getByTestId('logo-thumbnail')).toHaveAttribute('src', 'data:image/png;base64,iVBORw==')
  })
})
