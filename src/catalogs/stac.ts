// STAC as STAC's own tools judge it: a Catalog, Collection or Item is validated against the
// official STAC JSON Schemas of its stac_version, and against the schema of each extension it
// names in stac_extensions, all bundled with the action and compiled at build time
// (scripts/compile-schemas.mjs, schemas/stac/SOURCES.md); nothing is ever fetched. Each schema's
// validator is a module of its own, imported when a document first needs it, so a run loads the
// code of the versions and extensions its documents use, not all of it. Extension
// schemas that are not bundled can be given as local files (compileStacExtensionSchemas); an
// extension with no schema here is reported as unvalidated. Also: the view of the links and
// assets for cross-link checks.
import type { ErrorObject, ValidateFunction } from 'ajv'
import {
  coreModules,
  extensionModules,
  type StacValidatorModule
} from '../generated/validators.stac.js'
import {
  describeSchemaError,
  jsonType,
  pathOf,
  valueAt,
  type SchemaProblem
} from '../model/json-schema.js'
import { tight, type StacAsset, type StacLink, type StacView } from './views.js'
import { isRecord } from '../model/json.js'
import { appendTo } from '../model/multimap.js'

const STAC_TYPES = ['Catalog', 'Collection', 'Feature'] as const
type StacType = (typeof STAC_TYPES)[number]

/** A document that says it is STAC: a `stac_version` (of any type; the schema judges it) and a
 * STAC `type`. */
export function isStac(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    'stac_version' in value &&
    (STAC_TYPES as readonly unknown[]).includes(value.type)
  )
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/

function compareVersions(a: string, b: string): number {
  const [x, y] = [SEMVER.exec(a)!, SEMVER.exec(b)!]
  for (const i of [1, 2, 3]) {
    const d = Number(x[i]) - Number(y[i])
    if (d !== 0) return d
  }
  return 0
}

/** The STAC versions whose schemas are bundled, oldest first. */
export const BUNDLED_STAC_VERSIONS: readonly string[] =
  Object.keys(coreModules).sort(compareVersions)
/** The extension schema URLs that are bundled. */
export const BUNDLED_STAC_EXTENSIONS: readonly string[] = Object.keys(extensionModules).sort()

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

export type SchemaVersionChoice =
  { version: string; note?: string } | { problem: string; location: Array<string | number> }

/**
 * Which bundled schemas judge a document of this stac_version:
 * - a bundled version (1.0.0, 1.1.0): its own;
 * - another version of a bundled major.minor (1.1.0-beta.1, 1.0.0-rc.2, 1.0.1): that minor's
 *   schemas, with a note (the document is validated as if its stac_version were that one);
 * - a later minor of major 1 (1.2.0): the newest bundled schemas, with a note that what the
 *   newer minor added is not checked;
 * - anything else (no major.minor.patch, major 0, an unknown major): refused, as no bundled
 *   schema can judge it.
 */
export function schemaVersionFor(stacVersion: unknown): SchemaVersionChoice {
  const location = ['stac_version']
  const bundled = BUNDLED_STAC_VERSIONS.join(', ')
  if (typeof stacVersion !== 'string' || !SEMVER.test(stacVersion)) {
    return {
      problem: `"stac_version" is ${JSON.stringify(stacVersion)}, which is not a STAC version (major.minor.patch, as "1.1.0")`,
      location
    }
  }
  if (BUNDLED_STAC_VERSIONS.includes(stacVersion)) return { version: stacVersion }
  const [, major, minor] = SEMVER.exec(stacVersion)!
  const sameMinor = BUNDLED_STAC_VERSIONS.filter((v) => v.startsWith(`${major}.${minor}.`))
  if (sameMinor.length > 0) {
    const version = sameMinor[sameMinor.length - 1]!
    return {
      version,
      note: `stac_version ${stacVersion} has no schemas of its own here; validated with the STAC ${version} schemas, the bundled release of the same minor version`
    }
  }
  const sameMajor = BUNDLED_STAC_VERSIONS.filter((v) => v.startsWith(`${major}.`))
  const newest = sameMajor[sameMajor.length - 1]
  if (newest !== undefined && compareVersions(stacVersion, newest) > 0) {
    return {
      version: newest,
      note: `stac_version ${stacVersion} is newer than the bundled STAC schemas; validated with the STAC ${newest} schemas, so what ${major}.${minor} added is not checked`
    }
  }
  return {
    problem: `"stac_version" is "${stacVersion}", a version no bundled STAC schema can judge (bundled: ${bundled}); ${major === '0' ? 'upgrade the document to STAC 1.x' : 'a new major version may change anything, so it is refused rather than guessed at'}`,
    location
  }
}

