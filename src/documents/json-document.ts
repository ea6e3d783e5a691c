// Reads a JSON input document the way a fail-closed gate needs it: bytes and digest exactly as on
// disk, strict JSON (no BOM, no duplicate keys), and the line of any problem, so annotations land
// on the right line of a pull request's diff.
import { readFile, stat } from 'node:fs/promises'
import { parseTree, findNodeAtLocation, visit, type Node, type JSONPath } from 'jsonc-parser'
import { sha256Digest } from '../manifest/canonical.js'

/** Input documents (reports, decisions, catalogs) are small; a larger one is refused, not parsed. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

export interface JsonDocument {
  /** Workspace-relative path, for messages. */
  path: string
  bytes: Buffer
  digest: string
  value: unknown
  /** The 1-based line of the value at a JSON path, where it exists. */
  lineOf(location: JSONPath): number | undefined
}

export class DocumentError extends Error {
  constructor(
    readonly path: string,
    message: string,
    readonly line?: number
  ) {
    super(message)
  }
}

/** A JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** Parses JSON text strictly; throws DocumentError with the line of the first problem. */
export function parseJsonText(path: string, bytes: Buffer): { value: unknown; text: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new DocumentError(
      path,
      `${path} starts with a byte-order mark; save it as UTF-8 without BOM`,
      1
    )
  }
  const text = bytes.toString('utf8')
  if (Buffer.byteLength(text, 'utf8') !== bytes.length || text.includes('\uFFFD')) {
    throw new DocumentError(path, `${path} is not valid UTF-8; save it as UTF-8`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const position = /at position (\d+)/.exec(reason)
    const line = position ? lineAt(text, Number(position[1])) : undefined
    const where = line ? ` (line ${line})` : ''
    const first = reason
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '')
    throw new DocumentError(path, `${path} is not valid JSON${where}: ${first}`, line)
  }
  const duplicate = findDuplicateKey(text)
  if (duplicate) {
    throw new DocumentError(
      path,
      `${path} has the key "${duplicate.key}" twice in one object (line ${duplicate.line}); JSON readers disagree on which one wins, so keep one`,
      duplicate.line
    )
  }
  return { value, text }
}

function findDuplicateKey(text: string): { key: string; line: number } | undefined {
  const seen: Set<string>[] = []
  let found: { key: string; line: number } | undefined
  visit(text, {
    onObjectBegin: () => {
      seen.push(new Set())
    },
    onObjectEnd: () => {
      seen.pop()
    },
    onObjectProperty: (key, _offset, _length, startLine) => {
      const keys = seen[seen.length - 1]
      if (!keys || found) return
      if (keys.has(key)) found = { key, line: startLine + 1 }
      else keys.add(key)
    }
  })
  return found
}

/** Reads and parses a JSON document; I/O and syntax problems come back as DocumentError. */
export async function readJsonDocument(absolutePath: string, path: string): Promise<JsonDocument> {
  let bytes: Buffer
  try {
    const info = await stat(absolutePath)
    if (!info.isFile()) throw new DocumentError(path, `${path} is not a file`)
    if (info.size > MAX_DOCUMENT_BYTES) {
      throw new DocumentError(
        path,
        `${path} is ${info.size} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit for input documents; reference large content by digest instead`
      )
    }
    bytes = await readFile(absolutePath)
  } catch (error) {
    if (error instanceof DocumentError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new DocumentError(
      path,
      code === 'ENOENT'
        ? `${path} does not exist; check the path (it is relative to the workspace)`
        : `${path} cannot be read (${code ?? String(error)})`
    )
  }
  const { value, text } = parseJsonText(path, bytes)
  let tree: Node | undefined
  return {
    path,
    bytes,
    digest: sha256Digest(bytes),
    value,
    lineOf(location: JSONPath): number | undefined {
      tree ??= parseTree(text)
      const node = tree && findNodeAtLocation(tree, location)
      return node ? lineAt(text, node.offset) : undefined
    }
  }
}
