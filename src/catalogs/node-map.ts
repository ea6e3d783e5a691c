// The flattened graph of an expanded JSON-LD document: the JSON-LD 1.1 API's Node Map Generation
// and Flattening algorithms, in the order the jsonld library runs them (properties in code-unit
// order, blank nodes relabelled _:b0, _:b1, ... as met), so the nodes, their values and their
// labels are the library's. What differs is the de-duplication of a property's values: the
// library compares each new value with every value already there, which is quadratic in the
// values of one node (20,000 distributions of one dataset: 30 s); here each node's property
// keeps a set of the values' keys, so a document flattens in time linear in its size.
// __tests__/catalogs/node-map.test.ts holds the two to the same output.

/** A node of the flattened graph: expanded IRIs as keys, arrays of values. */
export type LdNode = Record<string, unknown> & { '@id': string; '@type'?: string[] }

type JsonObject = Record<string, unknown>
type Graph = Map<string, JsonObject>

const KEYWORD = /^@[a-zA-Z]+$/

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const isValue = (v: unknown): v is JsonObject => isObject(v) && '@value' in v
const isList = (v: unknown): v is JsonObject => isObject(v) && '@list' in v
const isReference = (v: unknown): boolean =>
  isObject(v) && Object.keys(v).length === 1 && '@id' in v
function isSubject(v: unknown): v is JsonObject {
  if (!isObject(v) || '@value' in v || '@set' in v || '@list' in v) return false
  return Object.keys(v).length > 1 || !('@id' in v)
}
function isBlankNode(v: JsonObject): boolean {
  if ('@id' in v) return typeof v['@id'] !== 'string' || v['@id'].startsWith('_:')
  return Object.keys(v).length === 0 || !('@value' in v || '@set' in v || '@list' in v)
}

/**
 * Drops the expanded form's hold on a value once it is in the node map: the expanded form of a
 * document of 100,000 nodes is let go as it is flattened, not held beside the whole graph. The
 * value itself lives on where the graph holds it (a value object is added as it is).
 */
function letGo(values: unknown[], index: number): void {
  values[index] = undefined
}

/** Blank node labels, issued in the order they are met: the same old label, the same new one. */
class Labels {
  private readonly issued = new Map<string, string>()
  private next = 0
  get(old?: unknown): string {
    if (typeof old === 'string') {
      const known = this.issued.get(old)
      if (known !== undefined) return known
    }
    const label = `_:b${this.next++}`
    if (typeof old === 'string') this.issued.set(old, label)
    return label
  }
}

/**
 * The key two values share exactly when the library counts them as the same value: the same
 * string, the same value object (`@value`, `@type`, `@language`, `@index`), or the same `@id`.
 * Anything else (a list, a JSON literal's object) is never the same as another: no key.
 */
function keyOf(value: unknown): string | undefined {
  if (typeof value === 'string') return `s${value}`
  if (!isObject(value)) return undefined
  if ('@value' in value) {
    const literal = value['@value']
    if (isObject(literal) || Array.isArray(literal)) return undefined
    return `v${JSON.stringify([literal, value['@type'], value['@language'], value['@index']])}`
  }
  return '@id' in value ? `i${String(value['@id'])}` : undefined
}

/** Values a property holds before their keys are kept in a set: fewer are compared one by one. */
const SCANNED = 8

/**
 * The values of nodes' properties. A property's few values are compared by key one by one; past
 * SCANNED values, the list keeps a set of its values' keys. Most properties hold one value, and
 * a first value is never compared, so a document of 100,000 nodes builds no set for them.
 */
class Values {
  private readonly keys = new WeakMap<unknown[], Set<string>>()

  /** Adds `value` to `node[property]` unless the same value is there already. */
  add(node: JsonObject, property: string, value: unknown): void {
    const list = node[property] as unknown[] | undefined
    // A first value in an array of one: an array grown by push keeps room for 17 (see tight),
    // 128 bytes in each property of 100,000 nodes.
    if (list === undefined) {
      node[property] = [value]
      return
    }
    const key = list.length === 0 ? undefined : keyOf(value)
    if (key !== undefined) {
      let keys = this.keys.get(list)
      if (!keys && list.length >= SCANNED) {
        // A property copied in whole (merging named graphs) brings its values' keys with it.
        keys = new Set()
        for (const present of list) {
          const presentKey = keyOf(present)
          if (presentKey !== undefined) keys.add(presentKey)
        }
        this.keys.set(list, keys)
      }
      if (keys ? keys.has(key) : list.some((present) => keyOf(present) === key)) return
      keys?.add(key)
    }
    list.push(value)
  }

  /** `node[property]` as an empty array when the property has no values. */
  ensure(node: JsonObject, property: string): void {
    node[property] ??= []
  }
}

class NodeMap {
  readonly graphs = new Map<string, Graph>([['@default', new Map()]])
  private readonly labels = new Labels()
  private readonly values = new Values()

  private graph(name: string): Graph {
    let graph = this.graphs.get(name)
    if (!graph) this.graphs.set(name, (graph = new Map()))
    return graph
  }

