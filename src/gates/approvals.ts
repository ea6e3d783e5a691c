// Gate C, approvals: each role the policy label requires is approved by someone at or before
// released_at. An approval dated after the release cannot have authorised it.
import type { Approval } from '../documents/evidence.js'
import { violation, type Violation } from './violation.js'

/** Roles required per policy label when the workflow says nothing (DECISIONS.md, "Approvals"). */
export const DEFAULT_REQUIRED_APPROVALS: Readonly<Record<string, readonly string[]>> = {
  public: [],
  internal: ['steward'],
  restricted: ['steward'],
  confidential: ['steward']
}

export interface ApprovalEvidence {
  approvals: readonly Approval[]
  /** Where the approvals came from, for messages (workspace-relative), or undefined if not given. */
  path?: string
  policyLabel: string
  required: Readonly<Record<string, readonly string[]>>
  releasedAt: string
  releasedInstant: string
}

export function checkApprovals(evidence: ApprovalEvidence): Violation[] {
  const violations: Violation[] = []
  const where = evidence.path ?? 'approvals'
  const seen = new Set<string>()
  for (const approval of evidence.approvals) {
    const key = `${approval.role}\u0000${approval.principal}`
    if (seen.has(key)) {
      violations.push(
        violation(
          'C',
          'APPROVAL_DUPLICATE',
          where,
          `${approval.principal} approves as ${approval.role} more than once; keep one approval.`,
          approval.line
        )
      )
    }
    seen.add(key)
    if (approval.approvedInstant > evidence.releasedInstant) {
      violations.push(
        violation(
          'C',
          'APPROVAL_AFTER_RELEASE',
          where,
          `The ${approval.role} approval by ${approval.principal} (${approval.approvedAt}) comes after released_at ${evidence.releasedAt}, so it cannot have authorised this release; approve again and release after it.`,
          approval.line
        )
      )
    }
  }
  for (const role of evidence.required[evidence.policyLabel] ?? []) {
    const counted = evidence.approvals.some(
      (a) => a.role === role && a.approvedInstant <= evidence.releasedInstant
    )
    if (!counted) {
      violations.push(
        violation(
          'C',
          'APPROVAL_MISSING',
          where,
          `The "${evidence.policyLabel}" label requires a ${role} approval given at or before ${evidence.releasedAt}, and there is none${evidence.path ? ` in ${evidence.path}` : ' (no approvals input was given)'}.`
        )
      )
    }
  }
  return violations
}
