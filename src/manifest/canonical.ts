// The canonical form (RFC 8785, JCS) and the digest notation every hash in the manifest uses.
import { createHash } from 'node:crypto'
import canonicalize from 'canonicalize'

export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/

/** `sha256:` + 64 lowercase hex characters: the only digest form DECISIONS.md accepts. */
export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** RFC 8785 canonical JSON text of a value of the JSON data model. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value)
  if (text === undefined)
    throw new TypeError('a value outside the JSON data model has no canonical form')
  return text
}

/** The digest of a JSON value's canonical form: spec_hash and manifest-digest are both this. */
export function canonicalDigest(value: unknown): string {
  return sha256Digest(Buffer.from(canonicalJson(value), 'utf8'))
}
