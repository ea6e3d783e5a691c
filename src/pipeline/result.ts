// A promotion run's result: the verdict of the gates in the terms the adapters, the library and
// the reports read, and on a pass the bytes to write (seal.ts).
import type { Approval, PolicyDecision, QaOutcome } from '../documents/decisions.js'
import type { Evidence, GateReport, PublishedCopy, Verdict } from '../gates/index.js'
import type { InventoryEntry } from '../inventory/entry.js'
import type { LfsEvidence } from '../inventory/lfs-entries.js'
import type { PromotionManifest } from '../manifest/build.js'
import type { Violation } from '../model/violation.js'
import type { Sealed } from './seal.js'

export interface PromotionResult extends Partial<Sealed> {
  status: 'pass' | 'fail'
  datasetSlug: string
  /** The dataset root as the inputs name it (workspace-relative; `.` for the workspace). */
  rootPath?: string
  datasetVersionId?: string
  specHash?: string
  releasedAt?: string
  artifacts: InventoryEntry[]
  catalogs: InventoryEntry[]
  qa?: QaOutcome
  policy?: PolicyDecision
  approvals: Approval[]
  /** Every remote asset link of the catalogs tied to an artifact or listed as unverified. */
  remoteAssets?: PublishedCopy[]
  /**
   * Built whenever every part exists, so its schema is checked even beside other violations. On
   * a pass only, the Sealed fields give its bytes, digests and sidecars.
   */
  manifest?: PromotionManifest
  violations: Violation[]
  gates: GateReport[]
  /** Git LFS pointers among the artifacts, when there were any or lfs is pointers. */
  lfs?: LfsEvidence
}

/** The result but for a passing run's bytes: the verdict, and the evidence it was given. */
export function judgedResult(
  evidence: Evidence,
  verdict: Verdict,
  rootPath: string | undefined
): Omit<PromotionResult, keyof Sealed> {
  const { identity, qaReport, policyDecision, approvals, remoteAssets } = verdict.facts
  return {
    status: verdict.status,
    datasetSlug: evidence.datasetSlug,
    rootPath,
    datasetVersionId: identity.datasetVersionId,
    specHash: identity.specHash,
    releasedAt: identity.releasedAt,
    artifacts: evidence.artifacts.entries,
    catalogs: evidence.catalogs.entries,
    qa: qaReport?.value,
    policy: policyDecision?.value,
    approvals,
    remoteAssets: remoteAssets.copies,
    manifest: verdict.manifest,
    violations: verdict.violations,
    gates: verdict.gates,
    ...(evidence.lfs && (evidence.lfs.mode === 'pointers' || evidence.lfs.fromPointers > 0)
      ? { lfs: evidence.lfs }
      : {})
  }
}
