// The STAC extension schemas a workflow gives as local files (stac-extension-schemas), read and
// compiled once per run with Ajv. Every $ref must resolve to one of the given schemas or to the
// bundled GeoJSON schemas: nothing is fetched. A file that cannot be read or compiled stops the
// run with a sentence naming it: validating against a schema that is not there would be a
// silent pass.
import type { Ajv, ValidateFunction } from 'ajv'
import { readDocument, type DocumentRef } from '../documents/read-document.js'
import { extensionModules } from '../generated/validators.stac.js'
import { isRecord } from '../model/json.js'
import { normalizeUrl } from './stac-schema-choice.js'

/** Extension schemas given by the user, compiled: URL → validator. */
export type StacExtensionSchemas = ReadonlyMap<string, ValidateFunction>

/** A user-given extension schema that cannot be used; nothing is fetched to make it usable. */
export class StacSchemaError extends Error {}

export async function readStacExtensionSchemas(
  given: ReadonlyArray<{ url: string; file: DocumentRef }>
): Promise<StacExtensionSchemas> {
  const schemas = new Map<string, unknown>()
  for (const { url, file } of given) {
    const document = await readDocument(file)
    if (!document.readable)
      throw new StacSchemaError(
        `stac-extension-schemas: the schema for ${url}: ${document.message}.`
      )
    schemas.set(url, document.value)
  }
  return compileStacExtensionSchemas(schemas)
}

type Draft = 'draft-07' | '2019-09' | '2020-12'

const DRAFTS: Record<string, Draft> = {
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft/2019-09/schema': '2019-09',
  'https://json-schema.org/draft/2020-12/schema': '2020-12'
}

const META_SCHEMAS = new Set(Object.keys(DRAFTS))

/** What compiling uses of an Ajv of any draft. */
type SchemaCompiler = Pick<Ajv, 'addSchema' | 'validateSchema' | 'errorsText' | 'getSchema'> & {
  errors?: Ajv['errors']
}

/**
 * Compiles extension schemas given as local files (URL as named in stac_extensions → the parsed
 * schema), with Ajv, at run time. A URL whose schema is bundled cannot be replaced. Throws
 * StacSchemaError, naming the URL, when a schema cannot be compiled.
 */
export async function compileStacExtensionSchemas(
  schemas: ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>
): Promise<StacExtensionSchemas> {
  const entries = schemas instanceof Map ? [...schemas.entries()] : Object.entries(schemas)
  const compiled = new Map<string, ValidateFunction>()
  if (entries.length === 0) return compiled
  const { ajv, registered } = await compilerFor(draftsOf(entries))
  for (const [url, schema] of entries) {
    // Registered under the URL documents name it by, whatever its own $id says.
    const withId = { ...(schema as Record<string, unknown>), $id: normalizeUrl(url) }
    if (!ajv.validateSchema(withId))
      throw new StacSchemaError(
        `The schema given for ${url} is not a valid JSON Schema: ${ajv.errorsText(ajv.errors)}.`
      )
    ajv.addSchema(withId)
    registered.set(normalizeUrl(url), withId)
  }
  // Every $ref must name a given or bundled schema, and a part of it that exists: nothing is
  // fetched, and a schema that cannot be compiled is said to be so here, naming what is missing.
  for (const [url] of entries) {
    const missing = missingRefs(registered.get(normalizeUrl(url)), normalizeUrl(url), registered)
    if (missing.length > 0)
      throw new StacSchemaError(
        `The schema given for ${url} references ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} neither bundled nor among the given schemas; nothing is fetched, so give ${missing.length === 1 ? 'that schema' : 'those schemas'} too.`
      )
  }
  for (const [url] of entries) compiled.set(normalizeUrl(url), ajv.getSchema(normalizeUrl(url))!)
  return compiled
}

