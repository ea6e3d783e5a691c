// PROV: entities, activities and generation, from PROV-JSON or from PROV-O in JSON-LD.
import { allLiterals, iris, type LdNode } from './jsonld.js'
import { PROV, TERMS } from './vocabulary.js'
import { tight, type ProvNode, type ProvView } from './views.js'
import { isRecord } from '../model/json.js'
import { appendTo } from '../model/multimap.js'

/** The sections PROV-JSON documents use; a document with any of them is PROV-JSON. */
export const PROV_JSON_SECTIONS = [
  'entity',
  'activity',
  'agent',
  'wasGeneratedBy',
  'used',
  'wasInformedBy',
  'wasStartedBy',
  'wasEndedBy',
  'wasInvalidatedBy',
  'wasDerivedFrom',
  'wasAttributedTo',
  'wasAssociatedWith',
  'actedOnBehalfOf',
  'wasInfluencedBy',
  'specializationOf',
  'alternateOf',
  'hadMember',
  'mentionOf',
  'bundle'
] as const

/** A PROV-JSON attribute value as strings: plain values, typed literals ({"$": …}), and lists. */
function attributeStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(attributeStrings)
  if (isRecord(value)) return '$' in value ? attributeStrings(value.$) : []
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return [String(value)]
  return []
}

/** One record of a section, with where it is written (its id, and its index in a list of them). */
interface ProvRecord {
  id: string
  record: Record<string, unknown>
  at: Array<string | number>
}

/**
 * The records of one section: a map of id → record, where a record may also be a list of them.
 * One at a time: a section of 100,000 records makes no lists of them.
 */
function* records(section: unknown): Generator<ProvRecord> {
  if (!isRecord(section)) return
  for (const id of Object.keys(section)) {
    const value = section[id]
    if (!Array.isArray(value)) {
      if (isRecord(value)) yield { id, record: value, at: [id] }
      continue
    }
    for (const [index, record] of value.entries())
      if (isRecord(record)) yield { id, record, at: [id, index] }
  }
}

function prefixProblem(prefix: unknown): boolean {
  if (prefix === undefined) return false
  return (
    !isRecord(prefix) || Object.values(prefix).some((namespace) => typeof namespace !== 'string')
  )
}

/** Problems with the shape of a PROV-JSON document, as sentences (empty when well-formed). */
export function provJsonProblems(document: Record<string, unknown>, where = ''): string[] {
  const problems: string[] = []
  if (prefixProblem(document.prefix))
    problems.push(`${where}"prefix" must be an object mapping each prefix to its namespace IRI`)
  for (const section of PROV_JSON_SECTIONS) {
    const value = document[section]
    if (value !== undefined && !isRecord(value))
      problems.push(`${where}"${section}" must be an object of records keyed by id`)
  }
  for (const { id, record } of records(document.wasGeneratedBy)) {
    if (typeof record['prov:entity'] !== 'string')
      problems.push(`${where}wasGeneratedBy "${id}" has no "prov:entity"`)
  }
  for (const { id, record } of records(document.bundle))
    problems.push(...provJsonProblems(record, `${where}bundle "${id}": `))
  return problems
}

/**
 * The prefixes in scope at one place of a PROV-JSON document: PROV-N's predefined `prov` and
 * `xsd`, the document's `prefix` map, and inside a bundle the bundle's own, which win.
 */
interface Scope {
  prefixes: Map<string, string>
  /** The namespace of unprefixed names (`"default"` in a `prefix` map). */
  defaultNamespace?: string
}

const PREDEFINED: ReadonlyArray<[string, string]> = [
  ['prov', PROV],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#']
]

/** The scope inside a document or bundle whose `prefix` map is `declared`. */
function innerScope(outer: Scope | undefined, declared: unknown): Scope {
  // A Map, not an object: a prefix named constructor or toString is just a prefix.
  const scope: Scope = {
    prefixes: new Map(outer?.prefixes ?? PREDEFINED),
    defaultNamespace: outer?.defaultNamespace
  }
  if (!isRecord(declared)) return scope
  for (const [prefix, namespace] of Object.entries(declared)) {
    if (typeof namespace !== 'string') continue
    if (prefix === 'default') scope.defaultNamespace = namespace
    else scope.prefixes.set(prefix, namespace)
  }
  return scope
}

