// The promotion manifest v1: fields in the contract template's order, arrays in a defined order,
// so the same inputs give the same bytes.
import type { InventoryEntry } from '../inventory/entry.js'
import type { Approval, PolicyDecision, QaOutcome } from '../documents/decisions.js'
import { compareText } from '../model/order.js'
import { canonicalDigest } from '../model/canonical.js'
import { jsonPieces } from '../model/json.js'

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

/** What a manifest is made of, in the manifest's own terms: the library builds from these. */
export interface ManifestFields {
  datasetSlug: string
  datasetVersionId: string
  specHash: string
  releasedAt: string
  artifacts: ReadonlyArray<PromotionManifest['artifacts'][number]>
  catalogs: ReadonlyArray<PromotionManifest['catalogs'][number]>
  qa: PromotionManifest['qa']
  policy: PromotionManifest['policy']
  approvals: ReadonlyArray<PromotionManifest['approvals'][number]>
}

/** What the pipeline builds a manifest from: its evidence. */
interface ManifestParts {
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

/**
 * The manifest in its one order: fields as the contract template has them, artifacts and
 * catalogs by path, approvals by role, principal and time (all by UTF-8 bytes). Only the
 * contract's fields are taken from each entry, so any other field a caller passes is left out.
 */
export function orderedManifest(fields: ManifestFields): PromotionManifest {
  return {
    kfm_promotion_manifest_version: 'v1',
    dataset_slug: fields.datasetSlug,
    dataset_version_id: fields.datasetVersionId,
    spec_hash: fields.specHash,
    released_at: fields.releasedAt,
    artifacts: fields.artifacts
      .map((a) => ({ path: a.path, digest: a.digest, media_type: a.media_type }))
      .sort(byPath),
    catalogs: fields.catalogs.map((c) => ({ path: c.path, digest: c.digest })).sort(byPath),
    qa: { status: fields.qa.status, report_digest: fields.qa.report_digest },
    policy: { policy_label: fields.policy.policy_label, decision_id: fields.policy.decision_id },
    approvals: fields.approvals
      .map((a) => ({ role: a.role, principal: a.principal, approved_at: a.approved_at }))
      .sort(
        (a, b) =>
          compareText(a.role, b.role) ||
          compareText(a.principal, b.principal) ||
          compareText(a.approved_at, b.approved_at)
      )
  }
}

/** The manifest the pipeline's evidence gives. */
export function buildManifest(parts: ManifestParts): PromotionManifest {
  return orderedManifest({
    ...parts,
    artifacts: parts.artifacts.map((a) => ({
      path: a.path,
      digest: a.digest,
      media_type: a.mediaType
    })),
    qa: { status: parts.qa.status, report_digest: parts.qa.reportDigest },
    policy: { policy_label: parts.policy.policyLabel, decision_id: parts.policy.decisionId },
    approvals: parts.approvals.map((a) => ({
      role: a.role,
      principal: a.principal,
      approved_at: a.approvedAt
    }))
  })
}

/**
 * The bytes written to disk, two-space JSON and a final newline, as their two pieces (jsonPieces):
 * a manifest of 100,000 entries is hashed and written without being copied whole.
 */
export function manifestPieces(manifest: PromotionManifest): [string, string] {
  return jsonPieces(manifest)
}

/**
 * The manifest-canonical-digest output: the digest of the RFC 8785 form, the same for any
 * indentation. manifest-digest is the digest of the bytes written, as sha256sum gives it.
 */
export function manifestCanonicalDigest(manifest: PromotionManifest): string {
  return canonicalDigest(manifest)
}
