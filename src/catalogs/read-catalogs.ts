// Reads every catalog file of the inventory, recognises it by content as DCAT, STAC or PROV, and
// reads it into its view. A file that cannot be read, or read as what it claims to be, is
// reported with the reason; gate D turns that into its violation.
import path from 'node:path'
import { bytesAgain, readDocumentBytes } from '../documents/document-bytes.js'
import { DocumentError } from '../documents/document-error.js'
import { jsonDocumentOf, type JsonDocument } from '../documents/json-document.js'
import { rereadLines, type LineFinders } from '../documents/line-finders.js'
import type { InventoryEntry } from '../inventory/entry.js'
import { readDcat } from './dcat.js'
import { flattenJsonLd, type HandedOver } from './jsonld.js'
import { isProvO, PROV_JSON_SECTIONS, provJsonProblems, readProvJson, readProvO } from './prov.js'
import { isStac, readStac, validateStac, type StacExtensionSchemas } from './stac.js'
import { headMentions, unreadableAs, type UnreadableCatalog } from './unreadable-catalog.js'
import type { CatalogDocument, CatalogKind, DcatDataset, ProvView, StacView } from './views.js'
import { isRecord } from '../model/json.js'

export type { UnreadableCatalog } from './unreadable-catalog.js'

/**
 * A catalog document as read. It keeps neither its text, bytes nor parsed value, which a release
 * of 100,000 catalog files could not hold all at once: its line finders, and what an unreadable
 * one's bytes say, read the file again when a violation asks, while it has the digest it was
 * read with (bytesAgain). Methods, not closures, so an item that passes costs no function objects.
 */
class ReadCatalog implements CatalogDocument {
  kinds: CatalogKind[] = []
  declare dcat?: DcatDataset[]
  declare stac?: StacView
  declare prov?: ProvView
  readonly #root: string
  #lines?: LineFinders

  constructor(
    root: string,
    readonly path: string,
    readonly display: string,
    readonly digest: string
  ) {
    this.#root = root
  }

  lineOf(location: Array<string | number>): number | undefined {
    return this.#finders().lineOf(location)
  }

  lineOfText(text: string): number | undefined {
    return this.#finders().lineOfText(text)
  }

  /** Its bytes read again, while they are the bytes it was read with. */
  bytesAgain(): Buffer | undefined {
    return bytesAgain(path.join(this.#root, this.path), this.digest)
  }

  #finders(): LineFinders {
    this.#lines ??= rereadLines(path.join(this.#root, this.path), this.digest)
    return this.#lines
  }
}

/** Records what a document was read as, in an array of exactly its length (see tight). */
function recognise(document: CatalogDocument, kind: CatalogKind): void {
  document.kinds = [...document.kinds, kind]
}

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

export interface CatalogReading {
  documents: CatalogDocument[]
  unreadable: UnreadableCatalog[]
}

type Outcome = { document: CatalogDocument } | { unreadable: UnreadableCatalog }

interface CatalogReadOptions {
  /** Schemas of STAC extensions that are not bundled, given as local files (URL → compiled). */
  stacExtensionSchemas?: StacExtensionSchemas
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
    recognise(document, 'stac')
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

/**
 * DCAT and PROV-O, read from the expanded JSON-LD. Given the parsed value alone (handed over, to
 * be let go once expanded), not the document's bytes and text: a failure reads them again.
 */
async function readJsonLdDocument(parsed: HandedOver, document: ReadCatalog): Promise<Outcome> {
  let nodes
  try {
    nodes = await flattenJsonLd(parsed, document.path)
  } catch (error) {
    const message = `${document.display} cannot be read as JSON-LD: ${(error as Error).message}.`
    return unreadableAs('jsonld', document.display, [{ message, line: 1 }], document.bytesAgain())
  }
  const datasets = readDcat(nodes)
  if (datasets.length > 0) {
    recognise(document, 'dcat')
    document.dcat = datasets
  }
  if (isProvO(nodes)) {
    recognise(document, 'prov')
    document.prov = readProvO(nodes)
  }
  return recognised(document, () => document.bytesAgain())
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
  recognise(document, 'prov')
  document.prov = readProvJson(value)
  return undefined
}

/** The document, when it was read as DCAT, STAC or PROV; else why it was read as none. */
function recognised(document: CatalogDocument, bytes: () => Buffer | undefined): Outcome {
  if (document.kinds.length > 0) return { document }
  const message = `${document.display} is neither DCAT (JSON-LD with a dcat:Dataset), STAC (stac_version with type Catalog, Collection or Feature) nor PROV (PROV-JSON, or PROV-O in JSON-LD); narrow the catalogs patterns to the catalog files.`
  return unreadableAs('recognition', document.display, [{ message, line: 1 }], bytes())
}

/** A catalog file read and parsed, or why it is not JSON (with what its bytes say). */
async function readCatalogFile(absolute: string, display: string): Promise<JsonDocument | Outcome> {
  // Kept when the bytes were read but do not parse: what they say is still evidence.
  let bytes: Buffer | undefined
  try {
    bytes = await readDocumentBytes(absolute, display)
    return jsonDocumentOf(display, bytes)
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    const message = `${error.message}. Catalog files must be JSON or JSON-LD.`
    const outcome = unreadableAs('json', display, [{ message, line: error.line }], bytes)
    if (!bytes) outcome.unreadable.mentions = headMentions(absolute)
    return outcome
  }
}

/** A parsed catalog file into its view, by what its content is. */
function readAs(
  json: JsonDocument,
  document: ReadCatalog,
  options: CatalogReadOptions
): Outcome | Promise<Outcome> {
  const { value } = json
  if (isStac(value)) return readStacDocument(value, json, document, options)
  // The value alone: the document's bytes and text are not held while it is expanded.
  if (isJsonLd(value)) return readJsonLdDocument({ value }, document)
  const failed = isProvJson(value) ? readProvJsonDocument(value, json, document) : undefined
  return failed ?? recognised(document, () => json.bytes)
}

/** Not async: no frame of its own holds the document while readAs works on it. */
function readOne(
  root: string,
  entry: InventoryEntry,
  display: string,
  options: CatalogReadOptions
): Promise<Outcome> {
  return readCatalogFile(path.join(root, entry.path), display).then((json) => {
    if (!('value' in json)) return json
    // The inventory's string when the two agree: one copy of each digest for 100,000 items.
    const digest = json.digest === entry.digest ? entry.digest : json.digest
    return readAs(json, new ReadCatalog(root, entry.path, display, digest), options)
  })
}

export async function readCatalogs(
  root: string,
  entries: readonly InventoryEntry[],
  display: (relative: string) => string,
  options: CatalogReadOptions = {}
): Promise<CatalogReading> {
  // One file at a time: one open at once, whatever the number of catalogs (past the process's
  // open-file limit, a read would fail with EMFILE, which would read as an invalid catalog), and
  // one document's text, value and JSON-LD expansion in memory at once. Reading several at once
  // gains nothing: the reads are synchronous and the rest is work for this one thread.
  const results: Outcome[] = []
  for (const entry of entries)
    results.push(await readOne(root, entry, display(entry.path), options))
  return {
    documents: results.flatMap((r) => ('document' in r ? [r.document] : [])),
    unreadable: results.flatMap((r) => ('unreadable' in r ? [r.unreadable] : []))
  }
}
