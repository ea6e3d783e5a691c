// The dataset spec document and its spec_hash: the SHA-256 of its RFC 8785 canonical form.
// A YAML spec is read into the JSON data model first, and anything JSON cannot say is refused
// rather than guessed (docs/decisions.md, "Digests and canonical form").
import { extname } from 'node:path'
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
  type Pair,
  type Scalar
} from 'yaml'
import { canonicalDigest } from '../model/canonical.js'
import { unreadable, type DocumentRef, type Unreadable } from './read-document.js'
import type { RootPlace } from './path-hint.js'
import { MAX_DOCUMENT_BYTES, readDocumentBytes } from './document-bytes.js'
import { DocumentError } from './document-error.js'
import { numberProblem } from './json-numbers.js'
import { jsonValueProblem, parseJsonText } from './strict-json.js'
import { decodeUtf8, lineAt } from './utf8-text.js'

interface SpecDocument {
  path: string
  value: unknown
  specHash: string
}

// YAML 1.1 timestamps: YAML 1.2 reads them as strings, other tools as dates. Either is a guess.
const YAML_TIMESTAMP =
  /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/

type Problem = { node: YamlNode; message: string } | undefined

function tagProblem(node: YamlNode): Problem {
  if (isAlias(node) || !node.tag) return undefined
  const message = `the tag ${node.tag} has no JSON equivalent; remove the tag and write a plain JSON value`
  return { node, message }
}

/** A mapping key JSON cannot hold as written: not a plain string, a merge key, __proto__. */
function keyProblem(pair: Pair): Problem {
  const key = pair.key
  if (key !== null && !isScalar(key))
    return { node: pair.value as YamlNode, message: 'a mapping key must be a plain string' }
  if (!isScalar(key)) return undefined
  if (key.type === 'PLAIN' && key.value === '<<')
    return {
      node: key,
      message: 'merge keys (<<) are not part of YAML 1.2 or JSON; write the merged keys out'
    }
  if (key.value === '__proto__')
    return {
      node: key,
      message: 'a "__proto__" key may change a JavaScript reader\'s prototype; remove it'
    }
  // JSON keys are strings: a key YAML reads as a number, boolean or null becomes its JSON text,
  // which must then be the key as written (2025 is "2025"; 1e21 would be "1e+21").
  if (
    typeof key.value !== 'string' &&
    (key.value === null || key.source === undefined || String(key.value) !== key.source)
  )
    return {
      node: key,
      message: `the key ${key.source || String(key.value)} is not a string, and as a JSON key it would be written differently; quote it`
    }
  return undefined
}

/** A key as it was written: plain, or within its quotes. */
function asWritten(key: Scalar): string {
  const source = key.source ?? String(key.value)
  if (key.type === 'QUOTE_DOUBLE') return `"${source}"`
  if (key.type === 'QUOTE_SINGLE') return `'${source}'`
  return source
}

/**
 * Two keys of one mapping that YAML holds apart but JSON writes alike (2025 and "2025", true and
 * "true"): converted, the later would silently replace the earlier, and spec_hash drop a value.
 */
function keyCollision(node: YamlNode): Problem {
  if (!isMap(node)) return undefined
  const seen = new Map<string, Scalar>()
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue
    const key = pair.key
    const text = String(key.value)
    const earlier = seen.get(text)
    if (earlier)
      return {
        node: key,
        message: `the keys ${asWritten(earlier)} and ${asWritten(key)} of one mapping are both "${text}" in JSON, so one would silently replace the other; keep one`
      }
    seen.set(text, key)
  }
  return undefined
}

/** A scalar JSON cannot hold as written: a YAML 1.1 date, or a number a double changes. */
function scalarProblem(node: Scalar): Problem {
  const value = node.value
  if (node.type === 'PLAIN' && typeof value === 'string' && YAML_TIMESTAMP.test(value))
    return {
      node,
      message: `"${value}" reads as a date in some YAML tools and a string in others; quote it`
    }
  // The same number rule as a JSON spec's (numberProblem), on the number as written.
  const problem =
    typeof value === 'number' || typeof value === 'bigint'
      ? numberProblem(node.source ?? String(value))
      : undefined
  return problem ? { node, message: problem } : undefined
}

