// The library's evaluatePromotion: the CLI's inputs as one typed object, parsed as the CLI parses
// its flags, and every gate evaluated as a run does it. It writes nothing.
import path from 'node:path'
import { nearestName } from '../model/nearest.js'
import {
  camelCaseName,
  cliInputs,
  type InputName,
  type PromotionInputs,
  type RawInputs
} from '../options/inputs.js'
import { UsageError, parseOptions } from '../options/parse.js'
import { evaluateRun, type PromotionResult } from '../pipeline.js'

/** The inputs' raw strings, as the CLI's flags give them; an unknown key is a usage error. */
function rawInputs(inputs: PromotionInputs): RawInputs {
  const names = new Map<string, InputName>(cliInputs().map((name) => [camelCaseName(name), name]))
  // Null-prototype: a key set on Object.prototype in the caller's process is no input.
  const raw = Object.create(null) as RawInputs
  for (const [key, value] of Object.entries(inputs) as Array<[string, unknown]>) {
    const name = names.get(key)
    if (name === undefined) {
      const nearest = nearestName(key, names.keys())
      throw new UsageError(
        `${key} is not an input${nearest === undefined ? '' : `; did you mean ${nearest}?`}`
      )
    }
    if (value === undefined) continue
    raw[name] = Array.isArray(value) ? value.map(String).join('\n') : String(value)
  }
  return raw
}

/**
 * Evaluates every promotion gate for the inputs, with paths relative to `workspace` (default:
 * the current directory), and returns the result: status, violations, the gate reports and, on
 * a pass, the manifest's bytes and digest. released-at defaults to the commit time of the
 * workspace's checked-out commit. Writes nothing; a bad input throws UsageError.
 */
export async function evaluatePromotion(
  inputs: PromotionInputs,
  options: { workspace?: string } = {}
): Promise<PromotionResult> {
  const workspace = Object.hasOwn(options, 'workspace') ? options.workspace : undefined
  return evaluateRun(parseOptions(rawInputs(inputs), path.resolve(workspace ?? process.cwd())))
}