/** Extension schemas given by the user, compiled: URL → validator. */
export type StacExtensionSchemas = ReadonlyMap<string, ValidateFunction>

/** A user-given extension schema that cannot be used; nothing is fetched to make it usable. */
export class StacSchemaError extends Error {}

const normalizeUrl = (url: string): string => url.replace(/#$/, '')

const DRAFTS: Record<string, 'draft-07' | '2019-09' | '2020-12'> = {
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft/2019-09/schema': '2019-09',
  'https://json-schema.org/draft/2020-12/schema': '2020-12'
}

/**
 * Compiles extension schemas given as local files (URL as named in stac_extensions → the parsed
 * schema), with Ajv, at run time. Every $ref must resolve to one of the given schemas or to the
 * bundled GeoJSON schemas: nothing is fetched. A URL whose schema is bundled cannot be replaced.
 * Throws StacSchemaError, naming the URL, when a schema cannot be compiled.
 */
export async function compileStacExtensionSchemas(
  schemas: ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>
): Promise<StacExtensionSchemas> {
  const entries = schemas instanceof Map ? [...schemas.entries()] : Object.entries(schemas)
  const compiled = new Map<string, ValidateFunction>()
  if (entries.length === 0) return compiled
  const drafts = new Set<string>()
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

const META_SCHEMAS = new Set([
  'http://json-schema.org/draft-07/schema',
  'https://json-schema.org/draft/2019-09/schema',
  'https://json-schema.org/draft/2020-12/schema'
])

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
  const seen = new Set<string>()
  return explain(validate.errors ?? [], value).flatMap((problem) => {
    const key = `${problem.location.join('/')}\u0000${problem.text}`
    if (seen.has(key)) return []
    seen.add(key)
    return [problem]
  })
}

// ---- Making Ajv's errors readable --------------------------------------------------------------
// With allErrors, a value that matches none of the branches of a oneOf/anyOf (a GeoJSON geometry,
// STAC's "geometry with bbox, or null geometry without") gets the errors of every branch. The
// branches that cannot be the one meant are left out: those whose discriminating "type" property
// has another value (GeoJSON's Point/Polygon, an extension's Feature/Collection), and those that
// want the value null when it is not. What remains names the real field; when nothing remains,
// one sentence says what the value should have been.

const COMBINATORS = new Set(['oneOf', 'anyOf'])

/** The prefix of a schema path up to and including a branch of a oneOf/anyOf ("…/oneOf/3/"). */
function branchesOf(schemaPath: string): string[] {
  const prefixes: string[] = []
  const re = /\/(?:oneOf|anyOf)\/\d+\//g
  for (let m = re.exec(schemaPath); m !== null; m = re.exec(schemaPath))
    prefixes.push(schemaPath.slice(0, m.index + m[0].length))
  return prefixes
}

const DISCRIMINATOR = /^(?:allOf\/\d+\/)*properties\/type\/(?:enum|const)$/

/** The branch (its schema path prefix) an error was found in, or undefined outside any branch. */
function innermostBranch(schemaPath: string): string | undefined {
  const branches = branchesOf(schemaPath)
  return branches[branches.length - 1]
}

const isUnder = (path: string, parent: string): boolean =>
  path === parent || path.startsWith(`${parent}/`)

/** An error of Ajv's, or one sentence standing for a failed oneOf/anyOf. */
type Finding = ErrorObject & { consumed?: boolean; sentence?: string }

/**
 * The branches ruled out: within them, the discriminating "type" property has another value (a
 * GeoJSON Point branch for a Polygon), the value has another JSON type than the branch wants,
 * or a value the branch wants null is not.
 */
function ruledOutBranches(all: readonly Finding[]): Set<string> {
  const ruledOut = new Set<string>()
  for (const e of all) {
    const branch = innermostBranch(e.schemaPath)
    if (branch === undefined) continue
    const rest = e.schemaPath.slice(branch.length)
    if (
      ((e.keyword === 'enum' || e.keyword === 'const') && DISCRIMINATOR.test(rest)) ||
      (e.keyword === 'type' && (rest === 'type' || e.params.type === 'null'))
    )
      ruledOut.add(branch)
  }
  return ruledOut
}

/** One sentence for a oneOf/anyOf none of whose branches stands: what the value should be. */
function noBranchSentence(e: Finding, group: readonly Finding[], root: unknown): string {
  const allowed = group
    .filter(
      (x) =>
        (x.keyword === 'enum' || x.keyword === 'const') &&
        x.instancePath === `${e.instancePath}/type`
    )
    .flatMap((x) =>
      x.keyword === 'enum' ? (x.params.allowedValues as unknown[]) : [x.params.allowedValue]
    )
  const nullable = group.some((x) => x.keyword === 'type' && x.params.type === 'null')
  const types = group
    .filter((x) => x.keyword === 'type' && x.instancePath === e.instancePath)
    .flatMap((x) => [x.params.type].flat() as string[])
  return noBranch(e, root, [...new Set(allowed.map(String))], nullable, [...new Set(types)])
}

/** Decides what a failed oneOf/anyOf says: nothing (its errors say it), or one sentence. */
function settleCombinator(
  e: Finding,
  all: readonly Finding[],
  out: (x: Finding) => boolean,
  root: unknown
): void {
  const prefix = `${e.schemaPath}/`
  const group = all.filter((x) => x !== e && x.schemaPath.startsWith(prefix))
  const says = (x: Finding): boolean =>
    !out(x) && (!COMBINATORS.has(x.keyword) || x.sentence !== undefined)
  const standing = group.filter(says)
  const byBranch = new Map<string, Finding[]>()
  for (const x of standing) {
    const branch = x.schemaPath.slice(prefix.length).split('/')[0]!
    appendTo(byBranch, branch, x)
  }
  if (byBranch.size === 1) {
    // One branch is still standing: it is the one meant, and its errors say what is wrong.
    e.consumed = true
  } else if (byBranch.size > 1) {
    // Several could be meant: one sentence with the alternatives.
    for (const x of standing) x.consumed = true
    e.sentence = alternatives([...byBranch.values()], e, root)
  } else if (
    // No branch is standing. When other errors under the same value say what is wrong (those
    // of a branch whose schema is a $ref), they suffice; else one sentence says what was wanted.
    all.some(
      (x) => x !== e && says(x) && !group.includes(x) && isUnder(x.instancePath, e.instancePath)
    )
  ) {
    e.consumed = true
  } else e.sentence = noBranchSentence(e, group, root)
}

function explain(errors: readonly ErrorObject[], root: unknown): SchemaProblem[] {
  const all: Finding[] = errors.filter((e) => e.keyword !== 'if').map((e) => ({ ...e }))
  const ruledOut = ruledOutBranches(all)
  const out = (e: Finding): boolean =>
    e.consumed === true || branchesOf(e.schemaPath).some((b) => ruledOut.has(b))
  for (const e of all)
    if (COMBINATORS.has(e.keyword) && !out(e)) settleCombinator(e, all, out, root)
  const problems: SchemaProblem[] = []
  const sentencesAt = new Map<string, string>()
  for (const e of all) {
    if (out(e) || e.sentence === undefined) continue
    // The same value checked by two schemas (GeoJSON's Feature and Geometry): say it once.
    if (sentencesAt.has(e.instancePath)) continue
    sentencesAt.set(e.instancePath, e.sentence)
    const location = pathOf(e.instancePath)
    // A sentence about a discriminating "type" points at it.
    if (e.sentence.startsWith(`${e.instancePath}/type is `)) location.push('type')
    problems.push({ location, text: e.sentence })
  }
  for (const e of all) {
    if (out(e) || COMBINATORS.has(e.keyword)) continue
    const text = describeSchemaError(e, root)
    // Already said, as one of the alternatives of a sentence about the same value.
    if (sentencesAt.get(e.instancePath)?.includes(text)) continue
    problems.push({ location: pathOf(e.instancePath), text })
  }
  return problems.sort((a, b) => a.location.join('/').localeCompare(b.location.join('/')))
}

const quoted = (names: readonly string[]): string => {
  const q = names.map((n) => `"${n}"`)
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`
}

function alternatives(branches: Finding[][], group: ErrorObject, root: unknown): string {
  const where = group.instancePath === '' ? 'the document' : group.instancePath
  if (
    branches.every((b) =>
      b.every((x) => x.keyword === 'required' && x.instancePath === group.instancePath)
    )
  ) {
    // Alternatives of required properties (STAC's datetime, or start and end).
    const lists = branches.map((b) => [...new Set(b.map((x) => String(x.params.missingProperty)))])
    return `${where} is missing ${lists.map(quoted).join(', or else ')}`
  }
  return branches
    .map((b) => b.map((x) => x.sentence ?? describeSchemaError(x, root)).join(' and '))
    .join(', or else ')
}

function noBranch(
  e: ErrorObject,
  root: unknown,
  allowed: string[],
  nullable: boolean,
  types: string[]
): string {
  const where = e.instancePath === '' ? 'the document' : e.instancePath
  const value = valueAt(root, pathOf(e.instancePath))
  const orNull = nullable ? ', or null' : ''
  if (allowed.length > 0 && isRecord(value))
    return `${where}/type is ${JSON.stringify(value.type)}; it must be one of ${allowed.join(', ')}${orNull}`
  if (allowed.length > 0)
    return `${where} is ${jsonType(value)}; it must be an object whose "type" is one of ${allowed.join(', ')}${orNull}`
  if (types.length > 0) return `${where} must be ${types.join(' or ')}, not ${jsonType(value)}`
  return `${where} ${e.message ?? 'is invalid'}`
}

/** The view of a document that passed validateStac. */
export function readStac(
  document: Record<string, unknown>,
  validation?: Pick<StacValidation, 'schemaVersion' | 'versionNote' | 'unvalidatedExtensions'>
): StacView {
  const links = Array.isArray(document.links) ? document.links : []
  const assets = isRecord(document.assets) ? document.assets : {}
  return {
    type: document.type as StacView['type'],
    id: String(document.id),
    license: typeof document.license === 'string' ? document.license : undefined,
    stacVersion: String(document.stac_version),
    ...(validation?.schemaVersion !== undefined ? { schemaVersion: validation.schemaVersion } : {}),
    ...(validation?.versionNote !== undefined ? { versionNote: validation.versionNote } : {}),
    unvalidatedExtensions: validation?.unvalidatedExtensions ?? [],
    links: tight(
      links.flatMap((link: unknown, index: number) =>
        isRecord(link) && typeof link.rel === 'string' && typeof link.href === 'string'
          ? [new ViewLink(link.rel, link.href, index)]
          : []
      )
    ),
    assets: tight(
      Object.entries(assets).flatMap(([key, asset]) =>
        isRecord(asset) && typeof asset.href === 'string'
          ? [
              new ViewAsset(
                key,
                asset.href,
                typeof asset['file:checksum'] === 'string' ? asset['file:checksum'] : undefined
              )
            ]
          : []
      )
    )
  }
}

// A link's or an asset's JSON path is made when asked for (for a violation's line), not kept:
// 64 bytes each, in 100,000 items and a collection linking them all.

class ViewLink implements StacLink {
  constructor(
    readonly rel: string,
    readonly href: string,
    private readonly index: number
  ) {}

  get location(): Array<string | number> {
    return ['links', this.index]
  }
}

class ViewAsset implements StacAsset {
  declare readonly checksum?: string

  constructor(
    readonly key: string,
    readonly href: string,
    checksum: string | undefined
  ) {
    // Present only when the asset has one, as `'checksum' in asset` would otherwise say.
    if (checksum !== undefined) this.checksum = checksum
  }

  get location(): Array<string | number> {
    return ['assets', this.key]
  }
}

/**
 * The digest a multihash names, in the manifest's notation, or undefined when its function is
 * not SHA-256 (code 0x12, length 0x20), which is the only digest the manifest carries.
 */
export function multihashToDigest(multihash: string): string | undefined {
  const match = /^1220([0-9a-f]{64})$/.exec(multihash)
  return match ? `sha256:${match[1]}` : undefined
}
