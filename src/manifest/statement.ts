// The attestation-ready sidecar: an in-toto Statement v1 whose subjects are the manifest and every
// artifact with their SHA-256 digests, and whose predicate is the manifest itself. Signing it is
// the workflow's job (actions/attest), so the action never holds a signing key.
import type { PromotionManifest } from './build.js'

const PREDICATE_TYPE = 'https://kfm.example/promotion-manifest/v1'

export function buildStatement(
  manifest: PromotionManifest,
  /** `sha256:` digest of the manifest file's bytes, as manifest-digest gives it. */
  manifestDigest: string,
  manifestName: string
): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [
      {
        name: manifestName,
        digest: { sha256: manifestDigest.slice('sha256:'.length) }
      },
      ...manifest.artifacts.map((a) => ({
        name: a.path,
        // A directory store's digest is in-toto's dirHash of its files (docs/decisions.md, Directory stores; docs/directory-stores.md).
        digest: { [a.path.endsWith('/') ? 'dirHash' : 'sha256']: a.digest.slice('sha256:'.length) }
      }))
    ],
    predicateType: PREDICATE_TYPE,
    predicate: manifest
  }
}

/** `promotion_manifest.json` → `promotion_manifest.intoto.json`. */
export function statementPath(manifestPath: string): string {
  return manifestPath.replace(/(\.json)?$/i, '.intoto.json')
}