  add(input: unknown, graphName: string, name?: string, list?: unknown[]): void {
    if (Array.isArray(input)) {
      for (const [index, item] of input.entries()) {
        this.add(item, graphName, undefined, list)
        letGo(input, index)
      }
      return
    }
    if (!isObject(input)) {
      list?.push(input)
      return
    }
    if (isValue(input)) {
      const type = input['@type']
      if (typeof type === 'string' && type.startsWith('_:')) input['@type'] = this.labels.get(type)
      list?.push(input)
      return
    }
    if (list && isList(input)) {
      const inner: unknown[] = []
      this.add(input['@list'], graphName, name, inner)
      list.push({ '@list': inner })
      return
    }
    this.addSubject(input, graphName, name, list)
  }

  private addSubject(input: JsonObject, graphName: string, given?: string, list?: unknown[]): void {
    // The types' blank nodes are named first, as the specification asks.
    for (const type of (input['@type'] as unknown[] | undefined) ?? [])
      if (typeof type === 'string' && type.startsWith('_:')) this.labels.get(type)
    const name =
      given ?? (isBlankNode(input) ? this.labels.get(input['@id']) : String(input['@id']))
    list?.push({ '@id': name })
    const subjects = this.graph(graphName)
    let subject = subjects.get(name)
    if (!subject) subjects.set(name, (subject = {}))
    subject['@id'] = name
    for (const key of Object.keys(input).sort()) {
      if (key === '@id') continue
      if (key === '@reverse') {
        this.addReverse(input['@reverse'] as JsonObject, graphName, name)
        continue
      }
      if (key === '@graph') {
        this.graph(name)
        this.add(input['@graph'], name)
        continue
      }
      if (key === '@included') {
        this.add(input['@included'], graphName)
        continue
      }
      if (key !== '@type' && KEYWORD.test(key)) {
        if (key === '@index' && key in subject && input[key] !== subject[key])
          throw new Error('Invalid JSON-LD syntax; conflicting @index property detected.')
        subject[key] = input[key]
        continue
      }
      const property = key.startsWith('_:') ? this.labels.get(key) : key
      const objects = input[key] as unknown[]
      if (objects.length === 0) {
        this.values.ensure(subject, property)
        continue
      }
      for (const [index, object] of objects.entries()) {
        this.addObject(subject, property, object, graphName, name)
        letGo(objects, index)
      }
    }
  }

  private addObject(
    subject: JsonObject,
    property: string,
    object: unknown,
    graphName: string,
    name: string
  ): void {
    if (property === '@type') {
      const type =
        typeof object === 'string' && object.startsWith('_:') ? this.labels.get(object) : object
      this.values.add(subject, property, type)
      return
    }
    if (isSubject(object) || isReference(object)) {
      const node = object as JsonObject
      if ('@id' in node && !node['@id']) return
      const id = isBlankNode(node) ? this.labels.get(node['@id']) : String(node['@id'])
      this.values.add(subject, property, { '@id': id })
      this.add(node, graphName, id)
    } else if (isValue(object)) {
      this.values.add(subject, property, object)
    } else if (isList(object)) {
      const inner: unknown[] = []
      this.add(object['@list'], graphName, name, inner)
      this.values.add(subject, property, { '@list': inner })
    } else {
      this.add(object, graphName, name)
      this.values.add(subject, property, object)
    }
  }

  private addReverse(reverse: JsonObject, graphName: string, name: string): void {
    const referenced = { '@id': name }
    for (const property of Object.keys(reverse)) {
      for (const item of reverse[property] as JsonObject[]) {
        const itemName = isBlankNode(item) ? this.labels.get(item['@id']) : String(item['@id'])
        this.add(item, graphName, itemName)
        this.values.add(this.graph(graphName).get(itemName)!, property, referenced)
      }
    }
  }

  /** The default graph with every named graph added to the node named after it, as `@graph`. */
  merged(): Graph {
    const merged = this.graphs.get('@default')!
    for (const graphName of [...this.graphs.keys()].sort()) {
      if (graphName === '@default') continue
      let subject = merged.get(graphName)
      if (!subject) merged.set(graphName, (subject = { '@id': graphName, '@graph': [] }))
      else subject['@graph'] ??= []
      const nodes = this.graphs.get(graphName)!
      for (const id of [...nodes.keys()].sort()) {
        const node = nodes.get(id)!
        if (!isReference(node)) (subject['@graph'] as unknown[]).push(node)
      }
    }
    return merged
  }
}

/**
 * The flattened form of an expanded document: its nodes by `@id`, references left out. Consumes
 * `expanded`: its arrays are emptied as their values are added.
 */
export function flattenExpanded(expanded: unknown): LdNode[] {
  const map = new NodeMap()
  map.add(expanded, '@default')
  const merged = map.merged()
  return [...merged.keys()]
    .sort()
    .map((id) => merged.get(id)!)
    .filter((node) => !isReference(node)) as LdNode[]
}
