// The bytes of a passing run: the manifest, its digests, and the sidecars that name it. Each
// text is hashed and written as its pieces; the result's strings join them without a copy, so
// the manifest and Statement of 100,000 artifacts (80 MB) are not held twice.
import { checksumsPieces, type StoreFiles } from '../manifest/checksums.js'
import {
  manifestCanonicalDigest,
  manifestPieces,
  type PromotionManifest
} from '../manifest/build.js'
import { buildStatement } from '../manifest/statement.js'
import { sha256DigestOfPieces } from '../model/digest.js'
import { jsonPieces } from '../model/json.js'

/** The texts and digests a passing run's result carries. */
export interface Sealed {
  /** The exact bytes to write. */
  manifestText: string
  /** The digest of those bytes: what sha256sum, the Statement and actions/attest give. */
  manifestDigest: string
  /** The digest of the manifest's RFC 8785 form, the same for any indentation. */
  manifestCanonicalDigest: string
  /** The in-toto Statement sidecar's bytes. */
  statementText: string
  /** The sha256sum-format list of every artifact and catalog. */
  checksumsText: string
}

/** The texts of a passing run's three files, each as the pieces it is written in. */
export interface SealedPieces {
  manifest: readonly string[]
  statement: readonly string[]
  checksums: readonly string[]
}

export function sealed(
  manifest: PromotionManifest,
  manifestName: string,
  stores: StoreFiles
): { fields: Sealed; pieces: SealedPieces } {
  const [json, newline] = manifestPieces(manifest)
  const digest = sha256DigestOfPieces([json, newline])
  const [statementJson, statementNewline] = jsonPieces(
    buildStatement(manifest, digest, manifestName)
  )
  const checksums = checksumsPieces(manifest, stores)
  return {
    fields: {
      manifestText: `${json}${newline}`,
      manifestDigest: digest,
      manifestCanonicalDigest: manifestCanonicalDigest(manifest),
      statementText: `${statementJson}${statementNewline}`,
      // Pieces added, not joined: V8 then keeps them as they are until the text is read.
      checksumsText: checksums.reduce((text, piece) => text + piece, '')
    },
    pieces: {
      manifest: [json, newline],
      statement: [statementJson, statementNewline],
      checksums
    }
  }
}
