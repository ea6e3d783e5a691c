// One side of a diff read from disk: the manifest, and the STAC collection it lists, found among
// its catalog files under the side's root (the manifest's folder unless told otherwise). A
// collection is used only when its bytes are the ones the manifest lists; otherwise the diff
// leaves the collection out and says why.
import { lstatSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { DocumentError, parseJsonText, readDocumentBytes } from '../documents/json-document.js'
import { sha256Digest } from '../model/digest.js'
import { isRecord } from '../model/json.js'
import { isInside } from '../model/paths.js'
import { collectionFacts } from './collection.js'

/** Catalog files read at most, per side, looking for the collection. */
export const MAX_COLLECTION_READS = 200
/** Bytes read at most, per side, looking for it: past them the search stops (a file more at most). */
export const MAX_COLLECTION_BYTES = 64 * 1024 * 1024

export interface DiffSide {
  manifest: unknown
  /** The collection and its root-relative path, or why there is none. */
  collection: { value: unknown; path: string } | { missing: string }
  /** The size of a regular file at a root-relative path inside the root, where there is one. */
  sizeOf: (relative: string) => number | undefined
}

/** The catalog entries of a manifest that look like JSON files; the collection's name first. */
function candidates(manifest: unknown): Array<{ path: string; digest: string }> {
  const catalogs = isRecord(manifest) && Array.isArray(manifest.catalogs) ? manifest.catalogs : []
  const entries = catalogs.flatMap((entry: unknown) =>
    isRecord(entry) &&
    typeof entry.path === 'string' &&
    typeof entry.digest === 'string' &&
    entry.path.toLowerCase().endsWith('.json')
      ? [{ path: entry.path, digest: entry.digest }]
      : []
  )
  const named = (p: string) => path.posix.basename(p) === 'collection.json'
  return [...entries.filter((e) => named(e.path)), ...entries.filter((e) => !named(e.path))]
}

async function findCollection(
  manifest: unknown,
  root: string,
  shownRoot: string
): Promise<DiffSide['collection']> {
  const found = { absent: 0, changed: 0, unreadable: 0, other: 0 }
  const list = candidates(manifest)
  let read = 0
  let bytesRead = 0
  for (const entry of list.slice(0, MAX_COLLECTION_READS)) {
    if (bytesRead > MAX_COLLECTION_BYTES) break
    read++
    let bytes: Buffer
    try {
      bytes = await readDocumentBytes(path.join(root, entry.path), entry.path, { confine: root })
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error
      if (error.absent) found.absent++
      else found.unreadable++
      continue
    }
    bytesRead += bytes.length
    if (sha256Digest(bytes) !== entry.digest) {
      found.changed++
      continue
    }
    let value: unknown
    try {
      value = parseJsonText(entry.path, bytes).value
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error
      found.unreadable++
      continue
    }
    if (collectionFacts(value)) return { value, path: entry.path }
    found.other++
  }
  const counts = [
    found.absent && `${found.absent} absent`,
    found.changed && `${found.changed} not the bytes the manifest lists`,
    found.unreadable && `${found.unreadable} unreadable`,
    found.other && `${found.other} not a STAC Collection`,
    read < list.length && `${list.length - read} more not looked at`
  ].filter(Boolean)
  const looked =
    list.length === 0
      ? 'the manifest lists no JSON catalog file'
      : `of the ${read} JSON catalog file(s) looked at under ${shownRoot}: ${counts.join(', ')}`
  return { missing: `no STAC collection found (${looked})` }
}

function sizeUnder(root: string): (relative: string) => number | undefined {
  let realRoot: string | undefined
  return (relative) => {
    try {
      const absolute = path.join(root, relative)
      const info = lstatSync(absolute, { throwIfNoEntry: false })
      if (!info?.isFile()) return undefined
      realRoot ??= realpathSync(root)
      // A parent folder linked out of the root is not the root's file.
      return isInside(realRoot, realpathSync(absolute)) ? info.size : undefined
    } catch {
      return undefined
    }
  }
}

/** Reads a side; an unreadable manifest throws DocumentError naming the file. */
export async function readDiffSide(
  manifestAbsolute: string,
  manifestShown: string,
  root: { absolute: string; shown: string }
): Promise<DiffSide> {
  const bytes = await readDocumentBytes(manifestAbsolute, manifestShown)
  const { value } = parseJsonText(manifestShown, bytes)
  return {
    manifest: value,
    collection: await findCollection(value, root.absolute, root.shown),
    sizeOf: sizeUnder(root.absolute)
  }
}
