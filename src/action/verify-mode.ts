// verify mode: checks a written manifest against the files before publishing, and fails the job
// on any difference. Same outputs (status, violations, manifest-digest), annotations and summary
// habits as promote mode.
import * as core from '@actions/core'
import { printable } from '../model/printable.js'
import { parseVerifyOptions } from '../options/parse.js'
import { renderVerifySummary } from '../report/summary.js'
import { verifyWritten, type VerifyResult } from '../verify-written.js'
import type { ModeContext } from './settings.js'
import { writeViolationsReport } from './upload.js'
import { endWithVerdict, logGates } from './verdict.js'

export async function runVerifyMode(context: ModeContext): Promise<VerifyResult> {
  const result = await verifyWritten(parseVerifyOptions(context.raw, context.workspace))
  const report = result.status === 'pass' ? undefined : await writeViolationsReport(result)
  const manifest = printable(result.manifestPath)
  await endWithVerdict(context, {
    ...result,
    reportPath: report,
    outputs: () => core.setOutput('manifest-digest', result.manifestDigest ?? ''),
    log: () => logGates(result),
    summary: () => renderVerifySummary(result),
    passed: `Verified ${manifest} (${result.manifestDigest}): ${result.artifacts} artifact(s) and ${result.catalogs} catalog file(s) match.`,
    failed: `Verification failed: ${result.violations.length} violation(s) in ${manifest}; do not publish.`
  })
  return result
}
