// Reads every catalog file of the inventory, recognises it by content as DCAT, STAC or PROV, and
// reads it into its view. A file that cannot be read, or read as what it claims to be, is
// reported with the reason; gate D turns that into its violation.
import path from 'node:path'
import {
  DocumentError,
  jsonDocumentOf,
  readDocumentBytes,
  type JsonDocument
} from '../documents/json-document.js'
import { digestsIn, searchableText } from '../documents/mentions.js'
import type { InventoryEntry } from '../inventory/inventory.js'
import { readDcat } from './dcat.js'
import { flattenJsonLd } from './jsonld.js'
import { isProvO, PROV_JSON_SECTIONS, provJsonProblems, readProvJson, readProvO } from './prov.js'
import { isStac, readStac, validateStac, type StacExtensionSchemas } from './stac.js'
import type { CatalogDocument, CatalogKind } from './views.js'
import { isRecord } from '../model/json.js'

function isJsonLd(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isJsonLd)
  return isRecord(value) && ('@context' in value || '@graph' in value)
}

function isProvJson(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    PROV_JSON_SECTIONS.some((section) => section in value) &&
    !('@context' in value)
  )
}

/** Why a catalog file could not be read into a view, by what it failed to be. */
export interface UnreadableCatalog {
  failed: 'json' | 'stac' | 'jsonld' | 'prov-json' | 'recognition'
  /** Workspace-relative path. */
  path: string
  /** One sentence per problem found (a STAC document may break several schema rules). */
  problems: Array<{ message: string; line?: number }>
  /** What its bytes still say, when they could be read: for linking what it would have covered. */
  mentions?: CatalogMentions
}

export interface CatalogMentions {
  /** The digests in its text (`sha256:` and lowercase hex). */
  digests: Set<string>
  /** The catalog kinds it was read as, or whose vocabulary its text uses. */
  kinds: CatalogKind[]
}

/** Marks in a text that say which vocabulary it was written in. */
const VOCABULARY: ReadonlyArray<[CatalogKind, readonly string[]]> = [
  ['dcat', ['http://www.w3.org/ns/dcat#', '"dcat:']],
  ['stac', ['"stac_version"']],
  ['prov', ['http://www.w3.org/ns/prov#', '"prov:', '"entity"', '"activity"', '"wasGeneratedBy"']]
]

/**
 * What an unreadable catalog's bytes say. A STAC or PROV-JSON document that failed its checks was
 * recognised as that; any other is taken as the kinds whose vocabulary its text uses.
 */
function mentionsOf(failed: UnreadableCatalog['failed'], bytes: Buffer): CatalogMentions {
  const text = searchableText(bytes)
  const recognised: Partial<Record<UnreadableCatalog['failed'], CatalogKind>> = {
    stac: 'stac',
    'prov-json': 'prov'
  }
  const known = recognised[failed]
  const kinds = known
    ? [known]
    : VOCABULARY.filter(([, marks]) => marks.some((mark) => text.includes(mark))).map(
        ([kind]) => kind
      )
  return { digests: digestsIn(text), kinds }
}

export interface CatalogReading {
  documents: CatalogDocument[]
  unreadable: UnreadableCatalog[]
}

type Outcome = { document: CatalogDocument } | { unreadable: UnreadableCatalog }

export interface CatalogReadOptions {
  /** Schemas of STAC extensions that are not bundled, given as local files (URL → compiled). */
  stacExtensionSchemas?: StacExtensionSchemas
}

function unreadableAs(
  failed: UnreadableCatalog['failed'],
  display: string,
  problems: Array<{ message: string; line?: number }>,
  bytes: Buffer | undefined
): Outcome {
  const unreadable: UnreadableCatalog = { failed, path: display, problems }
  if (bytes) unreadable.mentions = mentionsOf(failed, bytes)
  return { unreadable }
}

/** A STAC document: its view when the official schemas accept it, else what they say. */
async function readStacDocument(
  value: Record<string, unknown>,
  json: JsonDocument,
  document: CatalogDocument,
  options: CatalogReadOptions
): Promise<Outcome> {
  const { display } = document
  const validation = await validateStac(value, options.stacExtensionSchemas)
  if (validation.problems.length === 0) {
    document.kinds.push('stac')
    document.stac = readStac(value, validation)
    return { document }
  }
  const what = value.type === 'Feature' ? 'Item' : String(value.type)
  const against =
    validation.schemaVersion === undefined ? 'STAC' : `STAC ${validation.schemaVersion}`
  return unreadableAs(
    'stac',
    display,
    validation.problems.map((p) => ({
      message: `${display} is not valid ${p.extension === undefined ? against : `for the STAC extension ${p.extension}`}: ${p.text.replace(/^the document/, `the ${what}`)}.`,
      line: json.lineOf(p.location) ?? 1
    })),
    json.bytes
  )
}

