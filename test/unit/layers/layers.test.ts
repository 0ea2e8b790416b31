import { ESLint } from 'eslint'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../../..')
const eslint = new ESLint({ cwd: root })

/** The layer messages ESLint gives a file at `path` that holds only `source`. */
async function layerMessages(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: resolve(root, path) })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message)
}

describe('each folder imports only downwards', () => {
  it('refuses the editor importing the app', async () => {
    const messages = await layerMessages(
      'renderer/src/editor/text/layer-probe.tsx',
      "import { useAppServices } from '../../app/app-services'\nexport const probe = useAppServices\n",
    )
    expect(messages.join('\n')).toMatch(/The editor never imports the app/)
  }, 60_000)

  it('refuses the store importing the editor or the app', async () => {
    const editor = await layerMessages(
      'renderer/src/store/layer-probe.ts',
      "import { useEditorServices } from '../editor/editor-services'\nexport const probe = useEditorServices\n",
    )
    const app = await layerMessages(
      'renderer/src/store/layer-probe.ts',
      "import type { AppContext } from '../app/app-context'\nexport type Probe = AppContext\n",
    )
    expect(editor.join('\n')).toMatch(/The store never imports the UI/)
    expect(app.join('\n')).toMatch(/The store never imports the UI/)
  }, 60_000)

  it('refuses the command line importing the Electron shell or electron', async () => {
    const shell = await layerMessages(
      'electron/cli/layer-probe.ts',
      "import { registerIpc } from '../main/ipc'\nexport const probe = registerIpc\n",
    )
    const electron = await layerMessages(
      'electron/cli/layer-probe.ts',
      "import { app } from 'electron'\nexport const probe = app\n",
    )
    expect(shell.join('\n')).toMatch(/never import the Electron shell/)
    expect(electron.join('\n')).toMatch(/without Electron/)
  }, 60_000)

  it('keeps the bridge contract pure, so the shell and the page can both import it', async () => {
    const messages = await layerMessages(
      'renderer/src/contract/layer-probe.ts',
      "import { readFile } from 'node:fs/promises'\nexport const probe = readFile\n",
    )
    expect(messages.join('\n')).toMatch(/pure domain cannot use Node/)
  }, 60_000)

  it('lets the app import the editor, and the command line the file service', async () => {
    expect(
      await layerMessages(
        'renderer/src/app/layer-probe.ts',
        "import type { EditorTargets } from '../editor/editor-targets'\nexport type Probe = EditorTargets\n",
      ),
    ).toEqual([])
    expect(
      await layerMessages(
        'electron/cli/layer-probe.ts',
        "import { saveAtomic } from '../files/file-service'\nexport const probe = saveAtomic\n",
      ),
    ).toEqual([])
  }, 60_000)
})
