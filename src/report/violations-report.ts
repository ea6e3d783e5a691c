// The violations report: on a failed run, everything the person fixing it needs, as JSON. It is
// uploaded under its own name, never as a promotion manifest.
import type { Violation } from '../model/violation.js'
import type { PromotionResult } from '../pipeline.js'
import { jsonArrayWithin, jsonText } from '../model/json.js'

export const VIOLATIONS_REPORT_FILE = 'promotion_violations.json'

/** GitHub refuses a step output over 1 MB: the `violations` output stays under this. */
export const VIOLATIONS_OUTPUT_BYTES = 256 * 1024

/**
 * The `violations` output: the first violations, as a JSON array that fits the bound (the
 * report file has them all; `violations-count` says how many there are).
 */
export function violationsOutput(violations: readonly Violation[]): string {
  return jsonArrayWithin(violations, VIOLATIONS_OUTPUT_BYTES)
}

/** What a report is made of: promotion's result, or verification's. */
type Reported = Pick<PromotionResult, 'status' | 'violations' | 'gates'> &
  Partial<Pick<PromotionResult, 'datasetSlug' | 'datasetVersionId'>> & { manifestPath?: string }

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
    violations: result.violations
  }
  return jsonText(report)
}

/** The one line a failed run ends with: how many violations, and the first of them. */
export function blockedLine(result: PromotionResult): string {
  const count = result.violations.length
  const first = result.violations[0]
  return `Promotion blocked: ${count} violation${count === 1 ? '' : 's'}${first ? `; first: [${first.gate} ${first.code}] ${first.message}` : ''}`
}
