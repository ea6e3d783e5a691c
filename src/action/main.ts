// The action adapter: reads the inputs, runs the mode they choose, and fails the job on any
// error. Each mode ends as verdict.ts says (outputs, annotations, summary, the last line).
import path from 'node:path'
import * as core from '@actions/core'
import { runChangedDatasets } from './changed-datasets-mode.js'
import { runShardInventory } from './inventory-mode.js'
import {
  readActionSettings,
  readInputs,
  type ActionSettings,
  type ModeContext
} from './settings.js'
import { runPromoteMode } from './promote-mode.js'
import { describeError } from './upload.js'

/** Each mode's runner. verify and publish are loaded only when chosen. */
const MODES: Record<ActionSettings['mode'], (context: ModeContext) => Promise<unknown>> = {
  promote: runPromoteMode,
  'changed-datasets': runChangedDatasets,
  inventory: runShardInventory,
  verify: async (context) => (await import('./verify-mode.js')).runVerifyMode(context),
  publish: async (context) => (await import('./publish-mode.js')).runPublishMode(context)
}

export async function run(): Promise<void> {
  try {
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd())
    const raw = readInputs()
    const settings = readActionSettings(raw)
    await MODES[settings.mode]({ workspace, raw, settings })
  } catch (error) {
    core.setFailed(describeError(error))
  }
}
