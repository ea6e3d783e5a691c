// The one table of inputs: the action's inputs (action.yml) and the CLI's flags are both this
// list, written in three parts (inputs-*.ts) joined here in order. `npm run inputs` writes
// action.yml's inputs and the README's input table from it (and the outputs from
// action-outputs.ts); tests fail when either differs, or the CLI's usage does.
import type { InputSpec } from './input-spec.js'
import { RUN_INPUTS } from './inputs-action-run.js'
import { PROMOTION_INPUTS } from './inputs-promotion.js'
import { VERIFY_AND_JOB_INPUTS } from './inputs-verify-publish.js'

export type { InputKind, InputSpec, Mode } from './input-spec.js'

/** Every input, with its default; action.yml and the CLI's --help say the same. */
export const INPUTS = { ...RUN_INPUTS, ...PROMOTION_INPUTS, ...VERIFY_AND_JOB_INPUTS }

export type InputName = keyof typeof INPUTS
export type RawInputs = Partial<Record<InputName, string>>

/** The input's table entry, typed as the general spec. */
export function inputSpec(name: InputName): InputSpec {
  return INPUTS[name]
}

/**
 * The inputs a CLI command takes as flags, and the library as fields: all but the action's own
 * and those of other commands (verify's inputs are the verify command's).
 */
export function cliInputs(command: 'promote' | 'verify' = 'promote'): InputName[] {
  return (Object.keys(INPUTS) as InputName[]).filter((name) => {
    const input = inputSpec(name)
    const commands: readonly string[] = input.commands ?? ['promote']
    return !input.actionOnly && commands.includes(command)
  })
}

type CliInputName = {
  [K in InputName]: (typeof INPUTS)[K] extends
    { actionOnly: true } | { commands: readonly string[] }
    ? never
    : K
}[InputName]
type RequiredInputName = {
  [K in CliInputName]: (typeof INPUTS)[K] extends { required: string } ? K : never
}[CliInputName]
/** `qa-report` → `qaReport`. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S
type InputValue<K extends InputName> = (typeof INPUTS)[K] extends { list: true }
  ? readonly string[]
  : (typeof INPUTS)[K] extends { kind: 'boolean' }
    ? boolean
    : string

/**
 * The CLI's inputs as one object, camelCase keys (`qaReport` for `--qa-report`), a list as an
 * array, a boolean as a boolean: the library's evaluatePromotion takes these.
 */
export type PromotionInputs = {
  [K in RequiredInputName as CamelCase<K>]: InputValue<K>
} & {
  [K in Exclude<CliInputName, RequiredInputName> as CamelCase<K>]?: InputValue<K>
}

/** The camelCase key of an input in PromotionInputs. */
export function camelCaseName(name: InputName): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}
