// The canonical form (RFC 8785, JCS) of JSON values, and the digest of that form.
import { createHash } from 'node:crypto'
import canonicalize from 'canonicalize'

/** RFC 8785 canonical JSON text of a value of the JSON data model. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value)
  if (text === undefined)
    throw new TypeError('a value outside the JSON data model has no canonical form')
  return text
}

/** Levels of objects and arrays whose members go to the hash one by one (see canonicalDigest). */
const STREAMED_LEVELS = 2
/** Text gathered before it goes to the hash: few calls, and no long string. */
const CHUNK = 64 * 1024

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const unrepresentable = (value: unknown): boolean =>
  value === undefined || typeof value === 'symbol' || typeof value === 'function'

/** An object or array whose members can be written one by one (no toJSON, no boxed value). */
function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false
  return !(value instanceof Number || value instanceof String || value instanceof Boolean)
}

/**
 * Writes the canonical text of `value` in pieces: the members of its top `levels` levels one at
 * a time, what is below each by canonicalize. Returns false, writing nothing, when the value has
 * no canonical text (a toJSON that gives undefined), as canonicalize returns undefined.
 */
function writeCanonical(value: unknown, write: (text: string) => void, levels: number): boolean {
  if (levels === 0 || !isPlainContainer(value)) {
    const text = canonicalize(value)
    if (text === undefined) return false
    write(text)
    return true
  }
  if (Array.isArray(value)) {
    write('[')
    value.forEach((element, index) => {
      if (index > 0) write(',')
      const item = unrepresentable(element) ? null : element
      if (!writeCanonical(item, write, levels - 1)) write('null')
    })
    write(']')
    return true
  }
  write('{')
  let first = true
  for (const key of Object.keys(value).sort()) {
    const member = value[key]
    if (unrepresentable(member)) continue
    // A member whose toJSON gives nothing is left out, its key too, as canonicalize does.
    const below = levels > 1 && isPlainContainer(member) ? undefined : canonicalize(member)
    if (below === undefined && !isPlainContainer(member)) continue
    write(`${first ? '' : ','}${canonicalJson(key)}:`)
    first = false
    if (below !== undefined) write(below)
    else writeCanonical(member, write, levels - 1)
  }
  write('}')
  return true
}

/**
 * The digest of a JSON value's canonical form: spec_hash and manifest-digest are both this. The
 * text goes to the hash in pieces (the members of the top two levels one at a time), so the
 * canonical form of a manifest of 100,000 entries is never one string in memory; the digest is
 * that of canonicalJson's bytes (a test holds the two together).
 */
export function canonicalDigest(value: unknown): string {
  const hash = createHash('sha256')
  let pending = ''
  const write = (text: string): void => {
    pending += text
    if (pending.length < CHUNK) return
    hash.update(pending, 'utf8')
    pending = ''
  }
  if (!writeCanonical(value, write, STREAMED_LEVELS))
    throw new TypeError('a value outside the JSON data model has no canonical form')
  hash.update(pending, 'utf8')
  return `sha256:${hash.digest('hex')}`
}
