import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './app-origin'

/**
 * Mapping `app://release-desk/<path>` requests to files of the built renderer (out/renderer).
 * Plain Node, so the path-traversal refusals are unit-tested.
 */

/**
 * The same policy as the meta tag in renderer/index.html, also sent as a response header so it
 * applies before any byte of the page is parsed. No eval, no remote sources. `frame-ancestors`
 * works only as a header (browsers ignore it in a meta tag, with a console error), so only the
 * header carries it.
 */
export const RENDERER_META_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
export const RENDERER_CSP = `${RENDERER_META_CSP}; frame-ancestors 'none'`

/** The file inside `root` that an app:// URL names, or null for anything outside it or malformed. */
export function resolveRendererFile(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  // Encoded separators and NUL bytes have no business in a bundled asset name.
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const relativePath =
    pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const base = resolve(root)
  const target = resolve(base, relativePath)
  const inside = relative(base, target)
  if (
    inside === '' ||
    inside.startsWith('..') ||
    isAbsolute(inside) ||
    inside.split(sep).includes('..')
  )
    return null
  return target
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}
