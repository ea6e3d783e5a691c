// The action's inputs, read once through @actions/core into the shared raw form.
import * as core from '@actions/core'
import { INPUTS, parseOptions, type InputName, type Options, type RawInputs } from './options.js'

export function readActionInputs(workspace: string): Options {
  const raw: RawInputs = {}
  for (const name of Object.keys(INPUTS) as InputName[]) {
    const value = core.getInput(name)
    if (value !== '') raw[name] = value
  }
  return parseOptions(raw, workspace)
}
