// JSON-LD read as JSON-LD: prefixes, aliases and contexts resolved by the jsonld library, so
// `dct:license`, `http://purl.org/dc/terms/license` and a context alias all mean the same.
// Contexts come only from the document itself or from those bundled with the action; any other
// remote context is an error, never a network fetch (docs/decisions.md, "Catalog triplet").
import { randomUUID } from 'node:crypto'
import type jsonld from 'jsonld'
import { expandPlain } from './expand-plain.js'
import { flattenExpanded, type LdNode } from './node-map.js'

export type { LdNode } from './node-map.js'

/** Remote contexts the action carries. None is needed by the formats it reads today. */
const BUNDLED_CONTEXTS: Readonly<Record<string, unknown>> = {}

/**
 * Relative IRIs are resolved against the document's own location under this base, so they can be
 * mapped back to dataset-root paths, and one that climbs out of the root is visible as such. The
 * base holds a token drawn for each run: a document cannot write an absolute IRI that lands in
 * the root by a path the gate did not resolve itself (it would have to guess the token).
 */
export const ROOT_BASE = `file:///kfm-dataset-root-${randomUUID()}/`

class RemoteContextRefused extends Error {
  constructor(readonly url: string) {
    super(`the remote JSON-LD context ${url} is not bundled with the action`)
  }
}

/**
 * The library's RFC 3986 functions (jsonld.url, untyped): prependBase takes the base as a string
 * or as parse gives it.
 */
interface LibraryUrl {
  parse(iri: string): object
  prependBase(base: object, iri: string): string
}

// The jsonld typings describe the loader loosely; this is the shape the library calls.
const documentLoader = async (
  url: string
): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> => {
  const bundled = BUNDLED_CONTEXTS[url]
  if (bundled === undefined) throw new RemoteContextRefused(url)
  return { contextUrl: null, documentUrl: url, document: bundled }
}

function findCause(error: unknown): RemoteContextRefused | undefined {
  let current: unknown = error
  for (let depth = 0; current && depth < 8; depth++) {
    if (current instanceof RemoteContextRefused) return current
    const record = current as { cause?: unknown; details?: { cause?: unknown } }
    current = record.details?.cause ?? record.cause
  }
  return undefined
}

/** A parsed document handed over to flattenJsonLd, which lets go of it once it is expanded. */
export interface HandedOver {
  value: unknown
}

/**
 * Flattens a JSON-LD document into its nodes; throws an Error whose message a user can act on.
 * The parsed document is let go (`parsed.value` emptied) once expanded: a DCAT document of
 * 100,000 distributions (30 MB parsed) is not held beside the graph made from it.
 */
export async function flattenJsonLd(
  parsed: HandedOver,
  rootRelativePath: string
): Promise<LdNode[]> {
  try {
    // The library expands (contexts, prefixes, aliases, base IRIs); the flattening is ours, the
    // library's algorithm with linear de-duplication (node-map.ts). No context: the flattened
    // graph stays in expanded form, full IRIs as keys.
    // Loaded on first use: a run whose catalogs hold no JSON-LD never pays for it.
    const { default: processor } = await import('jsonld')
    const base = ROOT_BASE + rootRelativePath
    // A plain document is expanded here, with the library's own IRI resolution (against the
    // base parsed once); any other by the library (expand-plain.ts).
    const { url } = processor as unknown as { url: LibraryUrl }
    const parsedBase = url.parse(base)
    const expanded =
      expandPlain(parsed.value, (iri) => url.prependBase(parsedBase, iri)) ??
      (await processor.expand(
        parsed.value as jsonld.JsonLdDocument,
        {
          base,
          documentLoader: documentLoader as unknown as jsonld.Options.DocLoader['documentLoader']
        } as jsonld.Options.Expand
      ))
    parsed.value = undefined
    return flattenExpanded(expanded)
  } catch (error) {
    const refused = findCause(error)
    if (refused) {
      throw new Error(
        `it uses ${refused.message}, and the action never fetches from the network; inline the context in the document`
      )
    }
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`it is not valid JSON-LD: ${message}`)
  }
}

/** IRIs of the values of a property (node references and IRI-typed values). */
export function iris(node: LdNode, property: string): string[] {
  const values = node[property]
  if (!Array.isArray(values)) return []
  return values.flatMap((v: unknown) => {
    const id = (v as { '@id'?: unknown })['@id']
    return typeof id === 'string' ? [id] : []
  })
}

/** Literal values of a property, as strings. */
export function literals(node: LdNode, property: string): string[] {
  const values = node[property]
  if (!Array.isArray(values)) return []
  return values.flatMap((v: unknown) => {
    const value = (v as { '@value'?: unknown })['@value']
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? [String(value)]
      : []
  })
}

/** Every literal string anywhere on a node (any property). */
export function allLiterals(node: LdNode): string[] {
  return Object.keys(node)
    .filter((key) => !key.startsWith('@'))
    .flatMap((key) => literals(node, key))
}

/** The root-relative path an IRI names, `outside` when it climbs out of the root, or undefined for a web URL. */
export function rootPathOfIri(iri: string): string | 'outside' | undefined {
  if (!iri.startsWith('file:')) return undefined
  if (!iri.startsWith(ROOT_BASE)) return 'outside'
  try {
    return decodeURIComponent(iri.slice(ROOT_BASE.length).split(/[?#]/)[0]!)
  } catch {
    return 'outside'
  }
}
