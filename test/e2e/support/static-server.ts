/** The E2E suite serves the built renderer with the same server the CLI uses for PDFs. */
export { serveFolder } from '../../../electron/cli/static-server'
export type { StaticServer as Served } from '../../../electron/cli/static-server'
