/** A failure the CLI reports as one line and exit code 2: which file, which field, what is wrong. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/** "figures.json: figures.revenue.quarter: expected …" */
export function inFile(file: string, problem: string): CliError {
  return new CliError(`${file}: ${problem}`)
}
