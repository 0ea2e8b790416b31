import { CliError } from './cli-error'

/** Parsed command-line arguments: positionals, and options with or without a value. */
export interface ParsedArgs {
  readonly positionals: readonly string[]
  readonly options: ReadonlyMap<string, string | true>
}

/**
 * Reads `--name value` and `--flag` options. `valueOptions` lists the options that take a value,
 * so that a forgotten value is reported instead of swallowing the next argument.
 */
export function parseArgs(
  argv: readonly string[],
  valueOptions: readonly string[],
  flagOptions: readonly string[],
): ParsedArgs {
  const positionals: string[] = []
  const options = new Map<string, string | true>()
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? ''
    if (arg.startsWith('-') && arg !== '-') {
      if (valueOptions.includes(arg)) {
        const value = argv[index + 1]
        if (value === undefined || (value.startsWith('-') && value !== '-'))
          throw new CliError(`${arg} needs a value`)
        options.set(arg, value)
        index += 1
      } else if (flagOptions.includes(arg)) {
        options.set(arg, true)
      } else {
        throw new CliError(`unknown option ${arg}`)
      }
    } else {
      positionals.push(arg)
    }
  }
  return { positionals, options }
}

/** The value of an option that takes one, if given. */
export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name)
  return typeof value === 'string' ? value : undefined
}
