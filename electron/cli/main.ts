import { checkCommand } from './check-command'
import { CliError } from './cli-error'
import { draftCommand, exportCommand } from './commands'
import type { CliOutput } from './commands'

const USAGE = `Release Desk command line

  draft <figures.json> [-o release.json]     write a release from a figures file
  draft <figures.xlsx | .csv> --map <mapping.json> [-o release.json]
                                             the same, with the figures read from the finance
                                             team's workbook through a mapping (docs/figures-format.md)
  export <release.json> [--text <file|->] [--docx <f.docx>] [--pdf <f.pdf>] [--preprinted] [--final [--reason "why"]]
                                             write the release as text, Word or PDF
                                             (PDF uses /usr/bin/chromium or $RELEASE_DESK_CHROMIUM);
                                             a final release with errors exits 1 and writes nothing,
                                             unless --reason is given, which is recorded in the release file
  check <release.json | draft.docx | draft.txt> [--figures figures.json]
                                             list wrong figures, claims and leftovers; exit 1 on errors

Errors exit with code 2 and one line naming the file, the field and the problem.`

/** Runs one CLI command and returns its exit code. Never throws: every failure becomes one line on stderr. */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'draft':
        return await draftCommand(rest, output)
      case 'export':
        return await exportCommand(rest, output)
      case 'check':
        return await checkCommand(rest, output)
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        output.warn(USAGE)
        return command === undefined ? 2 : 0
      default:
        throw new CliError(`unknown command "${command}" (try: draft, export, check)`)
    }
  } catch (error) {
    if (error instanceof CliError) {
      output.warn(`release-desk: ${error.message}`)
      return error.exitCode
    }
    const detail = error instanceof Error ? error.message : String(error)
    output.warn(`release-desk: internal error: ${detail.split('\n')[0] ?? ''}`)
    return 2
  }
}

const isEntryPoint =
  process.argv[1] !== undefined && /cli[\\/]main\.[cm]?[jt]s$/.test(process.argv[1])
if (isEntryPoint) {
  void runCli(process.argv.slice(2), { warn: (line) => process.stderr.write(`${line}\n`) }).then(
    (code) => {
      process.exitCode = code
    },
  )
}
