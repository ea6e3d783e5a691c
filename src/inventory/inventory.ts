// The inventory of one list (artifacts or catalogs): files found by pattern and hashed, and/or a
// precomputed list verified against the files that are present.
import path from 'node:path'
import { findFiles, type FoundFile } from './find-files.js'
import { placer } from './listed-files.js'
import {
  hashAll,
  type HashOutcome,
  type HashOutcomes,
  type HashPool,
  type Listing
} from './hash-pool.js'
import { inventoryJson, joinParts } from './list-json.js'
import { mediaTypeOf, type MediaTypeOverride } from './media-types.js'
import { normaliseRelative } from '../model/paths.js'
import { DIGEST_PATTERN } from '../model/digest.js'
import { DocumentError, readJsonDocument } from '../documents/json-document.js'
import type { DocumentRef } from '../documents/evidence.js'
import { compareText } from '../model/order.js'
import { finding, type InventoryFinding } from './findings.js'
import { pathsDigest, shardOf, type ShardSpec } from './partition.js'
import { recordedDigest, type EntryPointer } from './lfs-entries.js'
import type { InventoryEntry } from './entry.js'
import type { LfsMode } from '../model/lfs-pointer.js'
import { groupStores, type StoreMatcher } from './stores.js'

export type { InventoryEntry } from './entry.js'

export interface PrecomputedList {
  absolute: string
  path: string
  confine?: string
}

export interface InventoryRequest {
  /** Absolute dataset root. */
  root: string
  /** Root-relative path → the workspace-relative path used in messages and annotations. */
  display: (relative: string) => string
  /** Which input the list comes from: `artifacts` or `catalogs`. */
  input: string
  patterns: readonly string[]
  /** A precomputed list (`artifacts-manifest`), absolute path and workspace-relative name. */
  precomputed?: PrecomputedList
  overrides?: readonly MediaTypeOverride[]
  skip?: ReadonlySet<string>
  /** Hashing threads; default: one per core. */
  workers?: number
  /** A pool already started (its threads warm up while the files are found). */
  pool?: HashPool
  /** Hash only this shard's files (shards.ts: shardOf); every file found is still listed. */
  shard?: ShardSpec
  /** What an artifact's Git LFS pointer stands for; default `content` (a pointer is refused). */
  lfs?: LfsMode
  /** Directories found whole as stores (stores.ts); collectInventory makes each one entry. */
  stores?: StoreMatcher
}

export interface Inventory {
  entries: InventoryEntry[]
  findings: InventoryFinding[]
}

interface ListedEntry {
  path: string
  digest: string
  mediaType: string
}

async function readPrecomputed(
  source: DocumentRef,
  findings: InventoryFinding[]
): Promise<ListedEntry[]> {
  const problem = (message: string, line?: number): void => {
    findings.push(finding('PRECOMPUTED_INVALID', source.path, message, line))
  }
  let document
  try {
    document = await readJsonDocument(source.absolute, source.path, source.confine, source.root)
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    problem(error.message, error.line)
    return []
  }
  if (!Array.isArray(document.value)) {
    problem(`${source.path} must be a JSON array of {"path", "digest", "media_type"} objects.`, 1)
    return []
  }
  const listed: ListedEntry[] = []
  document.value.forEach((item: unknown, index: number) => {
    const line = document.lineOf([index])
    const where = `${source.path} entry ${index}`
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problem(`${where} must be an object with path, digest and media_type.`, line)
      return
    }
    const record = item as Record<string, unknown>
    const unknown = Object.keys(record).filter(
      (k) => !['path', 'digest', 'media_type', 'size'].includes(k)
    )
    if (unknown.length > 0)
      problem(
        `${where} has unknown field(s) ${unknown.join(', ')}; allowed are path, digest, media_type, size.`,
        line
      )
    if (typeof record.path === 'string' && record.path.endsWith('/')) {
      problem(
        `${where} names the directory "${record.path}"; list a directory store's files (as the inventory command writes them), and its one entry is made from them.`,
        line
      )
      return
    }
    const safe = typeof record.path === 'string' ? normaliseRelative(record.path) : undefined
    if (!safe || !safe.ok) {
      const reason = safe ? `path "${String(record.path)}" ${safe.reason}` : 'has no string "path"'
      findings.push(
        finding(
          safe ? 'PATH_OUTSIDE_ROOT' : 'PRECOMPUTED_INVALID',
          source.path,
          `${where}: ${reason}.`,
          line
        )
      )
      return
    }
    if (typeof record.digest !== 'string' || !DIGEST_PATTERN.test(record.digest)) {
      findings.push(
        finding(
          'DIGEST_INVALID',
          source.path,
          `${where} (${safe.path}): "digest" must be sha256: followed by 64 lowercase hex characters.`,
          line
        )
      )
      return
    }
    if (typeof record.media_type !== 'string' || record.media_type.trim() === '') {
      problem(`${where} (${safe.path}): "media_type" must be a non-empty string.`, line)
      return
    }
    listed.push({ path: safe.path, digest: record.digest, mediaType: record.media_type })
  })
  return listed
}

