import { describe, expect, it } from 'vitest'
import { editorSuite } from './support/editor-suite'

/**
 * What a person sees being cut off or covered, measured in Chromium and kept as screenshots:
 * a cell's message in the first column, and the preview bar over a scrolled page.
 */

const suite = editorSuite()

describe('nothing is cut off or covered', () => {
  it('shows a first-column cell\u2019s message whole, inside the editor pane', async () => {
    const app = await suite.openEditor()
    const { page } = app
    await page.getByRole('textbox', { name: 'Revenue, Q2 fiscal 2006', exact: true }).click()
    await page.keyboard.type('lots')
    await page.keyboard.press('Enter')
    await page.getByRole('textbox', { name: 'Revenue, Q2 fiscal 2006', exact: true }).focus()
    const message = page.locator('.figure-cell--invalid .figure-cell__message')
    await message.waitFor({ state: 'visible' })
    // Every box around the message that clips what overflows it (the grid's frame, the pane) must hold it whole.
    const clipped = await message.evaluate((element) => {
      const box = element.getBoundingClientRect()
      const cuts: string[] = []
      for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
        const style = parent.ownerDocument.defaultView?.getComputedStyle(parent)
        if (style === undefined) continue
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
        const frame = parent.getBoundingClientRect()
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) cuts.push(`${parent.className}: ${Math.round(box.left)}-${Math.round(box.right)} in ${Math.round(frame.left)}-${Math.round(frame.right)}`)
      }
      return cuts
    })
    expect(clipped).toEqual([])
    await app.screenshot('23-first-column-message')
  })

  it('keeps the preview bar above the pages: a scrolled letterhead goes under the pane\u2019s edge, not under the bar', async () => {
    const app = await suite.openEditor()
    const { page } = app
    const letterhead = page.getByTestId('letterhead').first()
    await letterhead.waitFor()
    const bar = await page.getByRole('toolbar', { name: 'Page and preview' }).boundingBox()
    const pages = page.locator('.preview-pane__pages')
    const before = await letterhead.boundingBox()
    await pages.evaluate((element) => element.scrollBy(0, 60))
    const after = await letterhead.boundingBox()
    const scroller = await pages.boundingBox()
    if (bar === null || before === null || after === null || scroller === null) throw new Error('A part of the preview has no box on screen.')
    expect(after.y).toBeLessThan(before.y)
    // The pages scroll in their own box, which starts below the bar: the bar can never cover them.
    expect(scroller.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1)
    expect(await page.getByRole('toolbar', { name: 'Page and preview' }).boundingBox()).toEqual(bar)
    await app.screenshot('24-preview-scrolled')
  })
})
