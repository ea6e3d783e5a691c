// Gate A when a version is published (docs/decisions.md, "Publishing and the ledger"): a version id
// names one content, published once, and versions go forward in time. Reads what the releases
// and the ledger say, never the API; the publish step refuses on any violation, before it
// writes anything.
import { violation, type Violation } from '../model/violation.js'

export interface PublicationEvidence {
  /** The manifest being published, workspace-relative: what the violations name. */
  manifestPath: string
  /** `<slug>/<dataset_version_id>`. */
  tag: string
  manifestDigest: string
  releasedAt: string
  /** The published release under the tag, and the digest of its manifest asset if it has one. */
  released?: { url: string; manifestDigest?: string }
  /** The ledger's record of this version id, if it has one. */
  recorded?: { seq: number; manifestDigest: string }
  /** The ledger's last record of another version. */
  lastPublished?: { versionId: string; releasedAt: string }
  /** The ledger, in words (`ledger/river_gauges.jsonl on branch promotion-ledger`). */
  ledger: string
}

const NEW_VERSION =
  'a version id is published once: give this content a new dataset-version-id (or let it be derived from the changed spec and released-at), promote it and publish that'

function conflicts(evidence: PublicationEvidence): Violation[] {
  const { released, recorded, tag, manifestDigest } = evidence
  const found =
    released && released.manifestDigest !== manifestDigest
      ? `is already published (${released.url}) ${released.manifestDigest ? `with the manifest ${released.manifestDigest}` : 'without a promotion_manifest.json asset'}`
      : recorded && recorded.manifestDigest !== manifestDigest
        ? `is already recorded in ${evidence.ledger} (record ${recorded.seq}) with the manifest ${recorded.manifestDigest}`
        : undefined
  if (found === undefined) return []
  const message = `Release ${tag} ${found}, not ${manifestDigest}: ${NEW_VERSION}. Nothing was written.`
  return [violation('RELEASE_CONFLICT', evidence.manifestPath, message)]
}

function rollback(evidence: PublicationEvidence): Violation[] {
  const last = evidence.lastPublished
  if (evidence.recorded || !last) return []
  if (Date.parse(evidence.releasedAt) >= Date.parse(last.releasedAt)) return []
  const message = `released_at ${evidence.releasedAt} is earlier than ${last.releasedAt}, the released_at of ${last.versionId}, the last version in ${evidence.ledger}: published versions go forward in time. To publish older content again, promote it as a new version with a current released-at. Nothing was written.`
  return [violation('RELEASE_ROLLBACK', evidence.manifestPath, message)]
}

/** Why the version may not be published; empty when it may (or already is, the same). */
export function publicationViolations(evidence: PublicationEvidence): Violation[] {
  const conflict = conflicts(evidence)
  return conflict.length > 0 ? conflict : rollback(evidence)
}