/** The JSON Schema drafts the given schemas are written in; throws when one cannot be used. */
function draftsOf(entries: ReadonlyArray<[string, unknown]>): Set<Draft> {
  const drafts = new Set<Draft>()
  for (const [url, schema] of entries) {
    if (!URL.canParse(url))
      throw new StacSchemaError(
        `"${url}" is not an absolute URL, so no stac_extensions entry can name it.`
      )
    if (!isRecord(schema))
      throw new StacSchemaError(`The schema given for ${url} is not a JSON object.`)
    if (extensionModules[normalizeUrl(url)] !== undefined)
      throw new StacSchemaError(
        `A schema is given for ${url}, but that extension's official schema is bundled and is the one used; remove it from the given schemas.`
      )
    const declared = typeof schema.$schema === 'string' ? normalizeUrl(schema.$schema) : undefined
    const draft = declared === undefined ? 'draft-07' : DRAFTS[declared]
    if (draft === undefined)
      throw new StacSchemaError(
        `The schema given for ${url} is written in ${declared}, which cannot be validated here (JSON Schema draft-07, 2019-09 or 2020-12).`
      )
    drafts.add(draft)
  }
  if (drafts.has('2019-09') && drafts.has('2020-12'))
    throw new StacSchemaError(
      'The given extension schemas mix JSON Schema 2019-09 and 2020-12; give them in one of the two (draft-07 may go with either).'
    )
  return drafts
}

/**
 * An Ajv of the newest draft among those given, with the bundled GeoJSON schemas and formats the
 * STAC extensions use; Ajv is imported only when a workflow gives extension schemas.
 */
async function compilerFor(
  drafts: ReadonlySet<Draft>
): Promise<{ ajv: SchemaCompiler; registered: Map<string, unknown> }> {
  const { draft07MetaSchema, iri, iriReference, supportSchemas } =
    await import('../generated/stac/support.js')
  const { Ajv } = await import('ajv')
  const { Ajv2019 } = await import('ajv/dist/2019.js')
  const { Ajv2020 } = await import('ajv/dist/2020.js')
  // ajv-formats is CommonJS: its default export is module.exports, whose .default is the plugin.
  const addFormats = (await import('ajv-formats')).default.default
  const options = { strict: false, allErrors: true }
  const ajv = drafts.has('2020-12')
    ? new Ajv2020(options)
    : drafts.has('2019-09')
      ? new Ajv2019(options)
      : new Ajv(options)
  if (!(ajv instanceof Ajv)) ajv.addMetaSchema(draft07MetaSchema)
  addFormats(ajv, { mode: 'full' })
  ajv.addFormat('iri', iri)
  ajv.addFormat('iri-reference', iriReference)
  for (const schema of supportSchemas) ajv.addSchema(schema)
  const registered = new Map<string, unknown>(
    supportSchemas.map((schema) => [String(schema.$id), schema])
  )
  return { ajv, registered }
}

/** The $refs of a schema that name no registered schema, or a JSON pointer that leads nowhere. */
function missingRefs(schema: unknown, base: string, registered: ReadonlyMap<string, unknown>) {
  const missing: string[] = []
  const visit = (node: unknown, here: string): void => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, here))
    if (!isRecord(node)) return
    const at = typeof node.$id === 'string' ? new URL(node.$id, here).href : here
    if (typeof node.$ref === 'string') {
      const target = new URL(node.$ref, at)
      const document = normalizeUrl(target.href.replace(/#.*$/, ''))
      const fragment = decodeURIComponent(target.hash.slice(1))
      if (!META_SCHEMAS.has(document)) {
        const found = registered.get(document)
        if (found === undefined || (fragment.startsWith('/') && !pointsTo(found, fragment)))
          missing.push(node.$ref)
      }
    }
    for (const [key, value] of Object.entries(node))
      if (key !== 'enum' && key !== 'const') visit(value, at)
  }
  visit(schema, base)
  return [...new Set(missing)]
}

function pointsTo(document: unknown, pointer: string): boolean {
  let value = document
  for (const part of pointer.slice(1).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~')
    if (!isRecord(value) && !Array.isArray(value)) return false
    if (!Object.hasOwn(value, key)) return false
    value = (value as Record<string, unknown>)[key]
  }
  return true
}
