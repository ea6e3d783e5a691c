// The runner's files for a promote step, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. A passing run
// writes them before its manifest moves into place (promote's beforeRename), so a step that
// cannot write them fails with the older manifest as it was; and when the manifest then does not
// move, what they said of the pass is taken back: no output or summary claims a manifest that
// was not written.
import { statSync } from 'node:fs'
import * as core from '@actions/core'
import { outputPaths } from '../manifest/output-paths.js'
import { printable } from '../model/printable.js'
import type { Options } from '../options/parse.js'
import type { PromotionResult } from '../pipeline.js'
import {
  SUMMARY_LIMITS,
  renderNotWritten,
  renderSummary,
  type TrustedChanges,
  type UploadNote
} from '../report/summary.js'
import { setVerdictOutputs } from './verdict-outputs.js'
import { describeError } from './upload.js'

type RunnerFile = 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY'

const CONTENT: Record<RunnerFile, string> = {
  GITHUB_OUTPUT: "the step's outputs",
  GITHUB_STEP_SUMMARY: 'the job summary'
}

const STATES: Record<string, string> = {
  ENOENT: 'does not exist',
  EISDIR: 'is a directory',
  ENOTDIR: 'is under a file, not in a directory',
  EROFS: 'is on a read-only file system',
  ENOSPC: 'is on a full file system',
  EDQUOT: 'is on a full file system',
  EACCES: 'cannot be written (permission denied)',
  EPERM: 'cannot be written (permission denied)'
}

/** What is wrong with the runner's file, in words: from the error's code, else from the file. */
function stateOf(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code !== undefined && code in STATES) return STATES[code]!
  // @actions/core's own checks (the file is missing) throw errors without a code.
  if (statSync(file, { throwIfNoEntry: false }) === undefined) return STATES.ENOENT!
  return `cannot be written (${describeError(error)})`
}

/**
 * Runs `write`, turning its failure into words naming the runner's file. Before a pass's files
 * move (`first`), the words are a clause for the write's own message, which says what stayed.
 */
async function writeRunnerFile(
  variable: RunnerFile,
  first: boolean,
  write: () => unknown
): Promise<void> {
  try {
    await write()
  } catch (error) {
    const file = process.env[variable] ?? ''
    const problem = `the runner's ${variable} file (${printable(file)}) ${stateOf(file, error)}; check how the runner sets ${variable}`
    throw new Error(
      first
        ? `${CONTENT[variable]} could not be written first: ${problem}`
        : `Could not write ${CONTENT[variable]}: ${problem}.`
    )
  }
}

function setOutputs(options: Options, result: PromotionResult, reportPath?: string): void {
  setVerdictOutputs(result, reportPath)
  core.setOutput('spec-hash', result.specHash ?? '')
  core.setOutput('dataset-version-id', result.datasetVersionId ?? '')
  if (result.status !== 'pass') return
  const written = outputPaths(options.out.absolute)
  core.setOutput('manifest-path', written.manifest)
  core.setOutput('manifest-digest', result.manifestDigest ?? '')
  core.setOutput('manifest-canonical-digest', result.manifestCanonicalDigest ?? '')
  core.setOutput('statement-path', written.statement)
  core.setOutput('checksums-path', written.checksums)
}

/** The outputs a pass sets that say a manifest is in place. */
const PASS_OUTPUTS = [
  'status',
  'manifest-path',
  'manifest-digest',
  'manifest-canonical-digest',
  'statement-path',
  'checksums-path'
] as const

/** The outputs and job summary of one promote step, and whether they have claimed a pass. */
export class StepReport {
  private outputsClaimPass = false
  private summaryClaimsPass = false

  constructor(
    private readonly options: Options,
    /** What the summary says the run uploads, given its result. */
    private readonly uploadOf: (result: PromotionResult) => UploadNote,
    /** On a pull request: its changes to trusted configuration, for the summary. */
    private readonly trusted?: TrustedChanges,
    /** "Changes since" an earlier version, for the summary. */
    private readonly changes?: (maxBytes: number, result: PromotionResult) => readonly string[]
  ) {}

  /** Sets the outputs, then writes the job summary when the runner gives a file for it. */
  async write(result: PromotionResult, reportPath?: string): Promise<void> {
    const pass = result.status === 'pass'
    await writeRunnerFile('GITHUB_OUTPUT', pass, () => setOutputs(this.options, result, reportPath))
    this.outputsClaimPass = pass
    if (!process.env.GITHUB_STEP_SUMMARY) return
    const changes = (maxBytes: number) => this.changes?.(maxBytes, result) ?? []
    const summary = renderSummary(
      result,
      this.options.out.path,
      SUMMARY_LIMITS,
      this.trusted,
      this.uploadOf(result),
      changes
    )
    await writeRunnerFile('GITHUB_STEP_SUMMARY', pass, () =>
      core.summary.addRaw(summary, true).write()
    )
    this.summaryClaimsPass = pass
  }

  /**
   * After the step failed: outputs that said a manifest is in place are set again, empty (the
   * runner keeps a name's last value), and the summary says none was written. Rethrows `error`.
   */
  async withdraw(error: unknown): Promise<never> {
    if (this.outputsClaimPass) for (const name of PASS_OUTPUTS) core.setOutput(name, '')
    if (this.summaryClaimsPass)
      await core.summary
        .emptyBuffer()
        .addRaw(renderNotWritten(describeError(error)))
        .write()
    throw error
  }
}
