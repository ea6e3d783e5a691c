// One of Ajv's errors as a sentence: where, what is wrong and, where the schema tells (a
// property's `description`, else its type, enum and pattern), what must be there. A reader
// fixing a receipt by hand learns the shape from the message, not from the schema file.
// model/json-schema.ts explains a whole list of errors with it (model/schema-branches.ts folds
// the branches of a oneOf/anyOf first, for the STAC schemas).
import type { ErrorObject } from 'ajv'
import { isRecord } from './json.js'

export interface SchemaProblem {
  /** JSON path of the offending value, as keys and indexes. */
  location: Array<string | number>
  /** `/artifacts/0 is missing "digest"` */
  text: string
}

/** A JSON Schema object, as read from schemas/. */
export type JsonSchema = Record<string, unknown>

/** An error's instance path as keys and indexes. */
export function pathOf(instancePath: string): Array<string | number> {
  if (instancePath === '') return []
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

/** The value at a path of a document, or undefined. */
export function valueAt(root: unknown, path: Array<string | number>): unknown {
  let value = root
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string | number, unknown>)[key]
  }
  return value
}

export const jsonType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

/** A value as a sentence quotes it: JSON, cut short (it is someone else's text). */
function quotedValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

// ---- What the schema says a value must be -------------------------------------------------------

/** The schema a local `$ref` (`#/$defs/digest`) points to; the schema itself without one. */
function resolved(root: JsonSchema, schema: JsonSchema): JsonSchema {
  let at = schema
  for (let hops = 0; hops < 8 && typeof at.$ref === 'string' && at.$ref.startsWith('#/'); hops++) {
    const target = valueAt(root, pathOf(at.$ref.slice(1)))
    if (!isRecord(target)) break
    at = target
  }
  return at
}

/** The schema of the value at `location` (as written, before its $ref), where one says. */
function schemaAt(root: JsonSchema, location: ReadonlyArray<string | number>) {
  let at: JsonSchema | undefined = root
  for (const key of location) {
    if (!at) return undefined
    const parent = resolved(root, at)
    const child: unknown =
      typeof key === 'number'
        ? parent.items
        : isRecord(parent.properties)
          ? parent.properties[key]
          : undefined
    at = isRecord(child) ? child : undefined
  }
  return at
}

const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`)

/** The shape a schema's keywords give, when it has no description. */
function keywordShape(root: JsonSchema, schema: JsonSchema, depth: number): string | undefined {
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map(quotedValue).join(', ')}`
  if ('const' in schema) return quotedValue(schema.const)
  if (schema.type === 'object') {
    const required = Array.isArray(schema.required) ? schema.required.map(String) : []
    return required.length > 0
      ? `an object with ${required.map((name) => `"${name}"`).join(', ')}`
      : 'an object'
  }
  if (schema.type === 'array') {
    const items = isRecord(schema.items) && depth < 2 ? shapeOf(root, schema.items, depth + 1) : ''
    const list =
      typeof schema.minItems === 'number' && schema.minItems > 0 ? 'a non-empty list' : 'a list'
    return items ? `${list}, each ${items}` : list
  }
  if (schema.type === 'string') {
    if (schema.format === 'date-time') return 'an RFC 3339 date-time (2026-02-20T13:00:00Z)'
    if (typeof schema.pattern === 'string') return `a string matching ${schema.pattern}`
    return schema.minLength === 1 ? 'a non-empty string' : 'a string'
  }
  return typeof schema.type === 'string' ? article(schema.type) : undefined
}

/** A schema's description as the middle of a sentence: no closing period, no capital but an acronym's. */
function described(schema: JsonSchema): string | undefined {
  if (typeof schema.description !== 'string') return undefined
  const text = schema.description.trim().replace(/\.$/, '')
  return /^[A-Z][a-z]/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text
}

/**
 * What a value must be, in words: its own description, then what its $ref's target says (its
 * description, else its keywords). `the digest of the QA report file, sha256: followed by 64
 * lowercase hex characters`.
 */
function shapeOf(root: JsonSchema, schema: JsonSchema, depth = 0): string | undefined {
  const own = described(schema)
  const target = resolved(root, schema)
  if (target === schema) return own ?? keywordShape(root, schema, depth)
  const referenced = described(target) ?? keywordShape(root, target, depth)
  return [own, referenced].filter((part) => part !== undefined).join(', ') || undefined
}

/** The keywords a sentence about a value replaces with what the schema says it must be. */
const SHAPED = new Set(['type', 'pattern', 'format', 'minLength', 'minItems', 'not'])

/**
 * One of Ajv's errors as a sentence: where, what is wrong and, given the schema, what must be
 * there. `value` is the whole document validated.
 */
export function describeSchemaError(
  error: ErrorObject,
  value: unknown,
  schema?: JsonSchema
): string {
  const where = error.instancePath === '' ? 'the document' : error.instancePath
  const location = pathOf(error.instancePath)
  const found = valueAt(value, location)
  if (error.keyword === 'required') {
    const name = String(error.params.missingProperty)
    const child = schema && schemaAt(schema, [...location, name])
    const shape = schema && child && shapeOf(schema, child)
    return `${where} is missing "${name}"${shape ? `: it must be ${shape}` : ''}`
  }
  if (schema && SHAPED.has(error.keyword)) {
    const own = schemaAt(schema, location)
    const shape = own && shapeOf(schema, own)
    if (shape) return `${where} is ${quotedValue(found)}; it must be ${shape}`
  }
  switch (error.keyword) {
    case 'additionalProperties':
      return `${where} has the unknown property "${String(error.params.additionalProperty)}"`
    case 'type':
      return `${where} must be ${[error.params.type].flat().join(' or ')}, not ${jsonType(found)}`
    case 'enum':
      return `${where} is ${quotedValue(found)}; it must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    case 'const':
      return `${where} is ${quotedValue(found)}; it must be ${JSON.stringify(error.params.allowedValue)}`
    case 'not':
      return found === null ? `${where} must not be null` : `${where} is not allowed here`
    default:
      return `${where} ${error.message ?? 'is invalid'}`
  }
}
