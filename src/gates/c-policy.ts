// Gate C, sensitivity and policy decision: the decision is well formed and says "allow"; a
// label other than public carries obligations, each recorded by a PROV activity; and each role
// the label requires approved at or before released_at (an approval dated after the release
// cannot have authorised it).
import type { CatalogDocument } from '../catalogs/views.js'
import {
  POLICY_LABELS,
  type Approval,
  type Obligation,
  type PolicyDecision,
  type PolicyLabel
} from '../documents/decisions.js'
import type { ReadableDocument } from '../documents/evidence.js'
import { isRecord } from '../model/json.js'
import { parseTimestamp } from '../model/time.js'
import { violation, type Violation } from '../model/violation.js'
import { missingInput, type Evidence, type Facts, type Gate, type Judged } from './evidence.js'

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

const DECISION_ID = /^kfm:\/\/policy_decision\/\S+$/

/** The obligations the decision lists, each with an id and a type, and the malformed ones. */
function obligationsOf(document: ReadableDocument, obligations: unknown): Judged<Obligation[]> {
  const { path } = document
  if (obligations !== undefined && !Array.isArray(obligations)) {
    const message = `${path}: "obligations" must be an array of {"id", "type"} objects.`
    const line = document.lineOf(['obligations']) ?? 1
    return { violations: [violation('POLICY_DECISION_INVALID', path, message, { line })] }
  }
  const value: Obligation[] = []
  const violations: Violation[] = []
  ;((obligations ?? []) as unknown[]).forEach((item, index) => {
    const { id, type } = isRecord(item) ? item : {}
    if (typeof id === 'string' && id !== '' && typeof type === 'string' && type !== '') {
      value.push({ id, type })
      return
    }
    const message = `${path}: obligation ${index} needs a non-empty string "id" and "type".`
    const line = document.lineOf(['obligations', index])
    violations.push(violation('OBLIGATION_INVALID', path, message, { line }))
  })
  return { value, violations }
}

/** The fields of a decision, each checked; a field that is wrong is one violation. */
function fieldViolations(document: ReadableDocument, fields: Record<string, unknown>): Violation[] {
  const { path } = document
  const at = (field: string): number => document.lineOf([field]) ?? 1
  const { decision_id: decisionId, policy_label: label, decision } = fields
  const violations: Violation[] = []
  if (typeof decisionId !== 'string' || !DECISION_ID.test(decisionId)) {
    const message = `${path}: "decision_id" must be a string like "kfm://policy_decision/<id>".`
    violations.push(violation('DECISION_ID_INVALID', path, message, { line: at('decision_id') }))
  }
  if (!isPolicyLabel(label)) {
    const message = `${path}: "policy_label" must be one of ${POLICY_LABELS.join(', ')}${label === undefined ? '' : `, not ${JSON.stringify(label)}`}.`
    violations.push(violation('POLICY_LABEL_UNKNOWN', path, message, { line: at('policy_label') }))
  }
  if (decision !== 'allow' && decision !== 'deny') {
    const message = `${path}: "decision" must be "allow" or "deny".`
    violations.push(violation('DECISION_INVALID', path, message, { line: at('decision') }))
  }
  return violations
}

function isPolicyLabel(label: unknown): label is PolicyLabel {
  return typeof label === 'string' && (POLICY_LABELS as readonly string[]).includes(label)
}

/**
 * The decision the document states, with the violations of its fields and of its verdict. A
 * decision with well-formed fields has a value even when it denies or lacks obligations.
 */
export function judgePolicyDecision(document: ReadableDocument): Judged<PolicyDecision> {
  const { path } = document
  const fields = document.value
  if (!isRecord(fields)) {
    const message = `${path} must be a JSON object with decision_id, policy_label, decision and obligations.`
    return { violations: [violation('POLICY_DECISION_INVALID', path, message, { line: 1 })] }
  }
  const obligations = obligationsOf(document, fields.obligations)
  const malformed = [...fieldViolations(document, fields), ...obligations.violations]
  const { decision_id: decisionId, policy_label: label, decision } = fields
  const verdict: Violation[] = []
  if (decision === 'deny') {
    const message = `The policy decision ${String(decisionId)} is "deny"; only "allow" promotes. Ask the policy owner for a new decision.`
    const line = document.lineOf(['decision']) ?? 1
    verdict.push(violation('POLICY_DENIED', path, message, { line }))
  }
  if (isPolicyLabel(label) && label !== 'public' && (obligations.value ?? []).length === 0) {
    const message = `The label "${label}" needs at least one recorded obligation (for example a generalisation or redaction plan) in "obligations".`
    const line = document.lineOf(['policy_label']) ?? 1
    verdict.push(violation('OBLIGATIONS_MISSING', path, message, { line }))
  }
  const violations = [...malformed, ...verdict]
  if (malformed.length > 0) return { violations }
  const value: PolicyDecision = {
    decisionId: decisionId as string,
    policyLabel: label as PolicyLabel,
    decision: decision as 'allow' | 'deny',
    obligations: obligations.value ?? [],
    path,
    digest: document.digest
  }
  return { value, violations }
}

