// The artifact list's JSON: what the `inventory` subcommand writes and `artifacts-manifest` reads,
// `JSON.stringify(list, null, 2)` byte for byte. It is made in two ways that must agree: from
// sorted entries (inventoryJson), and in parts by the hashing threads while they hash (listBatch),
// so that for a large tree the list is written almost as soon as the last file is hashed.

export interface ListEntry {
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

/**
 * The elements of the list for these records, laid out as in the whole list (`  {...},\n  {...}`):
 * JSON.stringify's own output cut out of its brackets, so layout and escapes are the engine's.
 * Runs in the hashing threads too, from its source text: it may use only its parameters.
 */
export function listElements(records: readonly ListRecord[]): string {
  return JSON.stringify(records, null, 2).slice(2, -2)
}

/** Entries per JSON.stringify call when the list is written: a few hundred kilobytes of text. */
const LIST_SLICE = 2048

/** The list of sorted entries, in slices: 200,000 entries never become one string. */
export function* inventoryJson(entries: readonly ListEntry[]): Generator<string> {
  if (entries.length === 0) {
    yield '[]\n'
    return
  }
  for (let start = 0; start < entries.length; start += LIST_SLICE) {
    const records = entries
      .slice(start, start + LIST_SLICE)
      .map((e): ListRecord =>
        e.size === undefined
          ? { path: e.path, digest: e.digest, media_type: e.mediaType }
          : { path: e.path, digest: e.digest, media_type: e.mediaType, size: e.size }
      )
    const elements = listElements(records)
    const last = start + LIST_SLICE >= entries.length
    yield `${start === 0 ? '[\n' : ',\n'}${elements}${last ? '\n]\n' : ''}`
  }
}

/**
 * One batch's part of the list, as UTF-8, made by the thread that hashed it; undefined when it
 * cannot be a part: a file has no digest, a path is not under `prefix` (the root and a `/`), or
 * the paths are not in the list's order (`compare`, UTF-8 bytes). The caller then builds the list
 * from sorted entries instead. `mediaTypes` gives each file's type, or finds it from the list's
 * path. Runs in the hashing threads from its source text: it uses only its parameters.
 */
export function listBatch(
  files: readonly string[],
  prefix: string,
  mediaTypes: readonly string[] | ((path: string) => string),
  digests: ReadonlyArray<string | undefined>,
  sizes: Float64Array,
  compare: (a: string, b: string) => number,
  elements: (records: ListRecord[]) => string
): Uint8Array | undefined {
  const records: ListRecord[] = new Array(files.length)
  for (let index = 0; index < files.length; index++) {
    const file = files[index]!
    const digest = digests[index]
    if (digest === undefined || !file.startsWith(prefix)) return undefined
    if (index > 0 && compare(files[index - 1]!, file) >= 0) return undefined
    const path = file.slice(prefix.length)
    records[index] = {
      path,
      digest,
      media_type: typeof mediaTypes === 'function' ? mediaTypes(path) : mediaTypes[index]!,
      size: sizes[index]!
    }
  }
  // A fresh buffer of its own (never a slice of a shared pool), so it can be transferred.
  return new TextEncoder().encode(elements(records))
}

const encoder = new TextEncoder()

/** The whole list from the batches' parts, in order: `[`, the parts joined by `,`, `]`. */
export function joinParts(parts: readonly Uint8Array[]): Uint8Array[] {
  if (parts.length === 0) return [encoder.encode('[]\n')]
  const comma = encoder.encode(',\n')
  const chunks: Uint8Array[] = [encoder.encode('[\n')]
  for (const [index, part] of parts.entries()) {
    if (index > 0) chunks.push(comma)
    chunks.push(part)
  }
  chunks.push(encoder.encode('\n]\n'))
  return chunks
}
