// A precomputed list (`artifacts-manifest`): its entries read and checked one by one, then held
// against the files that are present (found by the patterns, or placed and hashed here); an
// entry for a file not present is taken on trust and marked so (verified: false).
import { lstatSync, realpathSync } from 'node:fs'
import path from 'node:path'
import type { DocumentRef } from '../documents/read-document.js'
import { DocumentError, readJsonDocument } from '../documents/json-document.js'
import { DIGEST_PATTERN } from '../model/digest.js'
import { normaliseRelative, relativeInside } from '../model/paths.js'
import type { InventoryEntry } from './entry.js'
import { finding, unreadableFile, type InventoryFinding } from './findings.js'
import { hashAll, type HashOutcome } from './hash-pool.js'
import { recordedDigest, type EntryPointer } from './lfs-entries.js'
import type { InventoryRequest } from './request.js'

interface ListedEntry {
  path: string
  digest: string
  mediaType: string
}

async function readPrecomputed(
  source: DocumentRef,
  findings: InventoryFinding[]
): Promise<ListedEntry[]> {
  let document
  try {
    document = await readJsonDocument(source.absolute, source.path, source.confine, source.root)
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    findings.push(finding('PRECOMPUTED_INVALID', source.path, error.message, error.line))
    return []
  }
  if (!Array.isArray(document.value)) {
    const message = `${source.path} must be a JSON array of {"path", "digest", "media_type"} objects.`
    findings.push(finding('PRECOMPUTED_INVALID', source.path, message, 1))
    return []
  }
  const listed: ListedEntry[] = []
  document.value.forEach((item: unknown, index: number) => {
    const entry = listedEntry(source.path, item, index, document.lineOf([index]), findings)
    if (entry) listed.push(entry)
  })
  return listed
}

/** One item of a precomputed list as an entry, or undefined when a finding refuses it. */
function listedEntry(
  list: string,
  item: unknown,
  index: number,
  line: number | undefined,
  findings: InventoryFinding[]
): ListedEntry | undefined {
  const problem = (message: string): void => {
    findings.push(finding('PRECOMPUTED_INVALID', list, message, line))
  }
  const where = `${list} entry ${index}`
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problem(`${where} must be an object with path, digest and media_type.`)
    return undefined
  }
  const record = item as Record<string, unknown>
  const unknown = Object.keys(record).filter(
    (k) => !['path', 'digest', 'media_type', 'size'].includes(k)
  )
  if (unknown.length > 0)
    problem(
      `${where} has unknown field(s) ${unknown.join(', ')}; allowed are path, digest, media_type, size.`
    )
  if (typeof record.path === 'string' && record.path.endsWith('/')) {
    problem(
      `${where} names the directory "${record.path}"; list a directory store's files (as the inventory command writes them), and its one entry is made from them.`
    )
    return undefined
  }
  const safe = typeof record.path === 'string' ? normaliseRelative(record.path) : undefined
  if (!safe || !safe.ok) {
    const reason = safe ? `path "${String(record.path)}" ${safe.reason}` : 'has no string "path"'
    const kind = safe ? 'PATH_OUTSIDE_ROOT' : 'PRECOMPUTED_INVALID'
    findings.push(finding(kind, list, `${where}: ${reason}.`, line))
    return undefined
  }
  if (typeof record.digest !== 'string' || !DIGEST_PATTERN.test(record.digest)) {
    const message = `${where} (${safe.path}): "digest" must be sha256: followed by 64 lowercase hex characters.`
    findings.push(finding('DIGEST_INVALID', list, message, line))
    return undefined
  }
  if (typeof record.media_type !== 'string' || record.media_type.trim() === '') {
    problem(`${where} (${safe.path}): "media_type" must be a non-empty string.`)
    return undefined
  }
  return { path: safe.path, digest: record.digest, mediaType: record.media_type }
}

/**
 * Where a listed entry's file stands, when the patterns did not find it: present in any form (a
 * directory or a dangling link where a file is listed is a problem, not an entry to take on
 * trust), and then inside the root or not (placer).
 */
type ListedPlace = 'absent' | 'inside' | 'outside' | 'dangling'

/** A file's outcome as its entry records it: a pointer's oid where the pointer stands in. */
type RecordedOutcome =
  { digest: string; size: number; lfsPointer?: EntryPointer } | { error: string }

/**
 * One entry of a precomputed list, held against the file when it is present (found by the
 * patterns, or hashed here): the entry to keep, or undefined when a finding refuses it.
 */
function checkedListEntry(
  request: InventoryRequest & { precomputed: DocumentRef },
  entry: ListedEntry,
  place: ListedPlace,
  actual: RecordedOutcome | undefined,
  findings: InventoryFinding[]
): InventoryEntry | undefined {
  const list = request.precomputed.path
  const shown = request.display(entry.path)
  if (place === 'dangling') {
    const message = `${shown} (listed in ${list}) is a symbolic link to nothing; remove it from the list or restore the file.`
    findings.push(finding('SYMLINK_DANGLING', shown, message))
    return undefined
  }
  if (place === 'outside') {
    const message = `${shown} (listed in ${list}) resolves through a symbolic link outside the dataset root; copy the file into the root instead of linking to it.`
    findings.push(finding('PATH_OUTSIDE_ROOT', shown, message))
    return undefined
  }
  if (actual && 'error' in actual) {
    findings.push(unreadableFile(request.display(entry.path), actual.error))
    return undefined
  }
  if (actual && actual.digest !== entry.digest) {
    const message = `${list} gives ${entry.path} the digest ${entry.digest}, but the file on disk has ${actual.digest}; regenerate the list or restore the file.`
    findings.push(finding('DIGEST_MISMATCH', shown, message))
    return undefined
  }
  return {
    path: entry.path,
    digest: entry.digest,
    mediaType: entry.mediaType,
    ...(actual ? { size: actual.size } : {}),
    verified: actual !== undefined,
    ...(actual?.lfsPointer ? { lfsPointer: actual.lfsPointer } : {})
  }
}

