// The canonical form (RFC 8785, JCS) of JSON values, and the digest of that form.
import canonicalize from 'canonicalize'
import { sha256Digest } from './digest.js'

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
