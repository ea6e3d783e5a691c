// The CLI's flags and usage, made from the one input table: every input the CLI shares with the
// action is a flag of the same name (a list input a repeatable flag), plus the CLI's own.
import { parseArgs } from 'node:util'
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

/** The inputs the CLI takes as flags of the promote command: all but the action's and subcommands' own. */
export function cliInputs(): InputName[] {
  return (Object.keys(INPUTS) as InputName[]).filter(
    (name) => !inputSpec(name).actionOnly && !inputSpec(name).subcommand
  )
}

function flagSpec(names: readonly InputName[], own: readonly OwnFlag[]): FlagSpec {
  const flags: FlagSpec = { help: { type: 'boolean' } }
  for (const name of own) flags[name] = { type: 'string' }
  for (const name of names) {
    flags[name] = { type: 'string', multiple: inputSpec(name).list === true }
  }
  return flags
}

/** Usage lines for the given inputs, each with its value's placeholder and its default. */
export function flagUsage(names: readonly InputName[], own: readonly OwnFlag[]): string[] {
  const lines: string[] = []
  for (const name of names) {
    const input = INPUTS[name]
    const list = 'list' in input && input.list
    const flag = `--${name} ${PLACEHOLDER[input.kind]}${list ? ' (repeatable)' : ''}`
    const extra =
      'default' in input ? ` Default: "${input.default}".` : 'required' in input ? ' Required.' : ''
    lines.push(`  ${flag}`, `      ${input.description}${extra}`)
  }
  for (const name of own)
    lines.push(`  --${name} ${OWN_FLAGS[name][0]}`, `      ${OWN_FLAGS[name][1]}`)
  lines.push('  --help', '      Show this help.')
  return lines
}

export interface ParsedFlags {
  raw: RawInputs
  help: boolean
  workspace?: string
  summary?: string
}

/** Parses flags strictly; on a usage error says so with the way to --help, and returns undefined. */
export function parseFlags(
  argv: readonly string[],
  names: readonly InputName[],
  own: readonly OwnFlag[],
  io: CliIo
): ParsedFlags | undefined {
  let values: Record<string, unknown>
  try {
    values = parseArgs({ args: [...argv], options: flagSpec(names, own), strict: true }).values
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`error: ${message}\nRun with --help for the options.`)
    return undefined
  }
  const raw: RawInputs = {}
  for (const name of names) {
    const value = values[name]
    if (Array.isArray(value)) raw[name] = value.map(String).join('\n')
    else if (typeof value === 'string') raw[name] = value
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined)
  return { raw, help: values.help === true, workspace: text('workspace'), summary: text('summary') }
}
