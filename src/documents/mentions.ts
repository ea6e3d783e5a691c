// What a document that could not be read still says: the SHA-256 digests in its text. A receipt
// or a PROV bundle that names an artifact's digest would have covered that artifact, so the
// violation "no receipt lists it" or "no PROV entity names it" is a consequence of the document
// being unreadable (gates/causes.ts). Read from the bytes, whatever their syntax.

/** 64 hex characters standing alone: a SHA-256 digest, with or without its `sha256:`. */
const HEX_DIGEST = /(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])/g

/** The digests in a document's text, as `sha256:` and 64 lowercase hex characters. */
export function digestsIn(text: string): Set<string> {
  const digests = new Set<string>()
  for (const match of text.matchAll(HEX_DIGEST)) digests.add(`sha256:${match[0].toLowerCase()}`)
  return digests
}

/** The bytes as text for a search of ASCII marks: any byte sequence reads, valid UTF-8 or not. */
export function searchableText(bytes: Buffer): string {
  return bytes.toString('latin1')
}
