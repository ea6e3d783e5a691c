// The dataset spec document and its spec_hash: the SHA-256 of its RFC 8785 canonical form.
// A YAML spec is read into the JSON data model first, and anything JSON cannot say is refused
// rather than guessed (DECISIONS.md, "Digests and canonical form").
import { extname } from 'node:path'
import { isMap, isScalar, isSeq, isAlias, parseDocument, visit, type Node as YamlNode } from 'yaml'
import { canonicalDigest } from '../model/canonical.js'
import { unreadable, type DocumentRef, type Unreadable } from './evidence.js'
import {
  DocumentError,
  inexactNumber,
  jsonValueProblem,
  lineAt,
  parseJsonText,
  readDocumentBytes
} from './json-document.js'

export interface SpecDocument {
  path: string
  value: unknown
  specHash: string
}

// YAML 1.1 timestamps: YAML 1.2 reads them as strings, other tools as dates. Either is a guess.
const YAML_TIMESTAMP =
  /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/

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
  const refuse = (node: YamlNode, what: string): never => {
    const line = node.range ? lineAt(text, node.range[0]) : undefined
    throw new DocumentError(path, `${path}${line ? ` line ${line}` : ''}: ${what}`, line)
  }
  // yaml's visitor calls only the most specific handler, so every kind of node checks its tag.
  const refuseTag = (node: YamlNode): void => {
    if (!isAlias(node) && node.tag) {
      refuse(
        node,
        `the tag ${node.tag} has no JSON equivalent; remove the tag and write a plain JSON value`
      )
    }
  }
  visit(doc, {
    Map(_key, node) {
      refuseTag(node)
    },
    Seq(_key, node) {
      refuseTag(node)
    },
    Pair(_key, pair) {
      const key = pair.key
      if (key !== null && !isScalar(key))
        refuse(pair.value as YamlNode, 'a mapping key must be a plain string')
      if (isScalar(key) && key.type === 'PLAIN' && key.value === '<<') {
        refuse(key, 'merge keys (<<) are not part of YAML 1.2 or JSON; write the merged keys out')
      }
      if (isScalar(key) && key.value === '__proto__') {
        refuse(key, 'a "__proto__" key may change a JavaScript reader\'s prototype; remove it')
      }
    },
    Scalar(_key, node) {
      refuseTag(node)
      const value = node.value
      if (node.type === 'PLAIN' && typeof value === 'string' && YAML_TIMESTAMP.test(value)) {
        refuse(
          node,
          `"${value}" reads as a date in some YAML tools and a string in others; quote it`
        )
      }
      if (typeof value === 'number' && !Number.isFinite(value)) {
        refuse(node, `${node.source ?? value} is not a number JSON can represent`)
      }
      if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
        refuse(
          node,
          `${node.source ?? value} is too large to be represented exactly; quote it as a string`
        )
      }
      const inexact =
        typeof value === 'number' && node.source !== undefined && inexactNumber(node.source)
      if (inexact) refuse(node, inexact)
    }
  })
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
  const problem = jsonValueProblem(value)
  if (problem) throw new DocumentError(path, `${path} ${problem.message}`)
  return value
}

/** Reads the spec (JSON, or YAML by its .yaml/.yml extension) and computes its spec_hash. */
export async function readSpec(
  absolutePath: string,
  path: string,
  confine?: string
): Promise<SpecDocument> {
  const bytes = await readDocumentBytes(absolutePath, path, {
    confine,
    missing: `${path} does not exist; check the spec input (it is relative to the workspace)`
  })
  const isYaml = ['.yaml', '.yml'].includes(extname(path).toLowerCase())
  const value = isYaml
    ? parseYamlSpec(path, bytes.toString('utf8'))
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
    const spec = await readSpec(ref.absolute, ref.path, ref.confine)
    return { readable: true, path: ref.path, specHash: spec.specHash }
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    return { readable: false, ...unreadable(error) }
  }
}
