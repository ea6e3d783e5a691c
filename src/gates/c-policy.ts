// Gate C, sensitivity and policy decision: the decision is well formed and says "allow"
// (c-decision.ts); a label other than public carries obligations, each recorded by a PROV
// activity; and each role the label requires approved at or before released_at (c-approvals.ts).
// The base branch's copy of the decision gives the label a change of label is judged against.
import type { CatalogDocument } from '../catalogs/views.js'
import {
  POLICY_LABELS,
  type Obligation,
  type PolicyDecision,
  type PolicyLabel
} from '../documents/decisions.js'
import { isRecord } from '../model/json.js'
import { violation, type Violation } from '../model/violation.js'
import { approvalChecks } from './c-approvals.js'
import { isPolicyLabel } from './c-decision.js'
import { missingInput, type Evidence, type Gate, type Judged } from './evidence.js'

export { DEFAULT_REQUIRED_APPROVALS } from './c-approvals.js'

export const gateC: Gate = {
  letter: 'C',
  check(evidence, facts) {
    const checked: string[] = []
    const { value: policy, violations } = judgeDecision(evidence, facts.policyDecision, checked)
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

/** Each obligation of the decision recorded by a PROV activity of the catalogs. */
function checkObligationsRecorded(
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
