// The digest notation every hash of the product uses (DECISIONS.md, "Digests and canonical form").
import { createHash } from 'node:crypto'

export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/

/** `sha256:` + 64 lowercase hex characters: the only digest form DECISIONS.md accepts. */
export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}