/** Where placer says a listed path leads. */
type Place =
  /** Something is there, inside the root (through links or not). */
  | { state: 'inside' }
  /** Nothing there, or a directory on the way is missing. */
  | { state: 'missing' }
  /** A symbolic link to nothing. */
  | { state: 'dangling' }
  /** The path, or a directory on its way, resolves outside the root through a link. */
  | { state: 'outside'; target: string }

/**
 * Where a listed path leads: inside the root, or not. Each directory on the way is resolved once
 * (a dataset of tens of thousands of files has few directories); the file itself is resolved only
 * when it is a link. Synchronous: nothing is hashed until every entry is placed, and 40,000 lstat
 * calls cost 0.6 s of this thread as promises, a seventh of that as plain calls.
 */
function placer(root: string): (relative: string) => Place {
  const realRoot = realpathSync.native(root)
  const directories = new Map<string, string | undefined>()
  /** '' inside the root, the target outside it, undefined when it does not resolve. */
  const outside = (absolute: string): string | undefined => {
    let target: string
    try {
      target = realpathSync.native(absolute)
    } catch {
      return undefined
    }
    return target !== realRoot && relativeInside(realRoot, target) === undefined ? target : ''
  }
  return (relative) => {
    const directory = path.posix.dirname(relative)
    let through = directories.get(directory)
    if (!directories.has(directory)) {
      through = directory === '.' ? '' : outside(path.join(root, directory))
      directories.set(directory, through)
    }
    if (through === undefined) return { state: 'missing' }
    if (through !== '') return { state: 'outside', target: through }
    const absolute = path.join(root, relative)
    let info
    try {
      info = lstatSync(absolute)
    } catch {
      // Nothing there, or a file where a directory of the path should be (ENOTDIR).
      return { state: 'missing' }
    }
    if (!info.isSymbolicLink()) return { state: 'inside' }
    const target = outside(absolute)
    if (target === undefined) return { state: 'dangling' }
    return target === '' ? { state: 'inside' } : { state: 'outside', target }
  }
}

/**
 * The files a precomputed list names beyond those the patterns found: where each stands, and the
 * digests of those present, hashed together (through the request's pool when it has one).
 */
async function placeAndHash(
  request: InventoryRequest,
  entries: readonly ListedEntry[]
): Promise<{ places: ListedPlace[]; hashed: Map<number, HashOutcome> }> {
  const place = placer(request.root)
  const places = entries.map((entry): ListedPlace => {
    const { state } = place(entry.path)
    return state === 'missing' ? 'absent' : state
  })
  const present = places.flatMap((place, index) => (place === 'inside' ? [index] : []))
  const files = present.map((index) => path.join(request.root, entries[index]!.path))
  const outcomes =
    files.length === 0
      ? undefined
      : request.pool
        ? await request.pool.hash(files)
        : await hashAll(files, request.workers)
  const hashed = new Map(present.map((index, at) => [index, outcomes!.get(at)]))
  return { places, hashed }
}

/**
 * The found entries (by path) with a precomputed list's: found files first, the list then adds
 * what it names beyond them, each checked against its file where the file is present.
 */
export async function withPrecomputedList(
  request: InventoryRequest & { precomputed: DocumentRef },
  entries: Map<string, InventoryEntry>,
  findings: InventoryFinding[]
): Promise<void> {
  const { precomputed } = request
  const listed = await readPrecomputed(precomputed, findings)
  const seen = new Set<string>()
  const unique: ListedEntry[] = []
  for (const entry of listed) {
    if (seen.has(entry.path)) {
      const message = `${precomputed.path} lists ${entry.path} twice; keep one entry.`
      findings.push(finding('DUPLICATE_PATH', precomputed.path, message))
      continue
    }
    seen.add(entry.path)
    unique.push(entry)
  }
  const beyond = unique.filter((entry) => !entries.has(entry.path))
  const { places, hashed: digests } = await placeAndHash(request, beyond)
  const placeOfEntry = new Map(beyond.map((entry, index) => [entry, index]))
  for (const entry of unique) {
    const globbed = entries.get(entry.path)
    const index = placeOfEntry.get(entry)
    const hashedHere = index === undefined ? undefined : digests.get(index)
    const actual: RecordedOutcome | undefined = globbed
      ? { digest: globbed.digest, size: globbed.size ?? 0, lfsPointer: globbed.lfsPointer }
      : hashedHere && 'digest' in hashedHere
        ? recordedDigest(request, entry.path, hashedHere, findings)
        : hashedHere
    const place = index === undefined ? 'inside' : places[index]!
    const checked = checkedListEntry(request, entry, place, actual, findings)
    if (checked) entries.set(entry.path, checked)
  }
}
