// The outputs every mode that judges sets: the verdict and the violations, bounded.
import * as core from '@actions/core'
import type { Violation } from '../model/violation.js'
import { violationsOutput } from '../report/violations-report.js'

/** status, violations (bounded), violations-count and, after a failure, violations-path. */
export function setVerdictOutputs(
  result: { status: 'pass' | 'fail'; violations: readonly Violation[] },
  reportPath: string | undefined
): void {
  core.setOutput('status', result.status)
  core.setOutput('violations', violationsOutput(result.violations))
  core.setOutput('violations-count', String(result.violations.length))
  core.setOutput('violations-path', reportPath ?? '')
}
