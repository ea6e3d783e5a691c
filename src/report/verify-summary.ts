// The summary of verify mode: the manifest checked, the gates, and what differs.
import type { VerifyResult } from '../verify-written.js'
import { Budget, cell, SUMMARY_LIMITS, type SummaryLimits } from './cells.js'
import { factsTable, gatesTable } from './summary-head.js'
import { violationsTable } from './violations-table.js'
import { plural } from './words.js'

/** The summary of verify mode: the manifest checked, the gates, and what differs. */
export function renderVerifySummary(
  result: VerifyResult,
  limits: SummaryLimits = SUMMARY_LIMITS
): string {
  const count = result.violations.length
  const lines = [
    result.status === 'pass'
      ? `## ✅ Verified: ${cell(result.manifestPath, limits.cell)} matches the files`
      : `## ❌ Verification failed: ${cell(result.manifestPath, limits.cell)} (${plural(count, 'violation')})`,
    '',
    ...factsTable([
      ['manifest', cell(result.manifestPath, limits.cell)],
      ['manifest digest', `<code>${cell(result.manifestDigest ?? 'not read')}</code>`],
      ['files checked', `${result.artifacts} artifact(s), ${result.catalogs} catalog file(s)`]
    ]),
    ...gatesTable(result.gates, limits)
  ]
  const budget = new Budget(limits.bytes)
  budget.take(lines)
  if (count > 0)
    lines.push(
      ...violationsTable(result.violations, limits, budget),
      '',
      'Do not publish: the files are not the ones the gates passed.',
      ''
    )
  return lines.join('\n')
}