/** The first node of the document that has no JSON equivalent, if any. */
function firstProblem(doc: Document): Problem {
  let found: Problem
  const note = (problem: Problem): symbol | undefined => {
    found ??= problem
    return found ? visit.BREAK : undefined
  }
  // yaml's visitor calls only the most specific handler, so every kind of node checks its tag.
  visit(doc, {
    Map: (_key, node) => note(tagProblem(node) ?? keyCollision(node)),
    Seq: (_key, node) => note(tagProblem(node)),
    Pair: (_key, pair) => note(keyProblem(pair)),
    Scalar: (_key, node) => note(tagProblem(node) ?? scalarProblem(node))
  })
  return found
}

/** Parses YAML in its JSON-compatible subset; throws DocumentError naming the line and the fix. */
export function parseYamlSpec(path: string, text: string): unknown {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, merge: false, strict: true })
  const first = doc.errors[0]
  if (first) {
    const line = first.linePos?.[0].line
    throw new DocumentError(
      path,
      `${path} is not valid YAML${line ? ` (line ${line})` : ''}: ${first.message.split('\n')[0]}`,
      line
    )
  }
  const problem = firstProblem(doc)
  if (problem) {
    const line = problem.node.range ? lineAt(text, problem.node.range[0]) : undefined
    throw new DocumentError(path, `${path}${line ? ` line ${line}` : ''}: ${problem.message}`, line)
  }
  if (!isMap(doc.contents) && !isSeq(doc.contents) && !isScalar(doc.contents)) {
    throw new DocumentError(path, `${path} is empty; a spec must be a mapping`)
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 1000 })
  } catch (error) {
    throw new DocumentError(
      path,
      `${path}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  if (expandsPast(value, MAX_DOCUMENT_BYTES)) {
    throw new DocumentError(
      path,
      `${path} expands through its aliases (*name) to more than ${MAX_DOCUMENT_BYTES} bytes of JSON, past the limit for input documents; write the repeated values out once each, or drop the aliases`
    )
  }
  const valueProblem = jsonValueProblem(value)
  if (valueProblem) throw new DocumentError(path, `${path} ${valueProblem.message}`)
  return value
}

/**
 * Whether a value's JSON text would be longer than `limit` characters, counted roughly from
 * below (strings by length, every value at least one): YAML aliases share one node among many
 * places, so a small document can stand for a value too large to write, hash or even hold as one
 * string. The walk stops as soon as the count passes the limit, so it costs at most that much.
 */
function expandsPast(value: unknown, limit: number): boolean {
  let size = 0
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    size += typeof node === 'string' ? node.length + 2 : 1
    if (size > limit) return true
    if (Array.isArray(node)) for (const item of node) stack.push(item)
    else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        size += key.length + 3
        stack.push(item)
      }
    }
  }
  return false
}

/** Reads the spec (JSON, or YAML by its .yaml/.yml extension) and computes its spec_hash. */
export async function readSpec(
  absolutePath: string,
  path: string,
  confine?: string,
  root?: RootPlace
): Promise<SpecDocument> {
  const bytes = await readDocumentBytes(absolutePath, path, {
    confine,
    root,
    input: 'the spec input'
  })
  const isYaml = ['.yaml', '.yml'].includes(extname(path).toLowerCase())
  const value = isYaml
    ? parseYamlSpec(path, decodeUtf8(path, bytes))
    : parseJsonText(path, bytes, { exactNumbers: true }).value
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new DocumentError(path, `${path} must hold an object (a mapping) at its top level`)
  }
  return { path, value, specHash: canonicalDigest(value) }
}

export type SpecReading =
  { readable: true; path: string; specHash: string } | ({ readable: false } & Unreadable)

/** The spec as evidence: its spec_hash, or why it cannot be read. */
export async function readSpecEvidence(ref: DocumentRef): Promise<SpecReading> {
  try {
    const spec = await readSpec(ref.absolute, ref.path, ref.confine, ref.root)
    return { readable: true, path: ref.path, specHash: spec.specHash }
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    return { readable: false, ...unreadable(error) }
  }
}
