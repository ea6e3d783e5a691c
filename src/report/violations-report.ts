// The violations report: on a failed run, everything the person fixing it needs, as JSON. It is
// uploaded under its own name, never as a promotion manifest.
import type { Violation } from '../model/violation.js'
import type { GateReport } from '../gates/index.js'
import { jsonArrayWithin, jsonText } from '../model/json.js'
import { plural } from './words.js'

export const VIOLATIONS_REPORT_FILE = 'promotion_violations.json'

/**
 * GitHub refuses a step output over 1 MB: the `violations` output, and each list output of
 * changed-datasets, stays under this.
 */
export const STEP_OUTPUT_BYTES = 256 * 1024

/**
 * The `violations` output: the first violations, as a JSON array that fits the bound (the
 * report file has them all; `violations-count` says how many there are).
 */
export function violationsOutput(violations: readonly Violation[]): string {
  // Causes come before the violations they cause, so every `caused_by` here is in the output.
  return jsonArrayWithin(violations.map(reportedViolation), STEP_OUTPUT_BYTES)
}

/**
 * A violation as the report and the output write it: `caused_by` is the index, in the same
 * list, of the violation that explains it (folded under it in the summary and the log).
 */
interface ReportedViolation {
  gate: string
  code: string
  path: string
  message: string
  line?: number
  caused_by?: number
}

function reportedViolation(v: Violation): ReportedViolation {
  const reported: ReportedViolation = {
    gate: v.gate,
    code: v.code,
    path: v.path,
    message: v.message
  }
  if (v.line !== undefined) reported.line = v.line
  if (v.causedBy !== undefined) reported.caused_by = v.causedBy
  return reported
}

/** What a report is made of: promotion's result, or verification's. */
interface Reported {
  status: 'pass' | 'fail'
  violations: readonly Violation[]
  gates: readonly GateReport[]
  datasetSlug?: string
  datasetVersionId?: string
  manifestPath?: string
}

export function violationsReportText(result: Reported): string {
  const report = {
    status: result.status,
    ...(result.datasetSlug === undefined ? {} : { dataset_slug: result.datasetSlug }),
    ...(result.datasetSlug === undefined
      ? {}
      : { dataset_version_id: result.datasetVersionId ?? null }),
    ...(result.manifestPath === undefined ? {} : { manifest: result.manifestPath }),
    gates: result.gates.map(({ gate, title, status, violations }) => ({
      gate,
      title,
      status,
      violations
    })),
    violations: result.violations.map(reportedViolation)
  }
  return jsonText(report)
}

/**
 * The one line a failed run ends with (a promotion's, an inventory shard's): how many
 * violations, and the first of them, which is the first cause when a violation explains others
 * (and then says how many).
 */
export function blockedLine(
  result: { violations: readonly Violation[] },
  what = 'Promotion'
): string {
  const count = result.violations.length
  const first = result.violations[0]
  if (!first) return `${what} blocked: ${count} violations`
  const caused = result.violations.filter((v) => v.causedBy === 0).length
  const which = caused === 0 ? 'first' : `first, the cause of ${caused} of them`
  return `${what} blocked: ${plural(count, 'violation')}; ${which}: [${first.gate} ${first.code}] ${first.message}`
}
