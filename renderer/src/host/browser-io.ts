/**
 * What the browser host needs from the page, as functions: choosing a file, downloading one,
 * printing, the title. The real ones are below; tests pass their own.
 */
export interface BrowserIo {
  /** Shows the file chooser; null when the person cancels. */
  readonly pickFile: (accept: string) => Promise<File | null>
  readonly download: (fileName: string, blob: Blob) => void
  readonly print: () => void
  readonly setTitle: (title: string) => void
  readonly storage: Storage
  readonly now: () => Date
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.style.display = 'none'
    const finish = (file: File | null): void => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => finish(null), { once: true })
    document.body.append(input)
    input.click()
  })
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.style.display = 'none'
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // The download has started from the click; the URL can go once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export function pageIo(): BrowserIo {
  return {
    pickFile,
    download,
    print: () => window.print(),
    setTitle: (title) => {
      document.title = title
    },
    storage: window.localStorage,
    now: () => new Date(),
  }
}
