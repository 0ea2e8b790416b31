/**
 * Where the app's own pages come from. The renderer is served from `app://release-desk/` in
 * production and from electron-vite's dev server while developing; nothing else is trusted.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'release-desk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The origins allowed to call the shell. The dev server's URL counts only in unpackaged builds,
 * so an environment variable can never point an installed app at other content.
 */
export function trustedOrigins(
  devServerUrl: string | undefined,
  isPackaged: boolean,
): readonly string[] {
  const dev = !isPackaged && devServerUrl !== undefined ? originOf(devServerUrl) : null
  return dev === null ? [APP_ORIGIN] : [APP_ORIGIN, dev]
}

/** True when `url` is on one of the trusted origins (scheme, host and port must all match). */
export function isTrustedUrl(url: string | undefined, origins: readonly string[]): boolean {
  if (url === undefined || url === '') return false
  const origin = originOf(url)
  return origin !== null && origins.includes(origin)
}

/**
 * `scheme://host[:port]` of a URL. `URL.origin` is "null" for custom schemes such as app:, so the
 * origin is rebuilt from its parts.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (parsed.host === '') return null
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}
