// The promotion manifest v1: fields in the contract template's order, arrays in a defined order,
// so the same inputs give the same bytes.
import type { InventoryEntry } from '../inventory/inventory.js'
import type { Approval } from '../documents/evidence.js'
import type { PolicyDecision } from '../gates/c-policy.js'
import type { QaOutcome } from '../gates/f-contract.js'
import { compareText } from '../model/order.js'
import { canonicalDigest } from '../model/canonical.js'

export interface PromotionManifest {
  kfm_promotion_manifest_version: 'v1'
  dataset_slug: string
  dataset_version_id: string
  spec_hash: string
  released_at: string
  artifacts: Array<{ path: string; digest: string; media_type: string }>
  catalogs: Array<{ path: string; digest: string }>
  qa: { status: string; report_digest: string }
  policy: { policy_label: string; decision_id: string }
  approvals: Array<{ role: string; principal: string; approved_at: string }>
}

export interface ManifestParts {
  datasetSlug: string
  datasetVersionId: string
  specHash: string
  releasedAt: string
  artifacts: readonly InventoryEntry[]
  catalogs: readonly InventoryEntry[]
  qa: QaOutcome
  policy: PolicyDecision
  approvals: readonly Approval[]
}

const byPath = (a: { path: string }, b: { path: string }): number => compareText(a.path, b.path)

export function buildManifest(parts: ManifestParts): PromotionManifest {
  return {
    kfm_promotion_manifest_version: 'v1',
    dataset_slug: parts.datasetSlug,
    dataset_version_id: parts.datasetVersionId,
    spec_hash: parts.specHash,
    released_at: parts.releasedAt,
    artifacts: parts.artifacts
      .map((a) => ({ path: a.path, digest: a.digest, media_type: a.mediaType }))
      .sort(byPath),
    catalogs: parts.catalogs.map((c) => ({ path: c.path, digest: c.digest })).sort(byPath),
    qa: { status: parts.qa.status, report_digest: parts.qa.reportDigest },
    policy: { policy_label: parts.policy.policyLabel, decision_id: parts.policy.decisionId },
    approvals: parts.approvals
      .map((a) => ({ role: a.role, principal: a.principal, approved_at: a.approvedAt }))
      .sort(
        (a, b) =>
          compareText(a.role, b.role) ||
          compareText(a.principal, b.principal) ||
          compareText(a.approved_at, b.approved_at)
      )
  }
}

/** The bytes written to disk: two-space JSON and a final newline. */
export function manifestText(manifest: PromotionManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`
}

/**
 * The manifest-canonical-digest output: the digest of the RFC 8785 form, the same for any
 * indentation. manifest-digest is the digest of the bytes written, as sha256sum gives it.
 */
export function manifestCanonicalDigest(manifest: PromotionManifest): string {
  return canonicalDigest(manifest)
}
