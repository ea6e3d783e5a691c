// verify mode: checks a written manifest against the files before publishing, and fails the job
// on any difference. Same outputs (status, violations, manifest-digest), annotations and summary
// habits as promote mode.
import * as core from '@actions/core'
import { printable } from '../model/printable.js'
import { parseVerifyOptions } from '../options/parse.js'
import type { RawInputs } from '../options/inputs.js'
import { gateLog } from '../report/cli-lines.js'
import { renderVerifySummary } from '../report/summary.js'
import { verifyWritten, type VerifyResult } from '../verify.js'
import type { ActionSettings } from './inputs.js'
import { annotate } from './annotate.js'
import { setVerdictOutputs } from './outputs.js'
import { writeViolationsReport } from './upload.js'

export async function runVerifyMode(
  workspace: string,
  raw: RawInputs,
  settings: ActionSettings
): Promise<VerifyResult> {
  const result = await verifyWritten(parseVerifyOptions(raw, workspace))
  const report = result.status === 'pass' ? undefined : await writeViolationsReport(result)
  setVerdictOutputs(result, report)
  core.setOutput('manifest-digest', result.manifestDigest ?? '')
  for (const gate of result.gates) {
    const { title, lines } = gateLog(gate, result.violations)
    core.startGroup(title)
    for (const line of lines) core.info(line)
    core.endGroup()
  }
  annotate(result.violations, settings.failOnViolation, workspace, report)
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(renderVerifySummary(result), true).write()
  const manifest = printable(result.manifestPath)
  if (result.status === 'pass') {
    core.info(
      `Verified ${manifest} (${result.manifestDigest}): ${result.artifacts} artifact(s) and ${result.catalogs} catalog file(s) match.`
    )
    return result
  }
  const reason = `Verification failed: ${result.violations.length} violation(s) in ${manifest}; do not publish.`
  if (settings.failOnViolation) core.setFailed(reason)
  else core.warning(`${reason} (fail-on-violation is false, so the job goes on)`)
  return result
}