/**
 * The IRI a PROV-JSON name stands for where it is written. A name whose prefix is bound nowhere
 * in scope is read as written, as an absolute IRI (`urn:x`, `https://…`), as JSON-LD reads a
 * compact IRI with an undefined prefix; an unprefixed name with no default namespace, and a blank
 * node (`_:…`), also stay as written. So two names are one only when they are one IRI.
 */
function resolveProvName(name: string, scope: Scope): string {
  if (name.startsWith('_:')) return name
  const colon = name.indexOf(':')
  if (colon < 0) return scope.defaultNamespace === undefined ? name : scope.defaultNamespace + name
  const namespace = scope.prefixes.get(name.slice(0, colon))
  return namespace === undefined ? name : namespace + name.slice(colon + 1)
}

/** Reads one document or bundle into the view, each name resolved in the scope it is written. */
function readProvScope(
  view: ProvView,
  content: Record<string, unknown>,
  scope: Scope,
  at: Array<string | number>
): void {
  const node = (section: string, { id, record, at: where }: ProvRecord): ProvNode => ({
    id: resolveProvName(id, scope),
    name: id,
    location: [...at, section, ...where],
    values: tight(Object.values(record).flatMap(attributeStrings))
  })
  // One push per record: spreading a section into push() overflows the stack past ~100,000.
  for (const record of records(content.entity)) view.entities.push(node('entity', record))
  for (const record of records(content.activity)) view.activities.push(node('activity', record))
  for (const { record, at: where } of records(content.wasGeneratedBy)) {
    const entity = record['prov:entity']
    const activity = record['prov:activity']
    if (typeof entity === 'string' && typeof activity === 'string')
      appendTo(view.generatedBy, resolveProvName(entity, scope), {
        activity: resolveProvName(activity, scope),
        name: activity,
        location: [...at, 'wasGeneratedBy', ...where, 'prov:activity']
      })
  }
  for (const { record, at: where } of records(content.bundle))
    readProvScope(view, record, innerScope(scope, record.prefix), [...at, 'bundle', ...where])
}

export function readProvJson(document: Record<string, unknown>): ProvView {
  const view: ProvView = {
    format: 'prov-json',
    entities: [],
    activities: [],
    generatedBy: new Map()
  }
  readProvScope(view, document, innerScope(undefined, document.prefix), [])
  return view
}

export function isProvO(nodes: readonly LdNode[]): boolean {
  return nodes.some((node) =>
    node['@type']?.some((type) => type === TERMS.provEntity || type === TERMS.provActivity)
  )
}

export function readProvO(nodes: readonly LdNode[]): ProvView {
  const byId = new Map(nodes.map((n) => [n['@id'], n]))
  const typed = (type: string): LdNode[] => nodes.filter((n) => n['@type']?.includes(type))
  const node = (n: LdNode): ProvNode => ({
    id: n['@id'],
    name: n['@id'],
    values: tight(allLiterals(n))
  })
  const view: ProvView = {
    format: 'prov-o',
    entities: typed(TERMS.provEntity).map(node),
    // Declared: typed prov:Activity. A node that only generates (prov:generated) or is only
    // named by a generation is not declared, so the gate asks for its type.
    activities: typed(TERMS.provActivity).map(node),
    generatedBy: new Map()
  }
  const add = (entity: string, activity: string): void =>
    appendTo(view.generatedBy, entity, { activity, name: activity })
  for (const node of nodes) {
    for (const activity of iris(node, TERMS.provWasGeneratedBy)) add(node['@id'], activity)
    for (const generation of iris(node, TERMS.provQualifiedGeneration)) {
      const qualified = byId.get(generation)
      for (const activity of qualified ? iris(qualified, TERMS.provActivityProperty) : [])
        add(node['@id'], activity)
    }
    for (const entity of iris(node, TERMS.provGenerated)) add(entity, node['@id'])
  }
  return view
}
