// Reads every catalog file of the inventory, recognises it by content as DCAT, STAC or PROV, and
// reads it into its view. Problems reading or recognising a file are gate D violations.
import path from 'node:path'
import { DocumentError, readJsonDocument, type JsonDocument } from '../documents/json-document.js'
import { violation, type Violation } from '../gates/violation.js'
import type { ViolationCode } from '../gates/codes.js'
import type { InventoryEntry } from '../inventory/inventory.js'
import { readDcat } from './dcat.js'
import { flattenJsonLd } from './jsonld.js'
import { isProvO, PROV_JSON_SECTIONS, provJsonProblems, readProvJson, readProvO } from './prov.js'
import { isStac, readStac, stacProblems } from './stac.js'
import type { CatalogDocument } from './views.js'
import { isRecord } from '../documents/json-document.js'

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

function lineOfTextIn(text: string): (needle: string) => number | undefined {
  return (needle) => {
    const at = text.indexOf(needle)
    return at < 0 ? undefined : text.slice(0, at).split('\n').length
  }
}

export interface CatalogReading {
  documents: CatalogDocument[]
  violations: Violation[]
}

async function readOne(
  root: string,
  entry: InventoryEntry,
  display: string
): Promise<{ document?: CatalogDocument; violations: Violation[] }> {
  const fail = (
    code: ViolationCode,
    message: string,
    line?: number
  ): { violations: Violation[] } => ({
    violations: [violation('D', code, display, message, line)]
  })
  let json: JsonDocument
  try {
    json = await readJsonDocument(path.join(root, entry.path), display)
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    return fail(
      'CATALOG_INVALID',
      `${error.message}. Catalog files must be JSON or JSON-LD.`,
      error.line
    )
  }
  const text = json.bytes.toString('utf8')
  const document: CatalogDocument = {
    path: entry.path,
    display,
    digest: json.digest,
    kinds: [],
    lineOf: (location) => json.lineOf(location),
    lineOfText: lineOfTextIn(text)
  }
  const value = json.value

  if (isStac(value)) {
    const problems = stacProblems(value)
    if (problems.length > 0) {
      return {
        violations: problems.map((p) =>
          violation(
            'D',
            'STAC_INVALID',
            display,
            `${display} breaks a STAC core rule: ${p.text.replace(/^the document/, `the ${String(value.type)}`)}.`,
            json.lineOf(p.location)
          )
        )
      }
    }
    document.kinds.push('stac')
    document.stac = readStac(value)
    return { document, violations: [] }
  }

  if (isJsonLd(value)) {
    let nodes
    try {
      nodes = await flattenJsonLd(value, entry.path)
    } catch (error) {
      return fail(
        'JSONLD_INVALID',
        `${display} cannot be read as JSON-LD: ${(error as Error).message}.`,
        1
      )
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
  } else if (isProvJson(value)) {
    const problems = provJsonProblems(value)
    if (problems.length > 0) {
      return {
        violations: problems.map((p) =>
          violation(
            'D',
            'PROV_INVALID',
            display,
            `${display} is not well-formed PROV-JSON: ${p}.`,
            1
          )
        )
      }
    }
    document.kinds.push('prov')
    document.prov = readProvJson(value)
  }

  if (document.kinds.length === 0) {
    return fail(
      'CATALOG_UNRECOGNISED',
      `${display} is neither DCAT (JSON-LD with a dcat:Dataset), STAC (stac_version with type Catalog, Collection or Feature) nor PROV (PROV-JSON, or PROV-O in JSON-LD); narrow the catalogs patterns to the catalog files.`,
      1
    )
  }
  return { document, violations: [] }
}

export async function readCatalogs(
  root: string,
  entries: readonly InventoryEntry[],
  display: (relative: string) => string
): Promise<CatalogReading> {
  const results = await Promise.all(
    entries.map((entry) => readOne(root, entry, display(entry.path)))
  )
  return {
    documents: results.flatMap((r) => (r.document ? [r.document] : [])),
    violations: results.flatMap((r) => r.violations)
  }
}
