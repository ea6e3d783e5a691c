// What an entry of the input table (inputs.ts) says of an input.

/** What an input's value is; the CLI names its flag's value after it (FILE, PATTERN, ...). */
export type InputKind =
  | 'text'
  | 'secret'
  | 'choice'
  | 'boolean'
  | 'integer'
  | 'time'
  | 'digest'
  | 'file'
  | 'directory'
  | 'patterns'
  | 'lines'

/** The CLI's subcommands that take inputs of their own. */
type CliSubcommand = 'verify' | 'inventory'

/** The action's modes, the values of its `mode` input. */
export type Mode = 'promote' | 'verify' | 'changed-datasets' | 'inventory' | 'publish'

export interface InputSpec {
  /** Every mode of the action that reads it: action.yml and the README's table say so. */
  modes: readonly Mode[]
  kind: InputKind
  description: string
  default?: string
  /** The values a choice allows. */
  choices?: readonly string[]
  /** One value per line in the action; a repeatable flag in the CLI. */
  list?: boolean
  /** Only the action has it (GitHub API, upload, job outcome); the CLI has no such flag. */
  actionOnly?: boolean
  /** The mode in which the input must be given. */
  required?: 'promote' | 'verify'
  /** In the CLI, a flag of these subcommands only, not of the promote command. */
  commands?: readonly CliSubcommand[]
}
