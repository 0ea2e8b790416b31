import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { PrintMode, renderPrintMode } from '../../../../renderer/src/preview/print-mode'
import { serializeReleaseDocument } from '../../../../renderer/src/release/load-document'
import { sampleDocument } from './release-fixtures'

const html = document.documentElement

afterEach(() => {
  delete window.__RELEASE_DESK_PRINT__
  delete html.dataset.printReady
  delete html.dataset.printError
  delete html.dataset.printPages
  html.classList.remove('print-mode')
})

describe('print mode (index.html#print)', () => {
  it('prints the injected release alone and says when it is ready', async () => {
    window.__RELEASE_DESK_PRINT__ = serializeReleaseDocument(sampleDocument())
    render(<PrintMode />)
    await waitFor(() => expect(html.dataset.printReady).toBe('true'))
    expect(html.dataset.printError).toBeUndefined()
    expect(html.dataset.printPages).toBe(String(screen.getAllByTestId('page').length))
    expect(screen.getByTestId('letterhead-logo')).toBeInTheDocument()
    expect(screen.getByTestId('print-view')).toHaveTextContent('IEC Announces Second Quarter Results for Fiscal 2006')
  })

  it('names the problem, and is never ready, when the release is not valid', () => {
    const broken = JSON.parse(serializeReleaseDocument(sampleDocument())) as Record<string, Record<string, unknown>>
    broken['figures'] = { revenue: { quarter: 'abc' } }
    window.__RELEASE_DESK_PRINT__ = JSON.stringify(broken)
    render(<PrintMode />)
    expect(html.dataset.printError).toMatch(/figures\.revenue\.quarter: expected an amount/)
    expect(screen.getByRole('alert')).toHaveTextContent('The release to print is not valid')
    expect(html.dataset.printReady).toBeUndefined()
    expect(screen.queryByTestId('print-view')).toBeNull()
  })

  it('says so when no release was injected', () => {
    render(<PrintMode />)
    expect(html.dataset.printError).toMatch(/__RELEASE_DESK_PRINT__ was not set/)
  })

  it('mounts into a root element with renderPrintMode', async () => {
    window.__RELEASE_DESK_PRINT__ = serializeReleaseDocument(sampleDocument())
    const root = document.createElement('div')
    document.body.append(root)
    const reactRoot = await act(async () => renderPrintMode(root))
    await waitFor(() => expect(html.dataset.printReady).toBe('true'))
    expect(html.classList.contains('print-mode')).toBe(true)
    expect(root.querySelectorAll('[data-testid="page"]').length).toBeGreaterThan(0)
    act(() => reactRoot.unmount())
    root.remove()
  })
})
