// STAC as STAC's own tools judge it: a Catalog, Collection or Item is validated against the
// official STAC JSON Schemas of its stac_version (stac-schema-choice.ts), and against the schema
// of each extension it names in stac_extensions, bundled or given as a local file
// (extension-schemas.ts); an extension with no schema here is reported as unvalidated. Each
// bundled schema's validator is a module of its own, imported when a document first needs it,
// so a run loads the code of the versions and extensions its documents use, not all of it.
import type { ValidateFunction } from 'ajv'
import {
  coreModules,
  extensionModules,
  type StacValidatorModule
} from '../generated/validators.stac.js'
import { explainSchemaErrors, type SchemaProblem } from '../model/json-schema.js'
import { isRecord } from '../model/json.js'
import type { StacExtensionSchemas } from './extension-schemas.js'
import { normalizeUrl, schemaVersionFor, type StacType } from './stac-schema-choice.js'

/** The validator of each bundled schema whose module is imported, by the function importing it. */
const loadedValidators = new Map<StacValidatorModule, ValidateFunction>()
/** The imports under way, so that each module is imported once, however many documents ask. */
const loadingValidators = new Map<StacValidatorModule, Promise<void>>()

function loadValidator(load: StacValidatorModule): Promise<void> {
  let loading = loadingValidators.get(load)
  if (loading === undefined) {
    loading = load().then(({ validate }) => {
      loadedValidators.set(load, validate)
      loadingValidators.delete(load)
    })
    loadingValidators.set(load, loading)
  }
  return loading
}

export interface StacValidation {
  /** Every rule broken, each with the JSON path of the value; [] when the document is valid. */
  problems: Array<SchemaProblem & { extension?: string }>
  /** The bundled STAC version whose schemas judged the document (absent when none could). */
  schemaVersion?: string
  /** Why that version is not the document's own stac_version; for the summary. */
  versionNote?: string
  /** stac_extensions validated with a bundled or user-given schema. */
  validatedExtensions: string[]
  /** stac_extensions with no schema here: not validated, never fetched. */
  unvalidatedExtensions: string[]
}

/**
 * The modules of the bundled validators a document needs (its version's Catalog, Collection or
 * Item schema and the bundled schemas of the extensions it names), as validateStac picks them.
 */
function modulesFor(document: Record<string, unknown>): StacValidatorModule[] {
  const choice = schemaVersionFor(document.stac_version)
  if ('problem' in choice) return []
  const modules = [coreModules[choice.version]![document.type as StacType]]
  const named = Array.isArray(document.stac_extensions) ? document.stac_extensions : []
  for (const url of named) {
    const bundled = typeof url === 'string' ? extensionModules[normalizeUrl(url)] : undefined
    if (bundled !== undefined) modules.push(bundled)
  }
  return modules
}

/**
 * Imports the modules of the bundled validators a document needs that are not imported yet, each
 * once for the whole run; undefined when there are none to import.
 */
export function loadStacValidators(document: Record<string, unknown>): Promise<void> | undefined {
  const missing = modulesFor(document).filter((load) => !loadedValidators.has(load))
  if (missing.length === 0) return undefined
  return Promise.all(missing.map(loadValidator)).then(() => undefined)
}

/**
 * Validates a STAC document (isStac) against the official schemas of its version and extensions.
 * Async only to import, the first time one is needed, the module of a bundled validator.
 */
export function validateStac(
  document: Record<string, unknown>,
  extensionSchemas: StacExtensionSchemas = new Map()
): Promise<StacValidation> {
  const loading = loadStacValidators(document)
  return loading === undefined
    ? Promise.resolve(validateLoaded(document, extensionSchemas))
    : loading.then(() => validateLoaded(document, extensionSchemas))
}

/** validateStac, once the bundled validators the document needs are loaded. */
function validateLoaded(
  document: Record<string, unknown>,
  extensionSchemas: StacExtensionSchemas
): StacValidation {
  const result: StacValidation = {
    problems: [],
    validatedExtensions: [],
    unvalidatedExtensions: []
  }
  const choice = schemaVersionFor(document.stac_version)
  if ('problem' in choice) {
    result.problems.push({ location: choice.location, text: choice.problem })
    return result
  }
  result.schemaVersion = choice.version
  if (choice.note !== undefined) result.versionNote = choice.note
  const judged =
    choice.note === undefined ? document : { ...document, stac_version: choice.version }
  const core = bundledValidator(coreModules[choice.version]![document.type as StacType])
  result.problems.push(...problemsOf(core, judged).map((p) => pointAtCollectionLink(p, document)))

  const named = Array.isArray(document.stac_extensions) ? document.stac_extensions : []
  for (const url of new Set(named.filter((u): u is string => typeof u === 'string'))) {
    const bundled = extensionModules[normalizeUrl(url)]
    const validate =
      bundled === undefined ? extensionSchemas.get(normalizeUrl(url)) : bundledValidator(bundled)
    if (validate === undefined) {
      result.unvalidatedExtensions.push(url)
      continue
    }
    result.validatedExtensions.push(url)
    result.problems.push(...problemsOf(validate, judged).map((p) => ({ ...p, extension: url })))
  }
  return result
}

/** A bundled validator whose module is loaded (loadStacValidators). */
function bundledValidator(load: StacValidatorModule): ValidateFunction {
  const validate = loadedValidators.get(load)
  if (validate === undefined) throw new Error('a STAC validator was used before it was loaded')
  return validate
}

/** An Item that links to its collection must name it in "collection": point at that link. */
function pointAtCollectionLink(problem: SchemaProblem, document: Record<string, unknown>) {
  if (problem.location.length > 0 || problem.text !== 'the document is missing "collection"')
    return problem
  const links = Array.isArray(document.links) ? document.links : []
  const index = links.findIndex((l) => isRecord(l) && l.rel === 'collection')
  if (index < 0) return problem
  return {
    location: ['links', index],
    text: `the document is missing "collection", which its link /links/${index} with rel "collection" requires`
  }
}

function problemsOf(validate: ValidateFunction, value: unknown): SchemaProblem[] {
  if (validate(value)) return []
  return explainSchemaErrors(validate.errors ?? [], value, { foldBranches: true })
}
