import type { Page } from 'playwright-core'
import { openPage, previewSettled } from '../support/app-page'
import type { AppPage, Harness } from '../support/app-page'

/**
 * The editor opened with a watch on what the page's security would notice: every Content Security
 * Policy violation it reports, and a sentinel global that injected code would set if it ran.
 */

export interface Violation {
  readonly directive: string
  readonly blocked: string
  readonly sample: string
}

interface Watch {
  readonly violations: Violation[]
}
type WatchedWindow = { readonly __securityWatch: Watch; readonly __pwned?: unknown }

/** Installed before any of the page's own scripts, so no violation is missed. */
const WATCH_SCRIPT = `
  window.__securityWatch = { violations: [] };
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__securityWatch.violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: String(event.blockedURI),
      sample: String(event.sample || ''),
    });
  }, true);
`

/** Opens the editor (with the in-memory test files, ?e2e) under the watch. */
export async function openWatchedEditor(harness: Harness): Promise<AppPage> {
  const app = await openPage(harness, 'index.html?e2e', { initScript: WATCH_SCRIPT })
  await app.page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' })
  // The checks' first run follows the first paint; the tests read what they found.
  await app.page.locator('html[data-checks-ready="true"]').waitFor({ state: 'attached' })
  await previewSettled(app.page, 0)
  return app
}

export function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (globalThis as unknown as WatchedWindow).__securityWatch.violations)
}

/** What the injected code would have written, if any of it had run. */
export function sentinel(page: Page): Promise<unknown> {
  return page.evaluate(() => (globalThis as unknown as WatchedWindow).__pwned ?? null)
}

/** The refusals a test provoked on purpose, as opposed to anything else the page did. */
export function inlineScriptRefusals(found: readonly Violation[]): Violation[] {
  return found.filter(
    (violation) => violation.directive.startsWith('script-src') && violation.blocked === 'inline',
  )
}
