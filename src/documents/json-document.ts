// Reads a JSON input document the way a fail-closed gate needs it: bytes and digest exactly as on
// disk, strict JSON (no BOM, no duplicate keys), and the line of any problem, so annotations land
// on the right line of a pull request's diff.
import { constants } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import { parseTree, findNodeAtLocation, visit, type Node, type JSONPath } from 'jsonc-parser'
import { sha256Digest } from '../model/digest.js'
import { isInside } from '../model/paths.js'

/** Input documents (reports, decisions, catalogs) are small; a larger one is refused, not parsed. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

/**
 * Deeper nesting is refused: no input document needs it, and the readers behind the gates
 * (JSON-LD expansion, schema validation, the canonical form) recurse and would overflow.
 */
export const MAX_DEPTH = 256

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

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** Parses JSON text strictly; throws DocumentError with the line of the first problem. */
export function parseJsonText(
  path: string,
  bytes: Buffer,
  { exactNumbers = false }: { exactNumbers?: boolean } = {}
): { value: unknown; text: string } {
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
  // The value first, without recursion: the token visitor below recurses as deep as the nesting.
  const problem = jsonValueProblem(value)
  if (problem) throw new DocumentError(path, `${path} ${problem.message}`, problem.line?.(text))
  const found = findTokenProblem(text, exactNumbers)
  if (found) throw new DocumentError(path, `${path} ${found.message}`, found.line)
  return { value, text }
}

interface ValueProblem {
  message: string
  /** Finds the line in the source text, where a search can. */
  line?: (text: string) => number | undefined
}

/**
 * Why a parsed value is not what the gates may read, if it is not: nesting deeper than
 * MAX_DEPTH, a `__proto__` key (JavaScript readers turn it into a prototype change), or a string
 * with a lone UTF-16 surrogate (not Unicode text, and RFC 7493 forbids it). Walks without
 * recursion, so any depth JSON.parse accepts is safe here.
 */
export function jsonValueProblem(value: unknown): ValueProblem | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (typeof node === 'string') {
      if (!node.isWellFormed()) return loneSurrogate()
      continue
    }
    if (node === null || typeof node !== 'object') continue
    if (depth >= MAX_DEPTH)
      return {
        message: `nests arrays and objects deeper than ${MAX_DEPTH} levels; no input document needs that, so flatten it`
      }
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, depth + 1])
      continue
    }
    for (const key of Object.keys(node)) {
      if (key === '__proto__')
        return {
          message:
            'has a "__proto__" key, which JavaScript readers may turn into a change of prototype; remove it',
          line: (text) => searchLine(text, /"__proto__"\s*:/)
        }
      if (!key.isWellFormed()) return loneSurrogate()
      stack.push([(node as Record<string, unknown>)[key], depth + 1])
    }
  }
  return undefined
}

function loneSurrogate(): ValueProblem {
  return {
    message:
      'has a string with a lone UTF-16 surrogate (an unpaired \\uD800-\\uDFFF escape), which is not Unicode text; write the character it stands for',
    line: (text) => searchLine(text, /\\u[dD][89abcdefABCDEF][0-9a-fA-F]{2}/)
  }
}

function searchLine(text: string, pattern: RegExp): number | undefined {
  const at = pattern.exec(text)?.index
  return at === undefined ? undefined : lineAt(text, at)
}

/** A duplicate key, or (with exactNumbers) a number whose text a double cannot hold exactly. */
function findTokenProblem(
  text: string,
  exactNumbers: boolean
): { message: string; line: number } | undefined {
  const seen: Set<string>[] = []
  let found: { message: string; line: number } | undefined
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
      if (keys.has(key))
        found = {
          message: `has the key "${key}" twice in one object (line ${startLine + 1}); JSON readers disagree on which one wins, so keep one`,
          line: startLine + 1
        }
      else keys.add(key)
    },
    onLiteralValue: (value, offset, length, startLine) => {
      if (found || !exactNumbers || typeof value !== 'number') return
      const source = text.slice(offset, offset + length)
      const inexact = inexactNumber(source)
      if (inexact) found = { message: `line ${startLine + 1}: ${inexact}`, line: startLine + 1 }
    }
  })
  return found
}

/** The significant digits and decimal exponent of a number's text: "-1.50e3" → ["15", 4]. */
function significand(source: string): [string, number] {
  const match = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(source)
  if (!match) return [source, 0]
  const whole = match[1] ?? ''
  const all = whole + (match[2] ?? '')
  const leading = /^0*/.exec(all)![0].length
  const digits = all.slice(leading).replace(/0+$/, '')
  return digits === '' ? ['', 0] : [digits, whole.length + Number(match[3] ?? 0) - leading]
}

/**
 * Why a number as written cannot be read back exactly, if it cannot: it overflows, or it has
 * digits an IEEE double drops (so two different specs would have one spec_hash). A number is
 * exact when its digits are those of the shortest text that reads back as the same double.
 */
export function inexactNumber(source: string): string | undefined {
  // Other notations (YAML's 0x1F, 0o17) name integers exactly or fail the safe-integer check.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(source)) return undefined
  const value = Number(source)
  if (!Number.isFinite(value))
    return `the number ${source} is too large for JSON's numbers; quote it as a string`
  const [digits, exponent] = significand(source)
  const [shortest, shortestExponent] = significand(String(Math.abs(value)))
  if (digits === shortest && exponent === shortestExponent) return undefined
  return `the number ${source} cannot be held exactly (it reads back as ${String(value)}); quote it as a string, or write it with fewer digits`
}

/**
 * The bytes of an input document, read through one descriptor: only a regular file (opened
 * without blocking, so a named pipe cannot stall the run), at most MAX_DOCUMENT_BYTES, and, with
 * `confine`, one that really is inside that directory rather than linked in from elsewhere.
 */
export async function readDocumentBytes(
  absolutePath: string,
  path: string,
  {
    missing = `${path} does not exist; check the path (it is relative to the workspace)`,
    confine
  }: { missing?: string; confine?: string } = {}
): Promise<Buffer> {
  try {
    if (confine !== undefined) {
      const [real, realRoot] = await Promise.all([realpath(absolutePath), realpath(confine)])
      if (!isInside(realRoot, real))
        throw new DocumentError(
          path,
          `${path} is a symbolic link out of the workspace (to ${real}); input documents must be files in the workspace, so copy it in`
        )
    }
    const handle = await open(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      const info = await handle.stat()
      if (!info.isFile())
        throw new DocumentError(path, `${path} is not a regular file; name a file`)
      if (info.size > MAX_DOCUMENT_BYTES) {
        throw new DocumentError(
          path,
          `${path} is ${info.size} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit for input documents; reference large content by digest instead`
        )
      }
      return await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof DocumentError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new DocumentError(
      path,
      code === 'ENOENT' ? missing : `${path} cannot be read (${code ?? String(error)})`
    )
  }
}

/** Reads and parses a JSON document; I/O and syntax problems come back as DocumentError. */
export async function readJsonDocument(
  absolutePath: string,
  path: string,
  confine?: string
): Promise<JsonDocument> {
  const bytes = await readDocumentBytes(absolutePath, path, { confine })
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
