// The digest notation every hash of the product uses (docs/decisions.md, "Digests and canonical form").
import { createHash, hash } from 'node:crypto'

export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/

/** `sha256:` + 64 lowercase hex characters: the only digest form docs/decisions.md accepts. */
export function sha256Digest(bytes: Buffer | string): string {
  // One-shot: no Hash object per call, which counts for 100,000 small catalog files.
  return `sha256:${hash('sha256', bytes, 'hex')}`
}

/** The digest of the text the pieces make, without joining them (see jsonPieces). */
export function sha256DigestOfPieces(pieces: readonly string[]): string {
  const running = createHash('sha256')
  for (const piece of pieces) running.update(piece, 'utf8')
  return `sha256:${running.digest('hex')}`
}
