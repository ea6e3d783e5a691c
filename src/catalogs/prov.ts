// PROV: entities, activities and generation, from PROV-JSON or from PROV-O in JSON-LD.
import { allLiterals, iris, type LdNode } from './jsonld.js'
import { TERMS } from './vocabulary.js'
import type { ProvNode, ProvView } from './views.js'
import { isRecord } from '../model/json.js'

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

/** The records of one section: a map of id → record, where a record may also be a list of them. */
function records(section: unknown): Array<[string, Record<string, unknown>]> {
  if (!isRecord(section)) return []
  return Object.entries(section).flatMap(([id, value]) =>
    (Array.isArray(value) ? value : [value])
      .filter(isRecord)
      .map((record) => [id, record] as [string, Record<string, unknown>])
  )
}

/** Problems with the shape of a PROV-JSON document, as sentences (empty when well-formed). */
export function provJsonProblems(document: Record<string, unknown>): string[] {
  const problems: string[] = []
  for (const section of PROV_JSON_SECTIONS) {
    const value = document[section]
    if (value !== undefined && !isRecord(value))
      problems.push(`"${section}" must be an object of records keyed by id`)
  }
  for (const [id, record] of records(document.wasGeneratedBy)) {
    if (typeof record['prov:entity'] !== 'string')
      problems.push(`wasGeneratedBy "${id}" has no "prov:entity"`)
  }
  return problems
}

export function readProvJson(document: Record<string, unknown>): ProvView {
  const view: ProvView = { entities: [], activities: [], generatedBy: new Map() }
  const visit = (doc: Record<string, unknown>): void => {
    const node = ([id, record]: [string, Record<string, unknown>]): ProvNode => ({
      id,
      values: Object.values(record).flatMap(attributeStrings)
    })
    view.entities.push(...records(doc.entity).map(node))
    view.activities.push(...records(doc.activity).map(node))
    for (const [, record] of records(doc.wasGeneratedBy)) {
      const entity = record['prov:entity']
      const activity = record['prov:activity']
      if (typeof entity === 'string' && typeof activity === 'string') {
        view.generatedBy.set(entity, [...(view.generatedBy.get(entity) ?? []), activity])
      }
    }
    for (const [, bundle] of records(doc.bundle)) visit(bundle)
  }
  visit(document)
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
  const view: ProvView = {
    entities: typed(TERMS.provEntity).map((n) => ({ id: n['@id'], values: allLiterals(n) })),
    activities: typed(TERMS.provActivity).map((n) => ({ id: n['@id'], values: allLiterals(n) })),
    generatedBy: new Map()
  }
  const add = (entity: string, activity: string): void => {
    view.generatedBy.set(entity, [...(view.generatedBy.get(entity) ?? []), activity])
  }
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
