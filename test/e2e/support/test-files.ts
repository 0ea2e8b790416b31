import type { Page } from 'playwright-core'

/** The browser host's in-memory files (`window.__releaseDeskTest`, present with ?e2e), as seen from a test. */
interface TestFilesInPage {
  readonly files: Map<string, { readonly text: string }>
  nextOpen: string | null
  readonly put: (path: string, text: string) => void
}

type PageGlobals = { readonly __releaseDeskTest: TestFilesInPage }

/** Writes a file "on disk", as another program would. */
export async function putFile(page: Page, path: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, body }) => (globalThis as unknown as PageGlobals).__releaseDeskTest.put(name, body),
    {
      name: path,
      body: text,
    },
  )
}

/** Puts a file where the next Open finds it, as if chosen in the dialog. */
export async function offerFileToOpen(page: Page, path: string, text: string): Promise<void> {
  await putFile(page, path, text)
  await page.evaluate((name) => {
    ;(globalThis as unknown as PageGlobals).__releaseDeskTest.nextOpen = name
  }, path)
}

export async function readFile(page: Page, path: string): Promise<string | null> {
  return page.evaluate(
    (name) =>
      (globalThis as unknown as PageGlobals).__releaseDeskTest.files.get(name)?.text ?? null,
    path,
  )
}
