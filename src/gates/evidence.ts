// Gate F, evidence: every reference the manifest and its receipts make resolves to a document
// given to this run, with the same digest.
import type { RunReceipt } from '../documents/receipts.js'
import { violation, type Violation } from './violation.js'

export interface EvidenceDocument {
  /** Workspace-relative path. */
  path: string
  digest: string
}

export interface EvidenceCheck {
  violations: Violation[]
  /** `reference → document` lines for the summary. */
  resolved: string[]
}

export function checkEvidence(
  documents: readonly EvidenceDocument[],
  receipts: readonly RunReceipt[],
  decision?: { decisionId: string; path: string }
): EvidenceCheck {
  const violations: Violation[] = []
  const resolved: string[] = []
  const byDigest = new Map(documents.map((d) => [d.digest, d.path]))
  for (const receipt of receipts) {
    const report = byDigest.get(receipt.validation.reportDigest)
    if (report) resolved.push(`${receipt.path} validation.report_digest → ${report}`)
    else {
      violations.push(
        violation(
          'F',
          'EVIDENCE_UNRESOLVED',
          receipt.path,
          `The receipt ${receipt.runId} cites the validation report ${receipt.validation.reportDigest}, which is none of the documents given to this run; give that report as qa-report, or fix the receipt.`,
          receipt.lineOf(['validation', 'report_digest'])
        )
      )
    }
    if (decision && receipt.decisionId === decision.decisionId)
      resolved.push(`${receipt.path} policy.decision_id → ${decision.path}`)
    else if (decision) {
      violations.push(
        violation(
          'F',
          'EVIDENCE_UNRESOLVED',
          receipt.path,
          `The receipt ${receipt.runId} cites the policy decision ${receipt.decisionId}, but the decision given to this run is ${decision.decisionId}.`,
          receipt.lineOf(['policy', 'decision_id'])
        )
      )
    }
  }
  return { violations, resolved }
}
