// Gate C's approvals: the approvals file judged (each approval well formed, with its time), and
// each role the policy label requires approved at or before released_at (an approval dated after
// the release cannot have authorised it); a label lowered from the base branch's needs the roles
// the old label requires too.
import type { Approval, PolicyDecision, PolicyLabel } from '../documents/decisions.js'
import type { ReadableDocument } from '../documents/read-document.js'
import { isRecord } from '../model/json.js'
import { parseTimestamp } from '../model/time.js'
import { violation, type Violation } from '../model/violation.js'
import type { Evidence, Facts, Judged } from './evidence.js'

/** Roles required per label when the workflow says nothing (docs/decisions.md, "Approvals"). */
export const DEFAULT_REQUIRED_APPROVALS: Readonly<Record<string, readonly string[]>> = {
  public: [],
  internal: ['steward'],
  restricted: ['steward'],
  confidential: ['steward']
}

interface ApprovalEvidence {
  approvals: readonly Approval[]
  /** Where the approvals came from, for messages (workspace-relative), or undefined if not given. */
  path?: string
  policyLabel: string
  /**
   * The label of the base branch's copy of the decision, when one was read: the roles it requires
   * that the new label does not are required too, so lowering a label needs the old approvals.
   */
  baseLabel?: string
  required: Readonly<Record<string, readonly string[]>>
  releasedAt: string
  releasedInstant: string
}

/** Each approval once per role and principal, and none dated after the release. */
function approvalViolations(evidence: ApprovalEvidence, where: string): Violation[] {
  const violations: Violation[] = []
  const seen = new Set<string>()
  for (const approval of evidence.approvals) {
    const key = `${approval.role}\u0000${approval.principal}`
    if (seen.has(key)) {
      const message = `${approval.principal} approves as ${approval.role} more than once; keep one approval.`
      violations.push(violation('APPROVAL_DUPLICATE', where, message, { line: approval.line }))
    }
    seen.add(key)
    if (approval.approvedInstant > evidence.releasedInstant) {
      const message = `The ${approval.role} approval by ${approval.principal} (${approval.approvedAt}) comes after released_at ${evidence.releasedAt}, so it cannot have authorised this release; approve again and release after it.`
      violations.push(violation('APPROVAL_AFTER_RELEASE', where, message, { line: approval.line }))
    }
  }
  return violations
}

/** The roles the base branch's label requires that the new label does not (none if unchanged). */
export function inheritedRoles(evidence: ApprovalEvidence): string[] {
  const { baseLabel, policyLabel, required } = evidence
  if (baseLabel === undefined || baseLabel === policyLabel) return []
  const own = required[policyLabel] ?? []
  return (required[baseLabel] ?? []).filter((role) => !own.includes(role))
}

export function checkApprovals(evidence: ApprovalEvidence): Violation[] {
  const where = evidence.path ?? 'approvals'
  const violations = approvalViolations(evidence, where)
  const counted = (role: string): boolean =>
    evidence.approvals.some((a) => a.role === role && a.approvedInstant <= evidence.releasedInstant)
  const none = evidence.path ? ` in ${evidence.path}` : ' (no approvals input was given)'
  for (const role of evidence.required[evidence.policyLabel] ?? []) {
    if (counted(role)) continue
    const message = `The "${evidence.policyLabel}" label requires a ${role} approval given at or before ${evidence.releasedAt}, and there is none${none}.`
    violations.push(violation('APPROVAL_MISSING', where, message))
  }
  for (const role of inheritedRoles(evidence)) {
    if (counted(role)) continue
    const message = `The label is "${evidence.policyLabel}" here but "${evidence.baseLabel}" on the base branch, and a change of label needs the approvals the old label requires: there is no ${role} approval given at or before ${evidence.releasedAt}${none}. Get the ${role} approval, or keep the label "${evidence.baseLabel}".`
    violations.push(violation('POLICY_LABEL_LOWERED', where, message))
  }
  return violations
}

