// A sharded artifact inventory: the partition every shard agrees on (it depends on the path
// alone), the shard file one shard writes (schemas/inventory_shard_v1.schema.json), and the reader
// that gives the promote run the shard files back as evidence. Whether the shards make one whole
// inventory is gate E's to judge (gates/e-shards.ts, checkShards).
import type { DocumentRef } from '../documents/read-document.js'
import { DocumentError, readJsonDocument } from '../documents/json-document.js'
import { inventoryShardV1, inventoryShardV1Schema } from '../generated/validators.js'
import { schemaValidator } from '../model/json-schema.js'
import { compareText } from '../model/order.js'
import { normaliseRelative } from '../model/paths.js'
import { finding, type InventoryFinding } from './findings.js'
import { readFileSync, statSync } from 'node:fs'
import { LFS_POINTER_LIMIT, lfsPointerOf, pointerSize, type LfsMode } from '../model/lfs-pointer.js'
import { findFiles } from './find-files.js'
import type { StoreMatcher } from './stores.js'
import { mediaTypeOf, type MediaTypeOverride } from './media-types.js'
import type { InventoryEntry } from './entry.js'

const SHARD_FILE_VERSION = 'v1'

export { pathsDigest, shardOf, type ShardSpec } from './partition.js'
import type { ShardSpec } from './partition.js'
import { jsonText } from '../model/json.js'

/** What one shard wrote, as the promote run reads it back. */
interface ShardFile {
  shard: ShardSpec
  /** The dataset root as the inventory named it, workspace-relative (`.` for the workspace). */
  root: string
  patterns: readonly string[]
  /** The media-type overrides, `pattern: media/type` as given. */
  mediaTypes: readonly string[]
  /** How many files the patterns matched, in every shard. */
  pathCount: number
  /** pathsDigest of those files' paths. */
  pathsDigest: string
  /** This shard's files, sorted by path. */
  entries: readonly InventoryEntry[]
}

/** A media-type override as the shard file records it: `pattern: media/type`, as given. */
export function overrideLine(override: MediaTypeOverride): string {
  return `${override.pattern}: ${override.mediaType}`
}

/** The shard file's bytes: two-space JSON and a newline, fields in the schema's order. */
export function shardFileText(shard: ShardFile): string {
  const document = {
    kfm_inventory_shard_version: SHARD_FILE_VERSION,
    shard: { index: shard.shard.index, count: shard.shard.count },
    input: 'artifacts',
    root: shard.root,
    patterns: shard.patterns,
    media_types: shard.mediaTypes,
    path_count: shard.pathCount,
    paths_digest: shard.pathsDigest,
    entries: shard.entries.map((e) => ({
      path: e.path,
      digest: e.digest,
      media_type: e.mediaType,
      size: e.size ?? 0
    }))
  }
  return jsonText(document)
}

/** A shard file read back: what it says, where it is (workspace-relative), and its lines. */
export interface ShardDocument extends ShardFile {
  path: string
  lineOf(location: Array<string | number>): number | undefined
}

interface ShardReading {
  /** The shard files that are readable, in the order given. */
  shards: ShardDocument[]
  /** Why the others cannot be read as shard files (SHARD_INVALID). */
  findings: InventoryFinding[]
}

const problems = schemaValidator(inventoryShardV1, inventoryShardV1Schema)

interface ShardJson {
  shard: ShardSpec
  root: string
  patterns: string[]
  media_types: string[]
  path_count: number
  paths_digest: string
  entries: Array<{ path: string; digest: string; media_type: string; size: number }>
}

/** One shard file, strictly: JSON as every input document is read, then the shard schema. */
async function readShard(ref: DocumentRef, findings: InventoryFinding[]): Promise<ShardDocument[]> {
  const invalid = (message: string, line?: number): ShardDocument[] => {
    findings.push(finding('SHARD_INVALID', ref.path, message, line))
    return []
  }
  let document
  try {
    document = await readJsonDocument(ref.absolute, ref.path, ref.confine, ref.root)
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    return invalid(
      `${error.message}; give the shard files the inventory jobs wrote, unchanged.`,
      error.line
    )
  }
  const [problem] = problems(document.value)
  if (problem) {
    const text = problem.text.replace(/^the document/, 'the shard file')
    return invalid(
      `${ref.path} is not an inventory shard file (schemas/inventory_shard_v1.schema.json): ${text}; give the files inventory --shard writes, unchanged.`,
      document.lineOf(problem.location) ?? 1
    )
  }
  const value = document.value as ShardJson
  const entries: InventoryEntry[] = []
  for (const [index, entry] of value.entries.entries()) {
    const safe = normaliseRelative(entry.path)
    if (!safe.ok || safe.path !== entry.path)
      return invalid(
        `${ref.path} entry ${index}: the path "${entry.path}" ${safe.ok ? 'is not in normal form' : safe.reason}; a shard file lists root-relative paths as the inventory writes them, so regenerate it.`,
        document.lineOf(['entries', index, 'path'])
      )
    entries.push({
      path: entry.path,
      digest: entry.digest,
      mediaType: entry.media_type,
      size: entry.size,
      verified: true
    })
  }
  return [
    {
      path: ref.path,
      shard: value.shard,
      root: value.root,
      patterns: value.patterns,
      mediaTypes: value.media_types,
      pathCount: value.path_count,
      pathsDigest: value.paths_digest,
      entries,
      lineOf: (location) => document.lineOf(location)
    }
  ]
}

