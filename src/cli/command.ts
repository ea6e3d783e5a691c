// Every CLI command runs the same way: its flags parsed strictly, --help and --version answered,
// its options read from the flags, then the command itself. A usage error (an unknown flag, a
// value its options refuse) is one "error:" line and the way to --help, exit 2.
import { parseArgs } from 'node:util'
import { VERSION } from '../generated/version.js'
import { printable } from '../model/printable.js'
import { UsageError } from '../options/values.js'
import { EXIT, unknownFlagMessage, type CliIo, type FlagSpec } from './flags.js'

/** What parseArgs gives: each flag's value by name, and the operands. */
interface ParsedArgs {
  values: Record<string, unknown>
  positionals: string[]
}

interface Command<Options> {
  /** The command's flags (--help and --version are every command's). */
  flags: FlagSpec
  /** Whether it takes operands (diff's OLD NEW). */
  positionals?: boolean
  /** How the way to its help names it: "Run <hint> --help for the options." */
  hint: string
  help: () => string
  /** The command's options from its flags; a UsageError says what is wrong with them. */
  options: (args: ParsedArgs) => Options
  run: (options: Options, io: CliIo) => Promise<number>
}

/** The first flag on the command line that the spec does not know, as it was written. */
function firstUnknownFlag(argv: readonly string[], spec: FlagSpec): string | undefined {
  const { tokens } = parseArgs({
    args: [...argv],
    options: spec,
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  for (const token of tokens)
    if (token.kind === 'option' && !Object.hasOwn(spec, token.name)) return token.rawName
  return undefined
}

function parse(argv: readonly string[], spec: FlagSpec, positionals: boolean): ParsedArgs | string {
  try {
    const args = [...argv]
    return parseArgs({ args, options: spec, strict: true, allowPositionals: positionals })
  } catch (error) {
    const unknown = firstUnknownFlag(argv, spec)
    return unknown === undefined
      ? `error: ${printable(error instanceof Error ? error.message : String(error))}`
      : unknownFlagMessage(printable(unknown), Object.keys(spec))
  }
}

/** Runs one command on its arguments; resolves to the exit code. */
export async function runCommand<Options>(
  argv: readonly string[],
  io: CliIo,
  command: Command<Options>
): Promise<number> {
  const usage = (message: string) => {
    io.stderr(`${message}\nRun ${command.hint} --help for the options.`)
    return EXIT.usage
  }
  const spec: FlagSpec = {
    help: { type: 'boolean' },
    version: { type: 'boolean' },
    ...command.flags
  }
  const args = parse(argv, spec, command.positionals === true)
  if (typeof args === 'string') return usage(args)
  if (args.values.help === true) {
    io.stdout(command.help())
    return EXIT.pass
  }
  if (args.values.version === true) {
    io.stdout(VERSION)
    return EXIT.pass
  }
  let options: Options
  try {
    options = command.options(args)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    return usage(`error: ${error.message}`)
  }
  return command.run(options, io)
}
