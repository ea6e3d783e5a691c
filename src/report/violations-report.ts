// The violations report: on a failed run, everything the person fixing it needs, as JSON. It is
// uploaded under its own name, never as a promotion manifest.
import type { PromotionResult } from '../pipeline.js'

export const VIOLATIONS_REPORT_FILE = 'promotion_violations.json'

export function violationsReportText(result: PromotionResult): string {
  const report = {
    status: result.status,
    dataset_slug: result.datasetSlug,
    dataset_version_id: result.datasetVersionId ?? null,
    gates: result.gates.map(({ gate, title, status, violations }) => ({
      gate,
      title,
      status,
      violations
    })),
    violations: result.violations
  }
  return `${JSON.stringify(report, null, 2)}\n`
}

/** The one line a failed run ends with: how many violations, and the first of them. */
export function blockedLine(result: PromotionResult): string {
  const count = result.violations.length
  const first = result.violations[0]
  return `Promotion blocked: ${count} violation${count === 1 ? '' : 's'}${first ? `; first: [${first.gate} ${first.code}] ${first.message}` : ''}`
}
