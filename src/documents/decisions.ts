// What the decision documents state once a gate accepts them: the QA outcome, the policy
// decision and the approvals. The manifest is built from these, and the gates judge the
// documents into them (gates/f-contract.ts, gates/c-decision.ts, gates/c-approvals.ts); the types
// live here, with the documents, so the manifest needs no gate to be built.
export type { Approval } from './read-document.js'

export const QA_STATUSES = ['pass', 'warn', 'fail'] as const

/** A QA report's outcome: its status, and the digest of the report that states it. */
export interface QaOutcome {
  status: (typeof QA_STATUSES)[number]
  reportDigest: string
  path: string
}

export const POLICY_LABELS = ['public', 'internal', 'restricted', 'confidential'] as const
export type PolicyLabel = (typeof POLICY_LABELS)[number]

export interface Obligation {
  id: string
  type: string
}

/** A policy decision whose fields are well formed (it may still deny). */
export interface PolicyDecision {
  decisionId: string
  policyLabel: PolicyLabel
  decision: 'allow' | 'deny'
  obligations: Obligation[]
  path: string
  digest: string
}
