// The artifact list's JSON: what the `inventory` subcommand writes and `artifacts-manifest` reads,
// `JSON.stringify(list, null, 2)` and a newline, byte for byte. One writer makes it: the list is
// its parts (listPart: the elements of a run of records in the list's order, as UTF-8) joined by
// joinParts. The hashing threads make their batches' parts while they hash (hash-worker.ts), so
// for a large tree the list is ready almost as soon as the last digest; when they cannot (the walk
// met the files out of order), inventoryJson makes the parts from the sorted entries.

interface ListEntry {
  path: string
  digest: string
  mediaType: string
  size?: number
}

/** One element of the list, as written. */
export interface ListRecord {
  path: string
  digest: string
  media_type: string
  size?: number
}

const encoder = new TextEncoder()

/**
 * The elements of the list for these records, laid out as in the whole list (`  {...},\n  {...}`),
 * as UTF-8: JSON.stringify's own output cut out of its brackets, so layout and escapes are the
 * engine's. A fresh buffer of its own (never a slice of a shared pool), so it can be transferred.
 */
export function listPart(records: readonly ListRecord[]): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(records, null, 2).slice(2, -2))
}

const OPEN = encoder.encode('[\n')
const COMMA = encoder.encode(',\n')
const CLOSE = encoder.encode('\n]\n')
const EMPTY = encoder.encode('[]\n')

/** The whole list from its parts, in order: `[`, the parts joined by `,`, `]`. */
export function* joinParts(parts: Iterable<Uint8Array>): Generator<Uint8Array> {
  let first = true
  for (const part of parts) {
    yield first ? OPEN : COMMA
    yield part
    first = false
  }
  yield first ? EMPTY : CLOSE
}

/** Entries per part when the list is made from entries: a few hundred kilobytes of text. */
const LIST_SLICE = 2048

/**
 * The list of sorted entries, made a part of LIST_SLICE entries at a time, as the threads make
 * theirs: 200,000 entries never become one string.
 */
export function inventoryJson(entries: readonly ListEntry[]): Generator<Uint8Array> {
  return joinParts(partsOf(entries))
}

function* partsOf(entries: readonly ListEntry[]): Generator<Uint8Array> {
  for (let start = 0; start < entries.length; start += LIST_SLICE) {
    yield listPart(
      entries
        .slice(start, start + LIST_SLICE)
        .map((e): ListRecord =>
          e.size === undefined
            ? { path: e.path, digest: e.digest, media_type: e.mediaType }
            : { path: e.path, digest: e.digest, media_type: e.mediaType, size: e.size }
        )
    )
  }
}
