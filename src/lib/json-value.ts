// A caller's value checked and copied as JSON data before the library writes it: JSON.stringify
// turns `undefined` into the text "undefined", NaN into null, drops functions, symbols, holes and
// symbol keys, calls toJSON (even one set on Object.prototype), and reads a getter twice if asked
// twice. Writing any of that would put something other than the caller's value on disk, so it is
// refused, naming where it is; what is written is a copy read once, on prototypes with no toJSON.
import { DOCUMENT_ARRAY, DOCUMENT_OBJECT, MAX_DEPTH } from '../documents/json-document.js'

/** Where in the value: `$`, `$.artifacts[2].size`. */
function at(location: string, key: string | number): string {
  return typeof key === 'number'
    ? `${location}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${location}.${key}`
      : `${location}[${JSON.stringify(key)}]`
}

function refuse(location: string, what: string): never {
  throw new TypeError(
    `The value at ${location} ${what}, which JSON cannot hold as it is; nothing was written.`
  )
}

/** What a value that is no JSON is, in words. */
function describe(value: unknown): string | undefined {
  switch (typeof value) {
    case 'undefined':
      return 'is undefined'
    case 'function':
      return 'is a function'
    case 'symbol':
      return 'is a symbol'
    case 'bigint':
      return 'is a BigInt'
    case 'number':
      return Number.isFinite(value) ? undefined : `is ${String(value)}`
    case 'string':
      return value.isWellFormed() ? undefined : 'is a string with a lone UTF-16 surrogate'
    default:
      return undefined
  }
}

function copyArray(
  value: unknown[],
  location: string,
  depth: number,
  seen: Set<object>
): unknown[] {
  const keys = Reflect.ownKeys(value)
  if (keys.length !== value.length + 1)
    refuse(location, 'is an array with holes or properties beyond its items')
  const copy: unknown[] = []
  for (let index = 0; index < value.length; index++)
    copy.push(jsonCopy(value[index], at(location, index), depth + 1, seen))
  return Object.setPrototypeOf(copy, DOCUMENT_ARRAY) as unknown[]
}

function copyObject(value: object, location: string, depth: number, seen: Set<object>): object {
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null && prototype !== DOCUMENT_OBJECT)
    refuse(location, 'is not a plain object (a Date, Map, class instance or boxed value)')
  const copy = Object.create(DOCUMENT_OBJECT) as Record<string, unknown>
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') refuse(location, 'has a symbol key')
    if (key === '__proto__') refuse(at(location, key), 'is a "__proto__" key')
    if (!key.isWellFormed()) refuse(location, 'has a key with a lone UTF-16 surrogate')
    // A proxy may list a key it then has no property for.
    const descriptor = Object.getOwnPropertyDescriptor(value, key)
    if (!descriptor) refuse(at(location, key), 'is listed but not there')
    if (!descriptor.enumerable) refuse(at(location, key), 'is not enumerable')
    // Read once: a getter gives one value, the one written.
    copy[key] = jsonCopy(
      (value as Record<string, unknown>)[key],
      at(location, key),
      depth + 1,
      seen
    )
  }
  return copy
}

function jsonCopy(value: unknown, location: string, depth: number, seen: Set<object>): unknown {
  const problem = describe(value)
  if (problem) refuse(location, problem)
  if (value === null || typeof value !== 'object') return value
  if (depth >= MAX_DEPTH)
    refuse(location, `nests deeper than ${MAX_DEPTH} levels (more than any reader here accepts)`)
  if (seen.has(value)) refuse(location, 'refers back to an object that holds it (a cycle)')
  seen.add(value)
  const copy = Array.isArray(value)
    ? copyArray(value, location, depth, seen)
    : copyObject(value, location, depth, seen)
  seen.delete(value)
  return copy
}

/**
 * A copy of `value` that JSON holds exactly, read once; throws a TypeError naming where it is not
 * (undefined, a function, a symbol, a BigInt, a number that is not finite, a lone surrogate, a
 * hole, a cycle, an object that is not plain, nesting past MAX_DEPTH).
 */
export function jsonDataCopy(value: unknown): unknown {
  return jsonCopy(value, '$', 0, new Set())
}
