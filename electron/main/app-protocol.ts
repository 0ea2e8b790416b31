import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_SCHEME } from './app-origin'
import { errorCode } from '../files/file-errors'
import { contentTypeFor, RENDERER_CSP, resolveRendererFile } from './renderer-files'

/**
 * The renderer is served from `app://release-desk/` instead of file://: a standard, secure
 * scheme gives the page a real origin (so 'self' in the CSP means only our files) and none of the
 * extra privileges file:// pages get. Only files inside out/renderer can ever be returned.
 */

/** Must run before the app is ready: Chromium reads the list of privileged schemes at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

/** Serves the built renderer from `rendererRoot` (out/renderer) on the app scheme. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondWithFile(rendererRoot, request))
}

/** The response for one app:// request; exported for tests. */
export async function respondWithFile(rendererRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')
  const file = resolveRendererFile(rendererRoot, request.url)
  if (file === null) return plain(404, 'Not found')
  try {
    const body = await readFile(file)
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'content-type': contentTypeFor(file),
        'content-security-policy': RENDERER_CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    })
  } catch (error) {
    const code = errorCode(error)
    return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR'
      ? plain(404, 'Not found')
      : plain(500, 'Unreadable')
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-security-policy': RENDERER_CSP,
    },
  })
}