const UNREADABLE: Record<string, string> = {
  EISDIR: 'is a directory, not a file',
  ENOTFILE: 'is not a regular file',
  CHANGED: 'changed while it was being hashed',
  ENOENT: 'disappeared while it was being hashed'
}

/** The violation for a file that could not be hashed, from the hasher's error code. */
function unreadable(
  request: InventoryRequest,
  relative: string,
  code: string,
  findings: InventoryFinding[]
): void {
  const shown = request.display(relative)
  const reason = UNREADABLE[code] ?? `cannot be read (${code})`
  findings.push(
    finding(
      'FILE_UNREADABLE',
      shown,
      `${shown} ${reason}; make sure nothing writes the dataset while it is promoted, then run again.`
    )
  )
}

/** The files the patterns find, hashed, with the findings met on the way. */
interface Hashed {
  /** The files hashed: all found, or the shard's. */
  files: FoundFile[]
  /** Every file found, whatever the shard. */
  found: FoundFile[]
  outcomes: HashOutcomes | undefined
  findings: InventoryFinding[]
}

/**
 * Finds the files and hashes them. With a pool, files go to the hashing threads while the walk is
 * still finding more; with `list` too, the threads write the artifact list's parts as they hash.
 */
async function findAndHash(request: InventoryRequest, list = false): Promise<Hashed> {
  if (request.patterns.length === 0 && request.precomputed)
    return { files: [], found: [], outcomes: undefined, findings: [] }
  const { pool, shard } = request
  const prefix = request.root.endsWith('/') ? request.root : `${request.root}/`
  let batch: string[] = []
  // Overrides are matched here, as the walk goes; without any, the threads find types by name.
  const overridden = list && (request.overrides ?? []).length > 0
  let mediaTypes: string[] = []
  const listing = (): Listing | undefined =>
    list ? { prefix, mediaTypes: overridden ? mediaTypes : undefined } : undefined
  const files: FoundFile[] = []
  const found = await findFiles(
    request.root,
    request.patterns,
    request.input,
    request.display,
    request.skip,
    (file) => {
      if (shard && shardOf(file.path, shard.count) !== shard.index) return
      files.push(file)
      if (!pool) return
      batch.push(file.absolute)
      if (overridden) mediaTypes.push(mediaTypeOf(file.path, request.overrides))
      if (batch.length === pool.nextBatchSize) {
        pool.submit(batch, listing())
        batch = []
        mediaTypes = []
      }
    },
    request.stores
  )
  let outcomes: HashOutcomes
  if (pool) {
    pool.submit(batch, listing())
    outcomes = await pool.collect()
  } else {
    outcomes = await hashAll(
      files.map((f) => `${prefix}${f.path}`),
      request.workers
    )
  }
  return { files, found: found.files, outcomes, findings: found.findings }
}

/** The inventory, each directory store one entry made from its files' (stores.ts). */
export async function collectInventory(request: InventoryRequest): Promise<Inventory> {
  const { entries, findings } = await assemble(request, await findAndHash(request))
  const grouped = groupStores(entries, request.stores, request.display, request.overrides)
  return { entries: grouped.entries, findings: [...findings, ...grouped.findings] }
}