/** The approvals the document records, each checked for its fields and its time. */
export function judgeApprovals(document: ReadableDocument): Judged<Approval[]> {
  const violations: Violation[] = []
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
  document.value.forEach((item: unknown, index: number) => {
    const line = document.lineOf([index])
    if (
      !isRecord(item) ||
      typeof item.role !== 'string' ||
      item.role.trim() === '' ||
      typeof item.principal !== 'string' ||
      item.principal.trim() === ''
    ) {
      violations.push(
        violation(
          'APPROVALS_INVALID',
          document.path,
          `${document.path}: approval ${index} needs a non-empty string "role" and "principal".`,
          { line }
        )
      )
      return
    }
    const unknown = Object.keys(item).filter(
      (k) => !['role', 'principal', 'approved_at'].includes(k)
    )
    if (unknown.length > 0) {
      violations.push(
        violation(
          'APPROVALS_INVALID',
          document.path,
          `${document.path}: approval ${index} has unknown field(s) ${unknown.join(', ')}; allowed are role, principal, approved_at.`,
          { line }
        )
      )
      return
    }
    const time = typeof item.approved_at === 'string' ? parseTimestamp(item.approved_at) : undefined
    if (!time || !time.ok) {
      const reason = time
        ? `: ${time.reason}`
        : ' is missing; give an RFC 3339 time like 2026-02-20T12:59:00Z'
      violations.push(
        violation(
          'APPROVAL_TIME_INVALID',
          document.path,
          `${document.path}: approval ${index} "approved_at"${reason}.`,
          { line: document.lineOf([index, 'approved_at']) ?? line }
        )
      )
      return
    }
    approvals.push({
      role: item.role,
      principal: item.principal,
      approvedAt: time.utc,
      approvedInstant: time.instant,
      line
    })
  })
  return { value: approvals, violations }
}

export function checkObligationsRecorded(
  obligations: readonly Obligation[],
  documents: readonly CatalogDocument[],
  decisionPath: string
): Violation[] {
  const activities = documents.flatMap((d) => d.prov?.activities ?? [])
  // With no PROV read at all, no obligation can be in it: PROV_MISSING says why.
  const about = documents.some((d) => d.prov) ? undefined : ({ absent: 'prov' } as const)
  return obligations
    .filter((obligation) => !activities.some((activity) => activity.values.includes(obligation.id)))
    .map((obligation) =>
      violation(
        'OBLIGATION_NOT_IN_PROV',
        decisionPath,
        `The ${obligation.type} obligation ${obligation.id} is recorded by no PROV activity; add the activity that carried it out, with "kfm:obligation": "${obligation.id}".`,
        { about }
      )
    )
}

function judgeDecision(
  evidence: Evidence,
  judged: Judged<PolicyDecision> | undefined,
  checked: string[]
): Judged<PolicyDecision> {
  const document = evidence.policyDecision
  if (!document) {
    const message = missingInput('only an "allow" policy decision promotes', 'policy-decision')
    return { violations: [violation('POLICY_DECISION_MISSING', 'policy-decision', message)] }
  }
  if (!document.readable) {
    const { path, message, line } = document
    return { violations: [violation('POLICY_DECISION_INVALID', path, message, { line })] }
  }
  const policy = judged?.value
  if (policy)
    checked.push(
      `policy decision ${policy.decisionId}: ${policy.decision}, label ${policy.policyLabel}`
    )
  return { value: policy, violations: [...(judged?.violations ?? [])] }
}

/**
 * The label of the base branch's copy of the decision, the one field read from it; undefined when
 * no copy was given, or none is there (the dataset is new on the branch, which the log says).
 */
function judgeBaseLabel(evidence: Evidence, checked: string[]): Judged<PolicyLabel> | undefined {
  const document = evidence.basePolicyDecision
  if (!document) return undefined
  const { path } = document
  if (!document.readable && document.absent) {
    checked.push(
      `no policy decision on the base branch (${path}): the dataset is new there, so no change of label is checked`
    )
    return undefined
  }
  const cannotTell =
    'so whether this pull request lowers the label cannot be told; fix the decision on the base branch first'
  if (!document.readable) {
    const message = `The base branch's policy decision cannot be read (${document.message}), ${cannotTell}.`
    return {
      violations: [violation('POLICY_DECISION_INVALID', path, message, { line: document.line })]
    }
  }
  const label = isRecord(document.value) ? document.value.policy_label : undefined
  if (!isPolicyLabel(label)) {
    const message = `The base branch's policy decision ${path} has no "policy_label" of ${POLICY_LABELS.join(', ')}, ${cannotTell}.`
    const line = document.lineOf(['policy_label']) ?? 1
    return { violations: [violation('POLICY_DECISION_INVALID', path, message, { line })] }
  }
  return { value: label, violations: [] }
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
function approvalChecks(
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

export const gateC: Gate = {
  letter: 'C',
  check(evidence, facts) {
    const checked: string[] = []
    const judged = judgeDecision(evidence, facts.policyDecision, checked)
    const { value: policy, violations } = judged
    const file = evidence.approvals
    if (file && !file.readable)
      violations.push(violation('APPROVALS_INVALID', file.path, file.message, { line: file.line }))
    violations.push(...(facts.approvalsFile?.violations ?? []))
    const reviews = evidence.reviewApprovals
    if (reviews) checked.push(`${reviews.approvals.length} approval(s) from ${reviews.source}`)
    const base = judgeBaseLabel(evidence, checked)
    violations.push(...(base?.violations ?? []))
    if (policy) {
      violations.push(...approvalChecks(evidence, facts, policy, base?.value, checked))
      const documents = evidence.catalogDocuments.documents
      violations.push(...checkObligationsRecorded(policy.obligations, documents, policy.path))
      if (policy.obligations.length > 0)
        checked.push(`${policy.obligations.length} obligation(s) recorded in PROV`)
    }
    return { violations, checked }
  }
}
