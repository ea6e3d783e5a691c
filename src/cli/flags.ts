// The CLI's flags and usage, made from the one input table: every input the CLI shares with the
// action is a flag of the same name (a list input a repeatable flag), plus the CLI's own.
import path from 'node:path'
import { nearestName } from '../model/nearest.js'
import {
  INPUTS,
  inputSpec,
  type InputKind,
  type InputName,
  type RawInputs
} from '../options/inputs.js'

/**
 * The exit codes (README.md, "Exit codes"). 1 says the inputs were judged and refused; anything
 * that stops a command before a verdict (a usage error, a file that cannot be written) is 2.
 */
export const EXIT = { pass: 0, violation: 1, usage: 2, error: 2 } as const

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

/** A command's flags, as node:util's parseArgs takes them. */
export type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>

/** The flags only the CLI has, with their usage lines. */
const OWN_FLAGS = {
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

/** The flags of the given inputs (a list input repeatable) and of the CLI's own. */
export function inputFlags(names: readonly InputName[], own: readonly OwnFlag[]): FlagSpec {
  const flags: FlagSpec = {}
  for (const name of own) flags[name] = { type: 'string' }
  for (const name of names) {
    flags[name] = { type: 'string', multiple: inputSpec(name).list === true }
  }
  return flags
}

/** A string flag's value, when it was given. */
export function textFlag(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

/** The workspace a command runs in: --workspace, resolved from where it was started, else there. */
export function workspaceOf(values: Record<string, unknown>, cwd: string): string {
  return path.resolve(cwd, textFlag(values, 'workspace') ?? '.')
}

/** The inputs' values as the action gives them: a repeated flag's values one per line. */
export function rawInputsOf(
  values: Record<string, unknown>,
  names: readonly InputName[]
): RawInputs {
  const raw: RawInputs = {}
  for (const name of names) {
    const value = values[name]
    if (Array.isArray(value)) raw[name] = value.map(String).join('\n')
    else if (typeof value === 'string') raw[name] = value
  }
  return raw
}

/**
 * Usage lines for the given inputs, each with its value's placeholder and its default. `own`
 * descriptions replace the table's, and say all there is to say (default, required), where the
 * table speaks of another mode (the action's pull-request mode, inventory's --shard) than the
 * command's.
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
      descriptions[name] !== undefined
        ? ''
        : 'default' in input
          ? ` Default: "${input.default}".`
          : required
            ? ' Required.'
            : ''
    lines.push(`  ${flag}`, `      ${description}${extra}`)
  }
  for (const name of own)
    lines.push(`  --${name} ${OWN_FLAGS[name][0]}`, `      ${OWN_FLAGS[name][1]}`)
  lines.push('  --version', '      Print the version.', '  --help', '      Show this help.')
  return lines
}

/** The answer to a flag the command does not know, with the nearest one it does. */
export function unknownFlagMessage(flag: string, known: Iterable<string>): string {
  const nearest = flag.startsWith('--') ? nearestName(flag.slice(2), known) : undefined
  return nearest === undefined
    ? `error: unknown flag ${flag}`
    : `error: unknown flag ${flag}; did you mean --${nearest}?`
}
