// JSON-LD expansion of the plain documents catalogs are mostly written as, without the jsonld
// library's generic machinery: one node object with an inline context of prefixes, compact or
// absolute IRIs as keys, strings, numbers, booleans, typed values, references and nested node
// objects as values. For those it gives what `jsonld.expand` gives, in a fifth of the time (a
// DCAT document of 20,000 distributions: 1 s in the library). Anything else (other keywords,
// term definitions beyond prefixes, @vocab, @base, @language, nulls, lists, @graph) gives
// undefined, and the library expands the document. __tests__/catalogs/expand-plain.test.ts holds
// the two to the same output on the reference documents and on generated ones.
import { isRecord } from '../model/json.js'

type JsonObject = Record<string, unknown>

/**
 * A reference resolved against the document's base IRI, by RFC 3986 as the jsonld library does
 * it (its url.prependBase).
 */
type ResolveIri = (iri: string) => string

interface PlainContext {
  /** Prefix → the IRI it stands for. */
  prefixes: Map<string, string>
  resolve: ResolveIri
}

/** What the jsonld library takes for an absolute IRI (its url.isAbsolute). */
const ABSOLUTE_IRI = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/
/** A prefix name: no colon, slash or "@", so never a keyword or an IRI. */
const PREFIX = /^[A-Za-z][A-Za-z0-9_-]*$/
/**
 * What a prefix may stand for: an http(s) IRI ending in "/" or "#", which makes it usable as a
 * prefix in JSON-LD 1.1 and expands to itself.
 */
const PREFIX_IRI = /^https?:\/\/[^\s"<>\\^`{|}]*[/#]$/

/** The prefixes of an inline context, or undefined for a context that is more than prefixes. */
function prefixesOf(context: unknown): Map<string, string> | undefined {
  if (!isRecord(context)) return undefined
  const prefixes = new Map<string, string>()
  for (const [term, iri] of Object.entries(context)) {
    if (!PREFIX.test(term) || typeof iri !== 'string' || !PREFIX_IRI.test(iri)) return undefined
    prefixes.set(term, iri)
  }
  return prefixes
}

/**
 * A string expanded to an IRI as the library's IRI expansion does it with these prefixes:
 * `vocab` for keys and types (a prefix alone stands for its IRI), `base` for identifiers and
 * types (a relative reference is resolved against the base). Undefined for a keyword or
 * anything that looks like one.
 */
function expandIri(
  context: PlainContext,
  value: string,
  { vocab, base }: { vocab: boolean; base: boolean }
): string | undefined {
  if (value.startsWith('@')) return undefined
  const term = vocab ? context.prefixes.get(value) : undefined
  if (term !== undefined) return term
  const colon = value.indexOf(':')
  if (colon > 0) {
    const prefix = value.slice(0, colon)
    const suffix = value.slice(colon + 1)
    if (prefix === '_' || suffix.startsWith('//')) return value
    const mapped = context.prefixes.get(prefix)
    if (mapped !== undefined) return mapped + suffix
    if (ABSOLUTE_IRI.test(value)) return value
  }
  return base ? context.resolve(value) : value
}

/** An absolute IRI that names no blank node: what a property or a type must expand to here. */
function namedIri(context: PlainContext, value: unknown, base: boolean): string | undefined {
  if (typeof value !== 'string') return undefined
  const iri = expandIri(context, value, { vocab: true, base })
  return iri !== undefined && ABSOLUTE_IRI.test(iri) && !iri.startsWith('_:') ? iri : undefined
}

/**
 * Each of a value or array of values through `expand`, in an array of exactly their number (see
 * tight); undefined when one gives undefined, or there are none.
 */
function each<T>(value: unknown, expand: (item: unknown) => T | undefined): T[] | undefined {
  const items = Array.isArray(value) ? value : [value]
  if (items.length === 0) return undefined
  const expanded = new Array<T>(items.length)
  for (const [index, item] of items.entries()) {
    const one = expand(item)
    if (one === undefined) return undefined
    expanded[index] = one
  }
  return expanded
}

function expandTypes(context: PlainContext, value: unknown): string[] | undefined {
  return each(value, (type) => namedIri(context, type, true))
}

/** A value object: `@value` a string, number or boolean, and at most an IRI `@type`. */
function expandValueObject(context: PlainContext, value: JsonObject): JsonObject | undefined {
  const literal = value['@value']
  if (!['string', 'number', 'boolean'].includes(typeof literal)) return undefined
  const keys = Object.keys(value)
  if (keys.length === 1) return { '@value': literal }
  if (keys.length !== 2 || !('@type' in value)) return undefined
  const type = namedIri(context, value['@type'], true)
  return type === undefined ? undefined : { '@type': type, '@value': literal }
}

/** One value of a property, expanded; undefined for what the plain subset leaves out. */
function expandItem(context: PlainContext, item: unknown): JsonObject | undefined {
  if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean')
    return { '@value': item }
  if (!isRecord(item)) return undefined
  if ('@value' in item) return expandValueObject(context, item)
  const keys = Object.keys(item)
  if (keys.length === 1 && keys[0] === '@id') {
    const id = item['@id']
    if (typeof id !== 'string') return undefined
    const iri = expandIri(context, id, { vocab: false, base: true })
    return iri === undefined ? undefined : { '@id': iri }
  }
  return keys.length === 0 ? undefined : expandNode(context, item, false)
}

function expandValues(context: PlainContext, value: unknown): JsonObject[] | undefined {
  return each(value, (item) => expandItem(context, item))
}

/**
 * A node object, its keys in code-unit order as the library takes them (so two keys for one
 * property give its values in that order too).
 */
function expandNode(context: PlainContext, node: JsonObject, top: boolean): JsonObject | undefined {
  const expanded: JsonObject = {}
  for (const key of Object.keys(node).sort()) {
    const value = node[key]
    if (key === '@context' && top) continue
    if (key === '@id') {
      const id =
        typeof value === 'string'
          ? expandIri(context, value, { vocab: false, base: true })
          : undefined
      if (id === undefined) return undefined
      expanded['@id'] = id
      continue
    }
    const property = key === '@type' ? '@type' : namedIri(context, key, false)
    const values =
      key === '@type' ? expandTypes(context, value) : property && expandValues(context, value)
    if (property === undefined || values === undefined) return undefined
    const before = expanded[property] as unknown[] | undefined
    expanded[property] = before === undefined ? values : [...before, ...values]
  }
  return expanded
}

/**
 * The expanded form of a plain JSON-LD document, as `jsonld.expand(document, { base })` gives
 * it when `resolve` resolves against that base, or undefined when the document is not plain
 * (the library then expands it).
 */
export function expandPlain(document: unknown, resolve: ResolveIri): JsonObject[] | undefined {
  if (!isRecord(document)) return undefined
  const prefixes = '@context' in document ? prefixesOf(document['@context']) : new Map()
  if (prefixes === undefined) return undefined
  const node = expandNode({ prefixes, resolve }, document, true)
  if (node === undefined) return undefined
  // The library drops a top-level node with nothing but an @id, or nothing at all.
  const keys = Object.keys(node)
  if (keys.length === 0 || (keys.length === 1 && keys[0] === '@id')) return undefined
  return [node]
}
