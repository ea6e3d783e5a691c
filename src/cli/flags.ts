// The CLI's flags and usage, made from the one input table: every input the CLI shares with the
// action is a flag of the same name (a list input a repeatable flag), plus the CLI's own.
import { parseArgs } from 'node:util'
import { nearestName } from '../model/nearest.js'
import {
  INPUTS,
  inputSpec,
  type InputKind,
  type InputName,
  type RawInputs
} from '../options/inputs.js'

export const EXIT = { pass: 0, violation: 1, usage: 2 } as const

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>

/** The flags only the CLI has, with their usage lines. */
export const OWN_FLAGS = {
  workspace: ['DIR', 'The workspace all paths are relative to. Default: the current directory.'],
  summary: ['FILE', 'Also write the Markdown job summary to FILE.']
} as const
export type OwnFlag = keyof typeof OWN_FLAGS

const PLACEHOLDER: Record<InputKind, string> = {
  text: 'VALUE',
  secret: 'VALUE',
  choice: 'VALUE',
  boolean: 'true|false',
  integer: 'N',
  time: 'TIME',
  digest: 'sha256:HEX',
  file: 'FILE',
  directory: 'DIR',
  patterns: 'PATTERN',
  lines: 'LINE'
}

function flagSpec(names: readonly InputName[], own: readonly OwnFlag[]): FlagSpec {
  const flags: FlagSpec = { help: { type: 'boolean' }, version: { type: 'boolean' } }
  for (const name of own) flags[name] = { type: 'string' }
  for (const name of names) {
    flags[name] = { type: 'string', multiple: inputSpec(name).list === true }
  }
  return flags
}

/**
 * Usage lines for the given inputs, each with its value's placeholder and its default. `own`
 * descriptions replace the table's where the table speaks of another mode (the action's
 * pull-request mode, inventory's --shard) than the command's.
 */
export function flagUsage(
  names: readonly InputName[],
  own: readonly OwnFlag[],
  descriptions: Partial<Record<InputName, string>> = {}
): string[] {
  const lines: string[] = []
  for (const name of names) {
    const input = INPUTS[name]
    const list = 'list' in input && input.list
    const flag = `--${name} ${PLACEHOLDER[input.kind]}${list ? ' (repeatable)' : ''}`
    const description = descriptions[name] ?? input.description
    // A description that already says when the input is required is not told again.
    const required = 'required' in input && !/\bRequired\b/.test(description)
    const extra =
      'default' in input ? ` Default: "${input.default}".` : required ? ' Required.' : ''
    lines.push(`  ${flag}`, `      ${description}${extra}`)
  }
  for (const name of own)
    lines.push(`  --${name} ${OWN_FLAGS[name][0]}`, `      ${OWN_FLAGS[name][1]}`)
  lines.push('  --version', '      Print the version.', '  --help', '      Show this help.')
  return lines
}

export interface ParsedFlags {
  raw: RawInputs
  help: boolean
  version: boolean
  workspace?: string
  summary?: string
}

const HELP_HINT = 'Run with --help for the options.'

/** The answer to a flag the command does not know, with the nearest one it does. */
export function unknownFlagMessage(flag: string, known: Iterable<string>): string {
  const nearest = flag.startsWith('--') ? nearestName(flag.slice(2), known) : undefined
  return nearest === undefined
    ? `error: unknown flag ${flag}`
    : `error: unknown flag ${flag}; did you mean --${nearest}?`
}

/** The first flag on the command line that the spec does not know, as it was written. */
function firstUnknownFlag(argv: readonly string[], spec: FlagSpec): string | undefined {
  const { tokens } = parseArgs({ args: [...argv], options: spec, strict: false, tokens: true })
  for (const token of tokens)
    if (token.kind === 'option' && !Object.hasOwn(spec, token.name)) return token.rawName
  return undefined
}

/** Parses flags strictly; on a usage error says so with the way to --help, and returns undefined. */
export function parseFlags(
  argv: readonly string[],
  names: readonly InputName[],
  own: readonly OwnFlag[],
  io: CliIo
): ParsedFlags | undefined {
  const spec = flagSpec(names, own)
  let values: Record<string, unknown>
  try {
    values = parseArgs({ args: [...argv], options: spec, strict: true }).values
  } catch (error) {
    const unknown = firstUnknownFlag(argv, spec)
    const message =
      unknown === undefined
        ? `error: ${error instanceof Error ? error.message : String(error)}`
        : unknownFlagMessage(unknown, Object.keys(spec))
    io.stderr(`${message}\n${HELP_HINT}`)
    return undefined
  }
  const raw: RawInputs = {}
  for (const name of names) {
    const value = values[name]
    if (Array.isArray(value)) raw[name] = value.map(String).join('\n')
    else if (typeof value === 'string') raw[name] = value
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined)
  return {
    raw,
    help: values.help === true,
    version: values.version === true,
    workspace: text('workspace'),
    summary: text('summary')
  }
}
