// Gate C's policy decision document judged: decision_id, policy_label and decision well formed,
// the obligations each an id and a type; a decision that denies, or a label other than public
// without an obligation, is a violation beside the decision's value.
import {
  POLICY_LABELS,
  type Obligation,
  type PolicyDecision,
  type PolicyLabel
} from '../documents/decisions.js'
import type { ReadableDocument } from '../documents/read-document.js'
import { isRecord } from '../model/json.js'
import { violation, type Violation } from '../model/violation.js'
import type { Judged } from './evidence.js'

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

export function isPolicyLabel(label: unknown): label is PolicyLabel {
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
