// The facts of a run, worked out once from the evidence and handed to every gate: the identity
// (gates A, C and E read it), the policy decision, QA report and approvals judged (gates C and F,
// and the manifest), the remote asset links judged (gate D, and the summary's list), and the
// manifest they give (gate F checks it against the schema). Worked out here, once per run, so a
// gate reads a fact instead of judging again a document another gate reports on.
import type { DocumentEvidence, ReadableDocument } from '../documents/read-document.js'
import { buildManifest, type PromotionManifest } from '../manifest/build.js'
import { identityOf } from './a-identity.js'
import { judgeApprovals } from './c-approvals.js'
import { judgePolicyDecision } from './c-decision.js'
import { remoteAssetsOf } from './d-remote-assets.js'
import type { Evidence, Facts } from './evidence.js'
import { judgeQaReport } from './f-contract.js'

export function factsOf(evidence: Evidence): Facts {
  const identity = identityOf(evidence)
  // A document is judged when it was given and could be read; its gate says why it could not.
  const ifReadable = <T>(
    document: DocumentEvidence | undefined,
    judged: (d: ReadableDocument) => T
  ) => (document?.readable ? judged(document) : undefined)
  const policyDecision = ifReadable(evidence.policyDecision, judgePolicyDecision)
  const qaReport = ifReadable(evidence.qaReport, judgeQaReport)
  const approvalsFile = ifReadable(evidence.approvals, judgeApprovals)
  const approvals = [
    ...(approvalsFile?.value ?? []),
    ...(evidence.reviewApprovals?.approvals ?? [])
  ]
  const facts: Omit<Facts, 'manifest'> = {
    identity,
    policyDecision,
    qaReport,
    approvalsFile,
    approvals,
    remoteAssets: remoteAssetsOf(evidence)
  }
  return { ...facts, manifest: candidateManifest(evidence, facts) }
}

/** The manifest the facts give, whenever every part of it exists, valid or not. */
function candidateManifest(
  evidence: Evidence,
  facts: Omit<Facts, 'manifest'>
): PromotionManifest | undefined {
  const { datasetVersionId, specHash, releasedAt } = facts.identity
  const qa = facts.qaReport?.value
  const policy = facts.policyDecision?.value
  if (!datasetVersionId || !specHash || !releasedAt || !qa || !policy) return undefined
  return buildManifest({
    datasetSlug: evidence.datasetSlug,
    datasetVersionId,
    specHash,
    releasedAt,
    artifacts: evidence.artifacts.entries,
    catalogs: evidence.catalogs.entries,
    qa,
    policy,
    approvals: facts.approvals
  })
}