/** A file of the promote job's own tree, as an unsharded run would enter it (but its digest). */
export interface TreeFile {
  path: string
  size: number
  /** From its name and this run's media-type overrides, as an unsharded run derives it. */
  mediaType: string
}

/** What gate E judges of a sharded inventory: the shard files, and what the promote run was given. */
export interface ShardEvidence {
  /** The input the shard files came from (`artifacts-shards`), for messages. */
  input: string
  shards: readonly ShardDocument[]
  /** The promote run's own root (workspace-relative), media-type overrides and, if given, patterns. */
  expected: { root: string; patterns: readonly string[]; mediaTypes: readonly string[] }
  /**
   * The promote job's own tree, listed with the same patterns: what an unsharded run here would
   * inventory. The shards must list exactly these files, with these sizes and media types.
   */
  tree?: readonly TreeFile[]
}

/**
 * The promote job's own tree, found with the patterns an unsharded run would use and not hashed:
 * each file's size and derived media type, and what finding them met (links out of the root,
 * dangling links, named pipes: the findings an unsharded run reports). The digests are the
 * shards' to give; everything else is this job's.
 */
export async function listShardTree(request: {
  root: string
  patterns: readonly string[]
  overrides: readonly MediaTypeOverride[]
  display: (relative: string) => string
  skip: ReadonlySet<string>
  /** Under `pointers`, a Git LFS pointer's size is the size it declares, as the shards record it. */
  lfs: LfsMode
  /** Directories taken whole, as the inventory jobs took them (their files are the tree's). */
  stores?: StoreMatcher
}): Promise<{ tree: TreeFile[]; findings: InventoryFinding[] }> {
  const found = await findFiles(
    request.root,
    request.patterns,
    'artifacts',
    request.display,
    request.skip,
    undefined,
    request.stores
  )
  const findings = [...found.findings]
  const tree: TreeFile[] = []
  for (const file of found.files) {
    let size: number
    try {
      size = statSync(file.absolute).size
    } catch (error) {
      const shown = request.display(file.path)
      const code = (error as NodeJS.ErrnoException).code ?? String(error)
      const message = `${shown} cannot be read (${code}); make sure nothing writes the dataset while it is promoted, then run again.`
      findings.push(finding('FILE_UNREADABLE', shown, message))
      continue
    }
    if (request.lfs === 'pointers' && size < LFS_POINTER_LIMIT)
      size = declaredSize(file.absolute, size)
    tree.push({ path: file.path, size, mediaType: mediaTypeOf(file.path, request.overrides) })
  }
  tree.sort((a, b) => compareText(a.path, b.path))
  return { tree, findings }
}

/**
 * A small file's size as an inventory job under `lfs: pointers` records it: the size a Git LFS
 * pointer declares, or the file's own. A file that cannot be read here keeps its own size: the
 * comparison with the shards then says it changed.
 */
function declaredSize(absolute: string, own: number): number {
  let bytes: Buffer
  try {
    bytes = readFileSync(absolute)
  } catch {
    return own
  }
  const pointer = lfsPointerOf(bytes)
  return (pointer && pointerSize(pointer)) ?? own
}

/** Reads the shard files given to a promote run (artifacts-shards). */
export async function readShardFiles(refs: readonly DocumentRef[]): Promise<ShardReading> {
  const findings: InventoryFinding[] = []
  const read = await Promise.all(refs.map((ref) => readShard(ref, findings)))
  return { shards: read.flat(), findings }
}

/**
 * The shards' entries as one inventory, sorted as the manifest sorts them: what hashing the files
 * in one run would have given, when gate E finds the shards whole and disjoint and the same as
 * the tree. Otherwise gate E says what is wrong with the shards (a shard given twice, a path in
 * two shards), and the merge takes each shard index once (the first file in index and path order,
 * as gate E reads them) and each path once: a doubled shard is reported as that, not as every path
 * of it listed twice. With the tree, only its files are entered, each with the size and media type
 * found here (a shard's own are held against them by gate E, never taken).
 */
export function mergedEntries(
  shards: readonly ShardDocument[],
  tree?: readonly TreeFile[]
): InventoryEntry[] {
  const ordered = [...shards].sort(
    (a, b) => a.shard.index - b.shard.index || compareText(a.path, b.path)
  )
  const indexes = new Set<number>()
  const byPath = new Map<string, InventoryEntry>()
  for (const shard of ordered) {
    if (indexes.has(shard.shard.index)) continue
    indexes.add(shard.shard.index)
    for (const entry of shard.entries) if (!byPath.has(entry.path)) byPath.set(entry.path, entry)
  }
  const here = tree && new Map(tree.map((file) => [file.path, file]))
  const merged = here
    ? [...byPath.values()].flatMap((entry) => {
        const file = here.get(entry.path)
        return file ? [{ ...entry, size: file.size, mediaType: file.mediaType }] : []
      })
    : [...byPath.values()]
  return merged.sort((a, b) => compareText(a.path, b.path))
}
