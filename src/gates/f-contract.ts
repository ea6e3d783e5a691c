// Gate F, the contract: the QA report says "pass"; every reference the receipts make resolves
// to a document given to this run, with the same digest; and the manifest is valid against the
// v1 schema. A written manifest's gate F is f-written.ts.
import { QA_STATUSES, type QaOutcome } from '../documents/decisions.js'
import type { ReadableDocument } from '../documents/read-document.js'
import type { RunReceipt } from '../documents/receipts.js'
import { manifestV1, manifestV1Schema } from '../generated/validators.js'
import { schemaValidator, type SchemaProblem } from '../model/json-schema.js'
import { isRecord } from '../model/json.js'
import { violation, type About, type Violation } from '../model/violation.js'
import { missingInput, type Evidence, type Gate, type Judged } from './evidence.js'

/** The QA outcome the report states, and the violations of its status. */
export function judgeQaReport(document: ReadableDocument): Judged<QaOutcome> {
  const violations: Violation[] = []
  const status = isRecord(document.value) ? document.value.status : undefined
  if (typeof status !== 'string' || !(QA_STATUSES as readonly string[]).includes(status)) {
    return {
      violations: [
        violation(
          'QA_STATUS_INVALID',
          document.path,
          `${document.path} needs a top-level "status" of "pass", "warn" or "fail"${status === undefined ? '' : `, not ${JSON.stringify(status)}`}.`,
          { line: document.lineOf(['status']) ?? 1 }
        )
      ]
    }
  }
  const value: QaOutcome = {
    status: status as QaOutcome['status'],
    reportDigest: document.digest,
    path: document.path
  }
  if (status !== 'pass') {
    violations.push(
      violation(
        'QA_NOT_PASSED',
        document.path,
        `QA status is "${status}"; only "pass" promotes. Fix what the QA report lists and run QA again.`,
        { line: document.lineOf(['status']) }
      )
    )
  }
  return { value, violations }
}

interface EvidenceDocument {
  /** Workspace-relative path. */
  path: string
  digest: string
}

interface EvidenceCheck {
  violations: Violation[]
  /** `reference → document` lines for the summary. */
  resolved: string[]
}

/**
 * What the receipts cite, held to what this run was given: a receipt's validation report must be
 * the QA report (its digest, not the digest of any document the run happens to have), and its
 * policy decision the one given. `documents` names what a wrong digest is the digest of.
 */
export function checkEvidence(
  documents: readonly EvidenceDocument[],
  receipts: readonly RunReceipt[],
  qaReport?: EvidenceDocument,
  decision?: { decisionId: string; path: string }
): EvidenceCheck {
  const violations: Violation[] = []
  const resolved: string[] = []
  const byDigest = new Map(documents.map((d) => [d.digest, d.path]))
  for (const receipt of receipts) {
    const cited = receipt.validation.reportDigest
    if (qaReport && cited === qaReport.digest)
      resolved.push(`${receipt.path} validation.report_digest → ${qaReport.path}`)
    else {
      const other = byDigest.get(cited)
      const what = other
        ? `which is the digest of ${other}, not of the QA report${qaReport ? ` (${qaReport.path})` : ''}: a receipt's validation report is the QA report, so cite its digest`
        : 'which is none of the documents given to this run; give that report as qa-report, or fix the receipt'
      violations.push(
        violation(
          'EVIDENCE_UNRESOLVED',
          receipt.path,
          `The receipt ${receipt.runId} cites the validation report ${cited}, ${what}.`,
          { line: receipt.lineOf(['validation', 'report_digest']) }
        )
      )
    }
    if (decision && receipt.decisionId === decision.decisionId)
      resolved.push(`${receipt.path} policy.decision_id → ${decision.path}`)
    else if (decision) {
      violations.push(
        violation(
          'EVIDENCE_UNRESOLVED',
          receipt.path,
          `The receipt ${receipt.runId} cites the policy decision ${receipt.decisionId}, but the decision given to this run is ${decision.decisionId}.`,
          { line: receipt.lineOf(['policy', 'decision_id']) }
        )
      )
    }
  }
  return { violations, resolved }
}

const manifestProblems = schemaValidator(manifestV1, manifestV1Schema)

const problemText = (problem: SchemaProblem): string =>
  problem.text.replace(/^the document/, 'the manifest')

/** Where a manifest value breaks the v1 schema, each as a sentence's text; none when it is v1. */
export function manifestSchemaProblems(manifest: unknown): string[] {
  return manifestProblems(manifest).map(problemText)
}

/** Checks a manifest value; `path` names it in violations (the output path or a fixture). */
export function validateManifest(manifest: unknown, path: string): Violation[] {
  return manifestProblems(manifest).map((problem) =>
    violation(
      'MANIFEST_SCHEMA',
      path,
      `The manifest does not match the v1 schema: ${problemText(problem)}.`,
      { about: emptyList(manifest, problem.location) }
    )
  )
}

/** A schema problem that is a list of the manifest left empty: the inventory found no file. */
function emptyList(manifest: unknown, location: ReadonlyArray<string | number>): About | undefined {
  const [list, ...rest] = location
  if (rest.length > 0 || (list !== 'artifacts' && list !== 'catalogs')) return undefined
  const value = (manifest as Record<string, unknown> | null)?.[list]
  return Array.isArray(value) && value.length === 0 ? { absent: list } : undefined
}

function judgeQa(
  evidence: Evidence,
  judged: Judged<QaOutcome> | undefined,
  checked: string[]
): Violation[] {
  const document = evidence.qaReport
  if (!document) {
    const message = missingInput('only a QA report with status "pass" promotes', 'qa-report')
    return [violation('QA_REPORT_MISSING', 'qa-report', message)]
  }
  if (!document.readable)
    return [
      violation('QA_REPORT_INVALID', document.path, document.message, { line: document.line })
    ]
  if (judged?.value) checked.push(`QA report ${judged.value.path}: ${judged.value.status}`)
  return [...(judged?.violations ?? [])]
}

export const gateF: Gate = {
  letter: 'F',
  check(evidence, facts) {
    const checked: string[] = []
    const violations = judgeQa(evidence, facts.qaReport, checked)
    const qa = facts.qaReport?.value
    const policy = facts.policyDecision?.value
    const receipts = evidence.receipts?.receipts ?? []
    const references = checkEvidence(
      [
        ...(qa ? [{ path: qa.path, digest: qa.reportDigest }] : []),
        ...(policy ? [{ path: policy.path, digest: policy.digest }] : []),
        ...evidence.catalogs.entries.map((c) => ({
          path: evidence.display(c.path),
          digest: c.digest
        })),
        ...receipts.map((r) => ({ path: r.path, digest: r.digest }))
      ],
      receipts,
      qa ? { path: qa.path, digest: qa.reportDigest } : undefined,
      policy ? { decisionId: policy.decisionId, path: policy.path } : undefined
    )
    violations.push(...references.violations)
    checked.push(...references.resolved)
    if (facts.manifest) {
      const schema = validateManifest(facts.manifest, evidence.manifestPath)
      violations.push(...schema)
      if (schema.length === 0)
        checked.push('manifest valid against promotion_manifest_v1.schema.json')
    }
    return { violations, checked }
  }
}
