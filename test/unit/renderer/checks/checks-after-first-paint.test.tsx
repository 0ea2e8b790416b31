import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ChecksBadge, ChecksStatus } from '../../../../renderer/src/editor/checks/checks-indicators'
import { ChecksPanel } from '../../../../renderer/src/editor/checks/checks-panel'
import { createReleaseStore } from '../../../../renderer/src/store/release-store'
import { renderWithStore } from '../helpers/render'
import { sampleDocument } from '../helpers/sample'

afterEach(() => {
  delete document.documentElement.dataset['checksReady']
})

// The sample has one error: its web reference still names the third quarter.
describe('the checks while the app starts', () => {
  it('say they are running, never "no problems", until their first run after the first paint', () => {
    const store = createReleaseStore({ document: sampleDocument(), path: null, stamp: null }, { checksAfterFirstPaint: true })
    renderWithStore(
      <>
        <ChecksBadge />
        <ChecksStatus />
        <ChecksPanel />
      </>,
      store,
    )
    expect(screen.getByTestId('checks-count')).toHaveTextContent('Checks: running…')
    expect(screen.getByTestId('checks-running')).toHaveTextContent('Checking the release…')
    expect(screen.queryByText('No problems found')).toBeNull()
    expect(screen.queryByTestId('checks-badge')).toBeNull()
    expect(document.documentElement.dataset['checksReady']).toBeUndefined()

    act(() => store.getState().showChecks())
    expect(screen.getByTestId('checks-count')).toHaveTextContent('Checks: 1 error')
    expect(screen.getByTestId('checks-badge')).toBeInTheDocument()
    expect(screen.queryByTestId('checks-running')).toBeNull()
    expect(document.documentElement.dataset['checksReady']).toBe('true')
  })

  it('run at once in any other store, as every test and tool makes it', () => {
    renderWithStore(<ChecksStatus />, createReleaseStore({ document: sampleDocument(), path: null, stamp: null }))
    expect(screen.getByTestId('checks-count')).toHaveTextContent('Checks: 1 error')
  })
})
