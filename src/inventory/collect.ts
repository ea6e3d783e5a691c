// The inventory of one list (artifacts or catalogs): files found by pattern and hashed, and/or a
// precomputed list verified against the files that are present (precomputed-list.ts); as the
// entries a run judges, the artifact list the `inventory` subcommand writes, or one shard's part.
import { compareText } from '../model/order.js'
import type { InventoryEntry } from './entry.js'
import { findFiles, type FoundFile } from './find-files.js'
import { unreadableFile, type InventoryFinding } from './findings.js'
import { hashAll, type HashOutcomes, type Listing } from './hash-pool.js'
import { recordedDigest } from './lfs-entries.js'
import { inventoryJson, joinParts } from './list-json.js'
import { mediaTypeOf } from './media-types.js'
import { pathsDigest, shardOf, type ShardSpec } from './partition.js'
import { withPrecomputedList } from './precomputed-list.js'
import type { Inventory, InventoryRequest } from './request.js'
import { groupStores } from './stores.js'

export type { InventoryEntry } from './entry.js'
export type { Inventory, InventoryRequest } from './request.js'

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
interface InventoryList {
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
interface ShardInventory extends Inventory {
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
      findings.push(unreadableFile(request.display(file.path), outcomes.errorOf(index)))
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

/** The entries of the hashed files, checked against the precomputed list if there is one. */
async function assemble(request: InventoryRequest, hashed: Hashed): Promise<Inventory> {
  const findings: InventoryFinding[] = [...hashed.findings]
  const found = hashedEntries(request, hashed, findings)
  const byPath = (a: InventoryEntry, b: InventoryEntry): number => compareText(a.path, b.path)
  const { precomputed } = request
  if (!precomputed) return { entries: found.sort(byPath), findings }
  const entries = new Map(found.map((entry) => [entry.path, entry]))
  await withPrecomputedList({ ...request, precomputed }, entries, findings)
  return { entries: [...entries.values()].sort(byPath), findings }
}
