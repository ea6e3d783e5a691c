// How every mode that judges ends: its outputs, its log, the violations as annotations, the job
// summary, what it does next (a comment, an upload), and the last line: a pass's words, or the
// failure that fails the job (a warning instead when fail-on-violation is false).
import * as core from '@actions/core'
import type { GateReport } from '../gates/index.js'
import type { Violation } from '../model/violation.js'
import { gateLog } from '../report/cli-lines.js'
import { annotate } from './annotate.js'
import type { ModeContext } from './settings.js'
import { setVerdictOutputs } from './verdict-outputs.js'

/** Each gate as a group of the log, titled with its verdict, holding what it checked and found. */
export function logGates(result: {
  gates: readonly GateReport[]
  violations: readonly Violation[]
}): void {
  for (const gate of result.gates) {
    const { title, lines } = gateLog(gate, result.violations)
    core.startGroup(title)
    for (const line of lines) core.info(line)
    core.endGroup()
  }
}

/**
 * A mode's verdict and how the mode ends on it (the gates' Verdict, gates/index.ts, is what it
 * judged).
 */
interface ModeVerdict {
  status: 'pass' | 'fail'
  violations: readonly Violation[]
  /** The violations report, after a failure that wrote one. */
  reportPath?: string
  /**
   * The mode's own outputs, set after the verdict's; `'set'`: the mode has set them all itself
   * (promote, before its manifest moves into place: runner-files.ts).
   */
  outputs: 'set' | (() => void)
  /** The log's groups, before the annotations. */
  log?: () => void
  /** The job summary's Markdown, written when the runner gives a file for it. */
  summary?: () => string
  /** After the summary (promote's pull-request comment). */
  then?: () => Promise<void>
  /** The upload: after a pass's line, before a failure's. */
  upload?: () => Promise<unknown>
  /** The last line of a pass. */
  passed?: string
  /** The sentence that fails the job. */
  failed: string
  /** What the warning adds after "the job goes on" when fail-on-violation is false. */
  goesOn?: string
  /** A refusal fails the job whatever fail-on-violation says (publish). */
  alwaysFails?: boolean
}

export async function endWithVerdict(
  { workspace, settings }: Pick<ModeContext, 'workspace' | 'settings'>,
  verdict: ModeVerdict
): Promise<void> {
  if (verdict.outputs !== 'set') {
    setVerdictOutputs(verdict, verdict.reportPath)
    verdict.outputs()
  }
  verdict.log?.()
  const fails = verdict.alwaysFails === true || settings.failOnViolation
  annotate(verdict.violations, fails, workspace, verdict.reportPath)
  if (verdict.summary && process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(verdict.summary(), true).write()
  await verdict.then?.()
  if (verdict.status === 'pass') {
    if (verdict.passed !== undefined) core.info(verdict.passed)
    await verdict.upload?.()
    return
  }
  await verdict.upload?.()
  if (fails) core.setFailed(verdict.failed)
  else
    core.warning(
      `${verdict.failed} (fail-on-violation is false, so the job goes on${verdict.goesOn ? `; ${verdict.goesOn}` : ''})`
    )
}
