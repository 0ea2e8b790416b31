import { access, constants } from 'node:fs/promises'
import { CliError } from './cli-error'

/** Where the CLI looks for a Chromium to make PDFs with. */
export const CHROMIUM_ENV = 'RELEASE_DESK_CHROMIUM'
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** Flags that keep a headless Chromium quiet on a closed network and runnable as root. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The Chromium named in RELEASE_DESK_CHROMIUM, else the system one; a clear error when there is none. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const named = env[CHROMIUM_ENV]
  if (named !== undefined && named !== '') {
    if (await isExecutable(named)) return named
    throw new CliError(`${CHROMIUM_ENV}=${named}: no executable Chromium there`)
  }
  for (const candidate of CANDIDATES) {
    if (await isExecutable(candidate)) return candidate
  }
  throw new CliError(
    `PDF export needs Chromium: install it (apt-get install chromium) or name one in ${CHROMIUM_ENV}`,
  )
}