/** The artifact list the `inventory` subcommand writes, or the findings that stop it. */
export interface InventoryList {
  count: number
  findings: InventoryFinding[]
  /** The list's bytes (JSON.stringify(list, null, 2) and a newline), in chunks. */
  chunks: Iterable<Uint8Array>
}

/**
 * The inventory as the artifact list. When every file was hashed, nothing was found amiss and the
 * walk met the files in the list's order (the usual case: readdir gives names in byte order), the
 * hashing threads have written the list's parts already; otherwise they are made from the sorted
 * entries. Either way list-json.ts's one writer makes them, so the bytes are the same.
 */
export async function listInventory(request: InventoryRequest): Promise<InventoryList> {
  const hashed = await findAndHash(request, !request.precomputed)
  const { outcomes, files } = hashed
  // The parts stand for the files found only if they cover exactly those, and nothing was amiss.
  const parts = outcomes?.listParts
  if (parts && hashed.findings.length === 0 && outcomes?.sizes.length === files.length)
    return { count: files.length, findings: [], chunks: joinParts(parts) }
  const { entries, findings } = await assemble(request, hashed)
  return { count: entries.length, findings, chunks: inventoryJson(entries) }
}

/** One shard's part of the inventory, and what every shard agrees on: the whole listing. */
export interface ShardInventory extends Inventory {
  /** Files the patterns found, in every shard. */
  pathCount: number
  /** shards.ts pathsDigest of their paths. */
  pathsDigest: string
}

/**
 * One shard of the inventory: the walk finds every file as an unsharded run does (and meets the
 * same findings), the hashing threads hash only the shard's files.
 */
export async function inventoryShard(
  request: InventoryRequest & { shard: ShardSpec }
): Promise<ShardInventory> {
  const hashed = await findAndHash(request)
  const { entries, findings } = await assemble(request, hashed)
  const paths = hashed.found.map((file) => file.path)
  return { entries, findings, pathCount: paths.length, pathsDigest: pathsDigest(paths) }
}

/** An entry for each file that hashed; a finding for each that did not. */
function hashedEntries(
  request: InventoryRequest,
  hashed: Hashed,
  findings: InventoryFinding[]
): InventoryEntry[] {
  const entries: InventoryEntry[] = []
  const { outcomes } = hashed
  if (!outcomes) return entries
  for (const [index, file] of hashed.files.entries()) {
    const digest = outcomes.digests[index]
    if (digest === undefined) {
      unreadable(request, file.path, outcomes.errorOf(index), findings)
      continue
    }
    const mediaType = mediaTypeOf(file.path, request.overrides)
    const pointer = outcomes.pointers.get(index)
    const size = outcomes.sizes[index]!
    if (!pointer) {
      entries.push({ path: file.path, digest, mediaType, size, verified: true })
      continue
    }
    const recorded = recordedDigest(request, file.path, { digest, size, pointer }, findings)
    entries.push({ path: file.path, mediaType, verified: true, ...recorded })
  }
  return entries
}

/**
 * Where a listed entry's file stands, when the patterns did not find it: present in any form (a
 * directory or a dangling link where a file is listed is a problem, not an entry to take on
 * trust), and then inside the root or not, as verify places a written manifest's files.
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
  request: InventoryRequest & { precomputed: PrecomputedList },
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
    unreadable(request, entry.path, actual.error, findings)
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

/** The entries of the hashed files, checked against the precomputed list if there is one. */
async function assemble(request: InventoryRequest, hashed: Hashed): Promise<Inventory> {
  const findings: InventoryFinding[] = [...hashed.findings]
  const found = hashedEntries(request, hashed, findings)
  const byPath = (a: InventoryEntry, b: InventoryEntry): number => compareText(a.path, b.path)
  const { precomputed } = request
  if (!precomputed) return { entries: found.sort(byPath), findings }
  // Found files first; the precomputed list then adds what it names beyond them.
  const entries = new Map(found.map((entry) => [entry.path, entry]))
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
    const checked = checkedListEntry({ ...request, precomputed }, entry, place, actual, findings)
    if (checked) entries.set(entry.path, checked)
  }
  return { entries: [...entries.values()].sort(byPath), findings }
}
