// The inputs as the parsers take them, from any of the three adapters: the action's and the
// CLI's text (a list one entry per line, `#` starting a comment line, as in @actions/glob), or
// the library's typed values passed straight through (a list as an array, each item one entry,
// so an item starting with `#` is an entry like any other; shard as { index, count }).
import type { ShardSpec } from '../inventory/shards.js'
import { patternLines } from '../model/lines.js'
import { INPUTS, inputSpec, type InputName } from './inputs.js'
import { UsageError } from './values.js'

type ListInputName = {
  [K in InputName]: (typeof INPUTS)[K] extends { list: true } ? K : never
}[InputName]

/** What a parser is given. */
export type GivenInputs = {
  [K in InputName]?: K extends ListInputName
    ? string | readonly string[]
    : K extends 'shard'
      ? string | ShardSpec
      : string | boolean
}

/** The inputs read once: a list as its entries, every other value as text (shard as given). */
export type ReadInputs = {
  [K in InputName]?: K extends ListInputName
    ? string[]
    : K extends 'shard'
      ? string | ShardSpec
      : string
}

/** A list input's entries: text line by line, or an array's items as they are, trimmed. */
function entriesOf(name: InputName, value: unknown): string[] {
  if (!Array.isArray(value)) return patternLines(String(value))
  const entries: string[] = []
  for (const item of value as unknown[]) {
    if (typeof item !== 'string') throw new UsageError(`${name} must be an array of strings.`)
    // One entry each: a line break would make two of one item, or smuggle a second line.
    if (/[\r\n]/.test(item))
      throw new UsageError(
        `${name} item ${JSON.stringify(item)} holds a line break; give each entry as its own item.`
      )
    const entry = item.trim()
    if (entry.length > 0) entries.push(entry)
  }
  return entries
}

/**
 * The inputs' own values only, each read once: a key someone set on Object.prototype in this
 * process (the library runs in its caller's) is no input, whatever it is called.
 */
export function ownInputs(given: GivenInputs): ReadInputs {
  const read = Object.create(null) as Record<string, unknown>
  for (const name of Object.keys(given) as InputName[]) {
    const value: unknown = given[name]
    if (value === undefined) continue
    if (Object.hasOwn(INPUTS, name) && isList(name)) read[name] = entriesOf(name, value)
    else if (name === 'shard' && typeof value === 'object' && value !== null) read[name] = value
    else read[name] = String(value)
  }
  return read as ReadInputs
}

function isList(name: InputName): boolean {
  return inputSpec(name).list === true
}
