/**
 * jsdom lays nothing out and its Range has no rectangles; ProseMirror asks for them to scroll the
 * selection into view. Empty rectangles are the honest answer for a page with no layout.
 */
export function installRangeRects(): void {
  const empty = (): DOMRectList => {
    const list = Object.assign([] as DOMRect[], { item: () => null })
    return list as unknown as DOMRectList
  }
  if (typeof Range.prototype.getClientRects !== 'function') Range.prototype.getClientRects = empty
  if (typeof Range.prototype.getBoundingClientRect !== 'function') {
    Range.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0)
  }
}
