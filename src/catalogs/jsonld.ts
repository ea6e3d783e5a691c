// JSON-LD read as JSON-LD: prefixes, aliases and contexts resolved by the jsonld library, so
// `dct:license`, `http://purl.org/dc/terms/license` and a context alias all mean the same.
// Contexts come only from the document itself or from those bundled with the action; any other
// remote context is an error, never a network fetch (DECISIONS.md, "Catalog triplet").
import { randomUUID } from 'node:crypto'
import type jsonld from 'jsonld'
import { flattenExpanded, type LdNode } from './node-map.js'

export type { LdNode } from './node-map.js'

/** Remote contexts the action carries. None is needed by the formats it reads today. */
export const BUNDLED_CONTEXTS: Readonly<Record<string, unknown>> = {}

/**
 * Relative IRIs are resolved against the document's own location under this base, so they can be
 * mapped back to dataset-root paths, and one that climbs out of the root is visible as such. The
 * base holds a token drawn for each run: a document cannot write an absolute IRI that lands in
 * the root by a path the gate did not resolve itself (it would have to guess the token).
 */
export const ROOT_BASE = `file:///kfm-dataset-root-${randomUUID()}/`

export class RemoteContextRefused extends Error {
  constructor(readonly url: string) {
    super(`the remote JSON-LD context ${url} is not bundled with the action`)
  }
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

/** Flattens a JSON-LD document into its nodes; throws an Error whose message a user can act on. */
export async function flattenJsonLd(
  document: unknown,
  rootRelativePath: string
): Promise<LdNode[]> {
  try {
    // The library expands (contexts, prefixes, aliases, base IRIs); the flattening is ours, the
    // library's algorithm with linear de-duplication (node-map.ts). No context: the flattened
    // graph stays in expanded form, full IRIs as keys.
    // Loaded on first use: a run whose catalogs hold no JSON-LD never pays for it.
    const { default: processor } = await import('jsonld')
    const expanded = await processor.expand(
      document as jsonld.JsonLdDocument,
      {
        base: ROOT_BASE + rootRelativePath,
        documentLoader: documentLoader as unknown as jsonld.Options.DocLoader['documentLoader']
      } as jsonld.Options.Expand
    )
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
