// Reads a JSON input document the way a fail-closed gate needs it: bytes and digest exactly as on
// disk (document-bytes.ts), strict JSON (strict-json.ts: no BOM, no duplicate keys), and the line
// of any problem (line-finders.ts), so annotations land on the right line of a pull request's
// diff. The face the readers, gates and adapters import.
import { sha256Digest } from '../model/digest.js'
import { readDocumentBytes } from './document-bytes.js'
import { textLines, type LineFinders } from './line-finders.js'
import type { RootPlace } from './path-hint.js'
import { parseJsonText } from './strict-json.js'

export { DocumentError } from './document-error.js'
export { MAX_DOCUMENT_BYTES, readDocumentBytes } from './document-bytes.js'
export { DOCUMENT_ARRAY, DOCUMENT_OBJECT, ownPropertiesOnly } from './document-prototypes.js'
export { MAX_DEPTH, jsonValueProblem, parseJsonText } from './strict-json.js'
export { decodeUtf8 } from './utf8-text.js'

export interface JsonDocument extends LineFinders {
  /** Workspace-relative path, for messages. */
  path: string
  bytes: Buffer
  digest: string
  value: unknown
}

/** Reads and parses a JSON document; I/O and syntax problems come back as DocumentError. */
export async function readJsonDocument(
  absolutePath: string,
  path: string,
  confine?: string,
  root?: RootPlace
): Promise<JsonDocument> {
  return jsonDocumentOf(path, await readDocumentBytes(absolutePath, path, { confine, root }))
}

/** A document's bytes parsed; syntax problems come back as DocumentError. */
export function jsonDocumentOf(path: string, bytes: Buffer): JsonDocument {
  const { value, text } = parseJsonText(path, bytes)
  return { path, bytes, digest: sha256Digest(bytes), value, ...textLines(text) }
}
