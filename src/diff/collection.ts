// The part of a diff read from each side's STAC collection: its extent (bbox, interval) and its
// licence. Only these three; anything else in the collection is the catalogs' own business.
import { isRecord } from '../model/json.js'
import type { DiffOptions, FieldChange } from './options.js'

export interface CollectionFacts {
  /** extent.spatial.bbox, when it is a list of lists of numbers. */
  bbox: number[][] | null
  /** extent.temporal.interval, when it is a list of lists of date-time strings or nulls. */
  interval: Array<Array<string | null>> | null
  license: string | null
}

export type CollectionDiff =
  | {
      compared: true
      changed: boolean
      old_path?: string
      new_path?: string
      bbox: FieldChange<number[][] | null>
      interval: FieldChange<Array<Array<string | null>> | null>
      license: FieldChange<string | null>
    }
  | { compared: false; reason: string }

function listOfLists<T>(value: unknown, item: (v: unknown) => v is T): T[][] | null {
  if (!Array.isArray(value)) return null
  const lists: T[][] = []
  for (const inner of value) {
    if (!Array.isArray(inner) || !inner.every(item)) return null
    lists.push([...inner])
  }
  return lists
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isTime = (v: unknown): v is string | null => v === null || typeof v === 'string'

/** The extent and licence of a STAC Collection document, or undefined when it is not one. */
export function collectionFacts(value: unknown): CollectionFacts | undefined {
  if (!isRecord(value) || value.type !== 'Collection' || !('stac_version' in value))
    return undefined
  const extent = isRecord(value.extent) ? value.extent : {}
  const spatial = isRecord(extent.spatial) ? extent.spatial : {}
  const temporal = isRecord(extent.temporal) ? extent.temporal : {}
  return {
    bbox: listOfLists(spatial.bbox, isNumber),
    interval: listOfLists(temporal.interval, isTime),
    license: typeof value.license === 'string' ? value.license : null
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function change<T>(old: T, now: T): FieldChange<T> {
  return { old, new: now, changed: !same(old, now) }
}

/** The collections compared, or why they are not. */
export function collectionDiff(options: DiffOptions): CollectionDiff {
  const { oldCollection, newCollection } = options
  if (oldCollection === undefined || newCollection === undefined) {
    const missing =
      oldCollection === undefined && newCollection === undefined
        ? 'either side'
        : oldCollection === undefined
          ? 'the old side'
          : 'the new side'
    return {
      compared: false,
      reason: options.collectionMissing ?? `no STAC collection was given for ${missing}`
    }
  }
  const old = collectionFacts(oldCollection)
  const now = collectionFacts(newCollection)
  if (!old || !now)
    return {
      compared: false,
      reason: `the ${!old ? 'old' : 'new'} side's collection is not a STAC Collection (no "type": "Collection" with a stac_version)`
    }
  const bbox = change(old.bbox, now.bbox)
  const interval = change(old.interval, now.interval)
  const license = change(old.license, now.license)
  return {
    compared: true,
    changed: bbox.changed || interval.changed || license.changed,
    ...(options.oldCollectionPath !== undefined ? { old_path: options.oldCollectionPath } : {}),
    ...(options.newCollectionPath !== undefined ? { new_path: options.newCollectionPath } : {}),
    bbox,
    interval,
    license
  }
}
