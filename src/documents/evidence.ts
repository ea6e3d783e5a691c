// The input documents behind the manifest's qa, policy and approvals fields, read into small
// typed views. Every problem is a violation naming the file, the field and the fix.
import { DocumentError, readJsonDocument, type JsonDocument } from './json-document.js'
import { parseTimestamp } from '../manifest/time.js'
import { violation, type GateLetter, type Violation } from '../gates/violation.js'
import type { ViolationCode } from '../gates/codes.js'
import { isRecord } from './json-document.js'

export interface DocumentRef {
  absolute: string
  /** Workspace-relative, for messages and annotations. */
  path: string
  /** The workspace, when the path is in it: the file must then really be there, not linked out. */
  confine?: string
}

export type Read<T> = { value?: T; violations: Violation[] }

/** Reads a JSON document or returns the violation that says why it cannot be used. */
export async function readEvidence(
  ref: DocumentRef,
  gate: GateLetter,
  code: ViolationCode
): Promise<{ document?: JsonDocument; violations: Violation[] }> {
  try {
    return { document: await readJsonDocument(ref.absolute, ref.path, ref.confine), violations: [] }
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    return { violations: [violation(gate, code, ref.path, error.message, error.line)] }
  }
}

// --- QA report (gate F) ---------------------------------------------------------------------

export const QA_STATUSES = ['pass', 'warn', 'fail'] as const
export interface QaOutcome {
  status: (typeof QA_STATUSES)[number]
  reportDigest: string
  path: string
}

export async function readQaReport(ref: DocumentRef): Promise<Read<QaOutcome>> {
  const { document, violations } = await readEvidence(ref, 'F', 'QA_REPORT_INVALID')
  if (!document) return { violations }
  const status = isRecord(document.value) ? document.value.status : undefined
  if (typeof status !== 'string' || !(QA_STATUSES as readonly string[]).includes(status)) {
    return {
      violations: [
        violation(
          'F',
          'QA_STATUS_INVALID',
          ref.path,
          `${ref.path} needs a top-level "status" of "pass", "warn" or "fail"${status === undefined ? '' : `, not ${JSON.stringify(status)}`}.`,
          document.lineOf(['status']) ?? 1
        )
      ]
    }
  }
  const value: QaOutcome = {
    status: status as QaOutcome['status'],
    reportDigest: document.digest,
    path: ref.path
  }
  if (status !== 'pass') {
    violations.push(
      violation(
        'F',
        'QA_NOT_PASSED',
        ref.path,
        `QA status is "${status}"; only "pass" promotes. Fix what the QA report lists and run QA again.`,
        document.lineOf(['status'])
      )
    )
  }
  return { value, violations }
}

// --- Policy decision (gate C) ---------------------------------------------------------------

export const POLICY_LABELS = ['public', 'internal', 'restricted', 'confidential'] as const
export type PolicyLabel = (typeof POLICY_LABELS)[number]
const DECISION_ID = /^kfm:\/\/policy_decision\/\S+$/

export interface Obligation {
  id: string
  type: string
}

export interface PolicyDecision {
  decisionId: string
  policyLabel: PolicyLabel
  decision: 'allow' | 'deny'
  obligations: Obligation[]
  path: string
  digest: string
}