/** DCAT and PROV-O, read from the expanded JSON-LD; undefined when it expands. */
async function readJsonLdDocument(
  json: JsonDocument,
  document: CatalogDocument
): Promise<Outcome | undefined> {
  let nodes
  try {
    nodes = await flattenJsonLd(json.value, document.path)
  } catch (error) {
    const message = `${document.display} cannot be read as JSON-LD: ${(error as Error).message}.`
    return unreadableAs('jsonld', document.display, [{ message, line: 1 }], json.bytes)
  }
  const datasets = readDcat(nodes)
  if (datasets.length > 0) {
    document.kinds.push('dcat')
    document.dcat = datasets
  }
  if (isProvO(nodes)) {
    document.kinds.push('prov')
    document.prov = readProvO(nodes)
  }
  return undefined
}

function readProvJsonDocument(
  value: Record<string, unknown>,
  json: JsonDocument,
  document: CatalogDocument
): Outcome | undefined {
  const problems = provJsonProblems(value)
  if (problems.length > 0)
    return unreadableAs(
      'prov-json',
      document.display,
      problems.map((p) => ({
        message: `${document.display} is not well-formed PROV-JSON: ${p}.`,
        line: 1
      })),
      json.bytes
    )
  document.kinds.push('prov')
  document.prov = readProvJson(value)
  return undefined
}

async function readOne(
  root: string,
  entry: InventoryEntry,
  display: string,
  options: CatalogReadOptions
): Promise<Outcome> {
  let json: JsonDocument
  // Kept when the bytes were read but do not parse: what they say is still evidence.
  let bytes: Buffer | undefined
  try {
    bytes = await readDocumentBytes(path.join(root, entry.path), display)
    json = jsonDocumentOf(display, bytes)
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    const message = `${error.message}. Catalog files must be JSON or JSON-LD.`
    return unreadableAs('json', display, [{ message, line: error.line }], bytes)
  }
  const document: CatalogDocument = {
    path: entry.path,
    display,
    digest: json.digest,
    kinds: [],
    // The line finders alone: they hold the text, not the document's bytes and parsed value,
    // which a release of 100,000 catalog files could not keep all at once.
    lineOf: json.lineOf,
    lineOfText: json.lineOfText
  }
  const value = json.value
  if (isStac(value)) return readStacDocument(value, json, document, options)
  const failed = isJsonLd(value)
    ? await readJsonLdDocument(json, document)
    : isProvJson(value)
      ? readProvJsonDocument(value, json, document)
      : undefined
  if (failed) return failed
  if (document.kinds.length === 0) {
    const message = `${display} is neither DCAT (JSON-LD with a dcat:Dataset), STAC (stac_version with type Catalog, Collection or Feature) nor PROV (PROV-JSON, or PROV-O in JSON-LD); narrow the catalogs patterns to the catalog files.`
    return unreadableAs('recognition', display, [{ message, line: 1 }], json.bytes)
  }
  return { document }
}

/** Catalog files read at once; well under a 1,024 open-file limit. */
export const OPEN_AT_ONCE = 64

export async function readCatalogs(
  root: string,
  entries: readonly InventoryEntry[],
  display: (relative: string) => string,
  options: CatalogReadOptions = {}
): Promise<CatalogReading> {
  // A bounded number of files open at once, whatever the number of catalogs: past the process's
  // open-file limit, a read fails with EMFILE, which would read as an invalid catalog.
  const results: Outcome[] = []
  for (let start = 0; start < entries.length; start += OPEN_AT_ONCE) {
    const batch = entries.slice(start, start + OPEN_AT_ONCE)
    results.push(
      ...(await Promise.all(
        batch.map((entry) => readOne(root, entry, display(entry.path), options))
      ))
    )
  }
  return {
    documents: results.flatMap((r) => ('document' in r ? [r.document] : [])),
    unreadable: results.flatMap((r) => ('unreadable' in r ? [r.unreadable] : []))
  }
}
