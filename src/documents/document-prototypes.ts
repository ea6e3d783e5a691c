// The prototypes a parsed document's objects and arrays get, so that a reader sees a document's
// own properties only, whatever someone set on Object.prototype in the reading process.

/** Object.prototype's own methods a reader may call on a document's object; nothing else. */
const OBJECT_METHODS = [
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf'
] as const

/**
 * The prototypes a document's objects and arrays get: the standard methods, copied when this
 * module loads, on a chain that never reaches Object.prototype. A property someone set on
 * Object.prototype or Array.prototype in the reading process (`status: 'pass'`, a `toJSON` that
 * rewrites what is hashed) is then not a property of any document: readers see own properties
 * only, wherever they read.
 */
function documentPrototype(from: object, names: ReadonlyArray<string | symbol>): object {
  const prototype = Object.create(null) as Record<string | symbol, unknown>
  for (const name of names) {
    const descriptor = Object.getOwnPropertyDescriptor(from, name)
    // Methods only: a data property here was put there by someone else.
    if (descriptor && typeof descriptor.value === 'function' && name !== 'toJSON')
      Object.defineProperty(prototype, name, { ...descriptor, enumerable: false })
  }
  return Object.freeze(prototype)
}

export const DOCUMENT_OBJECT = documentPrototype(Object.prototype, OBJECT_METHODS)
export const DOCUMENT_ARRAY = documentPrototype(Array.prototype, Reflect.ownKeys(Array.prototype))

/**
 * Gives every object and array of a parsed value the document prototypes (DOCUMENT_OBJECT,
 * DOCUMENT_ARRAY), without recursion; returns the value. For values parsed here (JSON, YAML),
 * whose objects are fresh and plain.
 */
export function ownPropertiesOnly<T>(value: T): T {
  const nodes: unknown[] = [value]
  while (nodes.length > 0) {
    const node = nodes.pop()
    if (node === null || typeof node !== 'object') continue
    if (Array.isArray(node)) {
      Object.setPrototypeOf(node, DOCUMENT_ARRAY)
      for (let i = 0; i < node.length; i++) nodes.push(node[i])
    } else {
      Object.setPrototypeOf(node, DOCUMENT_OBJECT)
      for (const key of Object.keys(node)) nodes.push((node as Record<string, unknown>)[key])
    }
  }
  return value
}
