// JSON parsed strictly, as a fail-closed gate needs it: no BOM, no duplicate keys, no "__proto__"
// key, no lone surrogate, no nesting past MAX_DEPTH, and (for a spec) no number a double cannot
// hold; every refusal a DocumentError with the line of the problem.
import { visit } from 'jsonc-parser'
import { DocumentError } from './document-error.js'
import { DOCUMENT_ARRAY, DOCUMENT_OBJECT } from './document-prototypes.js'
import { numberProblem } from './json-numbers.js'
import { decodeUtf8, lineAt } from './utf8-text.js'

/**
 * Deeper nesting is refused: no input document needs it, and the readers behind the gates
 * (JSON-LD expansion, schema validation, the canonical form) recurse and would overflow.
 */
export const MAX_DEPTH = 256

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
  const text = decodeUtf8(path, bytes)
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
  const { problem, members, colonsInStrings } = walkValue(value)
  if (problem) throw new DocumentError(path, `${path} ${problem.message}`, problem.line?.(text))
  // A key written twice leaves fewer members in the value than the text has: only then, or when
  // every number's text counts, is the token visitor needed (it is most of the parse's time).
  const found =
    exactNumbers || !writesMembers(text, members, colonsInStrings)
      ? findTokenProblem(text, exactNumbers)
      : undefined
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
 * recursion, so any depth JSON.parse accepts is safe here. On its way it gives the value's
 * objects and arrays the document prototypes (ownPropertiesOnly): a fresh parse's only.
 */
export function jsonValueProblem(value: unknown): ValueProblem | undefined {
  return walkValue(value).problem
}

/** String literals and the colons between them: a colon outside a string ends a member's key. */
const STRING_OR_COLON = /"[^"\\]*(?:\\.[^"\\]*)*"|:/g
/** A colon written as an escape in a string (or an escaped backslash before "u003a"). */
const ESCAPED_COLON = /\\u003[aA]/

/** How many object members the text of a valid JSON document writes, duplicates included. */
function membersInText(text: string): number {
  let members = 0
  for (const match of text.matchAll(STRING_OR_COLON)) if (match[0] === ':') members++
  return members
}

function colonsIn(text: string): number {
  let colons = 0
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) colons++
  return colons
}

/**
 * Whether the text of a valid JSON document writes as many object members as its value has
 * (`members`; its strings and keys hold `colonsInStrings` colons). Each member is one colon of
 * the text, and each colon in a string literal is one in a parsed string, unless written as an
 * escape: so, without an escaped colon, the text's colons less those of the value's strings are
 * its members when nothing was dropped, and more when a key written twice dropped a member (and
 * with it the colons of its strings). With an escaped colon, the text's string literals are
 * skipped by a scan instead (several times slower).
 */
function writesMembers(text: string, members: number, colonsInStrings: number): boolean {
  if (ESCAPED_COLON.test(text)) return membersInText(text) === members
  return colonsIn(text) - colonsInStrings === members
}

/**
 * jsonValueProblem's walk, which also counts the object members of the value and the colons in
 * its strings and keys. Values and their depths on two stacks: no pair allocated per value.
 */
function walkValue(value: unknown): {
  problem?: ValueProblem
  members: number
  colonsInStrings: number
} {
  let members = 0
  let colonsInStrings = 0
  const found = (problem: ValueProblem) => ({ problem, members, colonsInStrings })
  const nodes: unknown[] = [value]
  const depths: number[] = [0]
  while (nodes.length > 0) {
    const node = nodes.pop()
    const depth = depths.pop()!
    if (typeof node === 'string') {
      if (!node.isWellFormed()) return found(loneSurrogate())
      colonsInStrings += colonsIn(node)
      continue
    }
    if (node === null || typeof node !== 'object') continue
    if (depth >= MAX_DEPTH)
      return found({
        message: `nests arrays and objects deeper than ${MAX_DEPTH} levels; no input document needs that, so flatten it`
      })
    if (Array.isArray(node)) {
      Object.setPrototypeOf(node, DOCUMENT_ARRAY)
      for (const item of node) {
        nodes.push(item)
        depths.push(depth + 1)
      }
      continue
    }
    Object.setPrototypeOf(node, DOCUMENT_OBJECT)
    const keys = Object.keys(node)
    members += keys.length
    for (const key of keys) {
      if (key === '__proto__')
        return found({
          message:
            'has a "__proto__" key, which JavaScript readers may turn into a change of prototype; remove it',
          line: (text) => searchLine(text, /"__proto__"\s*:/)
        })
      if (!key.isWellFormed()) return found(loneSurrogate())
      colonsInStrings += colonsIn(key)
      nodes.push((node as Record<string, unknown>)[key])
      depths.push(depth + 1)
    }
  }
  return { members, colonsInStrings }
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
      const problem = numberProblem(text.slice(offset, offset + length))
      if (problem) found = { message: `line ${startLine + 1}: ${problem}`, line: startLine + 1 }
    }
  })
  return found
}
