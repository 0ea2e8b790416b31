/**
 * Console messages that are not the editor's doing and that a test would otherwise fail on. Each
 * entry says why it is tolerated; the tests print every one they meet, so it is never silent.
 */
export const KNOWN_CONSOLE_NOISE: readonly { readonly pattern: RegExp; readonly reason: string }[] =
  [
    // Empty: the one entry (the CSP meta tag's frame-ancestors) was fixed in renderer/index.html.
  ]

/** The console errors that count: everything except the known noise, which is printed instead. */
export function realErrors(errors: readonly string[]): string[] {
  return errors.filter((error) => {
    const known = KNOWN_CONSOLE_NOISE.find((entry) => entry.pattern.test(error))
    if (known !== undefined)
      console.warn(`[e2e] tolerated console error: ${error}\n      because ${known.reason}`)
    return known === undefined
  })
}