/** The approvals the document records, each checked for its fields and its time. */
export function judgeApprovals(document: ReadableDocument): Judged<Approval[]> {
  if (!Array.isArray(document.value)) {
    return {
      violations: [
        violation(
          'APPROVALS_INVALID',
          document.path,
          `${document.path} must be a JSON array of {"role", "principal", "approved_at"} objects.`,
          { line: 1 }
        )
      ]
    }
  }
  const approvals: Approval[] = []
  const violations: Violation[] = []
  document.value.forEach((item: unknown, index: number) => {
    const read = approvalOf(document, item, index)
    if ('approvedAt' in read) approvals.push(read)
    else violations.push(read)
  })
  return { value: approvals, violations }
}

/** One item of the approvals array: the approval it records, or the violation that stops it. */
function approvalOf(
  document: ReadableDocument,
  item: unknown,
  index: number
): Approval | Violation {
  const line = document.lineOf([index])
  const invalid = (why: string) =>
    violation('APPROVALS_INVALID', document.path, `${document.path}: approval ${index} ${why}.`, {
      line
    })
  if (
    !isRecord(item) ||
    typeof item.role !== 'string' ||
    item.role.trim() === '' ||
    typeof item.principal !== 'string' ||
    item.principal.trim() === ''
  )
    return invalid('needs a non-empty string "role" and "principal"')
  const unknown = Object.keys(item).filter((k) => !['role', 'principal', 'approved_at'].includes(k))
  if (unknown.length > 0)
    return invalid(
      `has unknown field(s) ${unknown.join(', ')}; allowed are role, principal, approved_at`
    )
  const time = typeof item.approved_at === 'string' ? parseTimestamp(item.approved_at) : undefined
  if (!time || !time.ok) {
    const reason = time
      ? `: ${time.reason}`
      : ' is missing; give an RFC 3339 time like 2026-02-20T12:59:00Z'
    return violation(
      'APPROVAL_TIME_INVALID',
      document.path,
      `${document.path}: approval ${index} "approved_at"${reason}.`,
      { line: document.lineOf([index, 'approved_at']) ?? line }
    )
  }
  return {
    role: item.role,
    principal: item.principal,
    approvedAt: time.utc,
    approvedInstant: time.instant,
    line
  }
}

/** What the log says of the label against the base branch's, and of the roles that follow. */
function labelChange(approvals: ApprovalEvidence): string | undefined {
  const { baseLabel, policyLabel } = approvals
  if (baseLabel === undefined) return undefined
  if (baseLabel === policyLabel) return `label unchanged from the base branch (${baseLabel})`
  const inherited = inheritedRoles(approvals)
  return inherited.length
    ? `label lowered from ${baseLabel} on the base branch to ${policyLabel}: the approvals ${baseLabel} requires are required too (${inherited.join(', ')})`
    : `label changed from ${baseLabel} on the base branch to ${policyLabel}`
}

/** The approvals the label (and the base branch's label) requires, checked at released_at. */
export function approvalChecks(
  evidence: Evidence,
  facts: Facts,
  policy: PolicyDecision,
  baseLabel: PolicyLabel | undefined,
  checked: string[]
): Violation[] {
  const { identity } = facts
  if (identity.releasedAt === undefined || identity.releasedInstant === undefined) return []
  const approvals: ApprovalEvidence = {
    approvals: facts.approvals,
    path: evidence.approvals?.path ?? evidence.reviewApprovals?.source,
    policyLabel: policy.policyLabel,
    ...(baseLabel === undefined ? {} : { baseLabel }),
    required: evidence.requiredApprovals,
    releasedAt: identity.releasedAt,
    releasedInstant: identity.releasedInstant
  }
  const roles = evidence.requiredApprovals[policy.policyLabel] ?? []
  checked.push(
    roles.length
      ? `required approvals for ${policy.policyLabel}: ${roles.join(', ')}`
      : `no approval required for ${policy.policyLabel}`
  )
  const change = labelChange(approvals)
  if (change) checked.push(change)
  return checkApprovals(approvals)
}