export async function readPolicyDecision(ref: DocumentRef): Promise<Read<PolicyDecision>> {
  const { document, violations } = await readEvidence(ref, 'C', 'POLICY_DECISION_INVALID')
  if (!document) return { violations }
  const doc = document.value
  if (!isRecord(doc)) {
    return {
      violations: [
        violation(
          'C',
          'POLICY_DECISION_INVALID',
          ref.path,
          `${ref.path} must be a JSON object with decision_id, policy_label, decision and obligations.`,
          1
        )
      ]
    }
  }
  const at = (field: string): number | undefined => document.lineOf([field]) ?? 1
  const { decision_id: decisionId, policy_label: label, decision, obligations } = doc
  if (typeof decisionId !== 'string' || !DECISION_ID.test(decisionId)) {
    violations.push(
      violation(
        'C',
        'DECISION_ID_INVALID',
        ref.path,
        `${ref.path}: "decision_id" must be a string like "kfm://policy_decision/<id>".`,
        at('decision_id')
      )
    )
  }
  if (typeof label !== 'string' || !(POLICY_LABELS as readonly string[]).includes(label)) {
    violations.push(
      violation(
        'C',
        'POLICY_LABEL_UNKNOWN',
        ref.path,
        `${ref.path}: "policy_label" must be one of ${POLICY_LABELS.join(', ')}${label === undefined ? '' : `, not ${JSON.stringify(label)}`}.`,
        at('policy_label')
      )
    )
  }
  if (decision !== 'allow' && decision !== 'deny') {
    violations.push(
      violation(
        'C',
        'DECISION_INVALID',
        ref.path,
        `${ref.path}: "decision" must be "allow" or "deny".`,
        at('decision')
      )
    )
  } else if (decision === 'deny') {
    violations.push(
      violation(
        'C',
        'POLICY_DENIED',
        ref.path,
        `The policy decision ${String(decisionId)} is "deny"; only "allow" promotes. Ask the policy owner for a new decision.`,
        at('decision')
      )
    )
  }
  const parsedObligations: Obligation[] = []
  if (obligations !== undefined && !Array.isArray(obligations)) {
    violations.push(
      violation(
        'C',
        'POLICY_DECISION_INVALID',
        ref.path,
        `${ref.path}: "obligations" must be an array of {"id", "type"} objects.`,
        at('obligations')
      )
    )
  } else {
    ;(obligations ?? []).forEach((item: unknown, index: number) => {
      if (
        !isRecord(item) ||
        typeof item.id !== 'string' ||
        item.id === '' ||
        typeof item.type !== 'string' ||
        item.type === ''
      ) {
        violations.push(
          violation(
            'C',
            'OBLIGATION_INVALID',
            ref.path,
            `${ref.path}: obligation ${index} needs a non-empty string "id" and "type".`,
            document.lineOf(['obligations', index])
          )
        )
      } else parsedObligations.push({ id: item.id, type: item.type })
    })
  }
  if (
    typeof label === 'string' &&
    label !== 'public' &&
    (POLICY_LABELS as readonly string[]).includes(label) &&
    parsedObligations.length === 0
  ) {
    violations.push(
      violation(
        'C',
        'OBLIGATIONS_MISSING',
        ref.path,
        `The label "${label}" needs at least one recorded obligation (for example a generalisation or redaction plan) in "obligations".`,
        at('policy_label')
      )
    )
  }
  if (violations.some((v) => v.code !== 'POLICY_DENIED' && v.code !== 'OBLIGATIONS_MISSING'))
    return { violations }
  const value: PolicyDecision = {
    decisionId: decisionId as string,
    policyLabel: label as PolicyLabel,
    decision: decision as 'allow' | 'deny',
    obligations: parsedObligations,
    path: ref.path,
    digest: document.digest
  }
  return { value, violations }
}

// --- Approvals (gate C) ---------------------------------------------------------------------

export interface Approval {
  role: string
  principal: string
  /** Normalised to UTC, seconds precision. */
  approvedAt: string
  approvedInstant: string
  line?: number
}

export async function readApprovals(ref: DocumentRef): Promise<Read<Approval[]>> {
  const { document, violations } = await readEvidence(ref, 'C', 'APPROVALS_INVALID')
  if (!document) return { violations }
  if (!Array.isArray(document.value)) {
    return {
      violations: [
        violation(
          'C',
          'APPROVALS_INVALID',
          ref.path,
          `${ref.path} must be a JSON array of {"role", "principal", "approved_at"} objects.`,
          1
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
          'C',
          'APPROVALS_INVALID',
          ref.path,
          `${ref.path}: approval ${index} needs a non-empty string "role" and "principal".`,
          line
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
          'C',
          'APPROVALS_INVALID',
          ref.path,
          `${ref.path}: approval ${index} has unknown field(s) ${unknown.join(', ')}; allowed are role, principal, approved_at.`,
          line
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
          'C',
          'APPROVAL_TIME_INVALID',
          ref.path,
          `${ref.path}: approval ${index} "approved_at"${reason}.`,
          document.lineOf([index, 'approved_at']) ?? line
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
