// The library's evaluatePromotion: the CLI's inputs as one typed object, given to the parser the
// CLI's flags go through with their types (a list as an array), and every gate evaluated as a
// run does it. It writes nothing.
import path from 'node:path'
import { nearestName } from '../model/nearest.js'
import {
  camelCaseName,
  cliInputs,
  type InputName,
  type PromotionInputs
} from '../options/inputs.js'
import type { GivenInputs } from '../options/read-inputs.js'
import { UsageError, parseOptions } from '../options/parse.js'
import { evaluateRun, type PromotionResult } from '../pipeline.js'

/**
 * The inputs as the parsers take them: a list as its array, a boolean as itself, anything else as
 * text (a list's items are entries as they are: one starting with `#` is no comment). An unknown
 * key is a usage error.
 */
function givenInputs(inputs: PromotionInputs): GivenInputs {
  const names = new Map<string, InputName>(cliInputs().map((name) => [camelCaseName(name), name]))
  // Null-prototype: a key set on Object.prototype in the caller's process is no input.
  const given = Object.create(null) as Record<string, unknown>
  for (const [key, value] of Object.entries(inputs) as Array<[string, unknown]>) {
    const name = names.get(key)
    if (name === undefined) {
      const nearest = nearestName(key, names.keys())
      throw new UsageError(
        `${key} is not an input${nearest === undefined ? '' : `; did you mean ${nearest}?`}`
      )
    }
    if (value === undefined) continue
    given[name] = Array.isArray(value) || typeof value === 'boolean' ? value : String(value)
  }
  return given as GivenInputs
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
  return evaluateRun(parseOptions(givenInputs(inputs), path.resolve(workspace ?? process.cwd())))
}
