// What an inventory is asked for (the root, the patterns, a precomputed list, the hashing pool,
// a shard, the LFS mode, the stores) and what it gives back: entries and findings.
import type { DocumentRef } from '../documents/read-document.js'
import type { LfsMode } from '../model/lfs-pointer.js'
import type { InventoryEntry } from './entry.js'
import type { InventoryFinding } from './findings.js'
import type { HashPool } from './hash-pool.js'
import type { MediaTypeOverride } from './media-types.js'
import type { ShardSpec } from './partition.js'
import type { StoreMatcher } from './stores.js'

export interface InventoryRequest {
  /** Absolute dataset root. */
  root: string
  /** Root-relative path → the workspace-relative path used in messages and annotations. */
  display: (relative: string) => string
  /** Which input the list comes from: `artifacts` or `catalogs`. */
  input: string
  patterns: readonly string[]
  /** A precomputed list (`artifacts-manifest`), named as any input document is. */
  precomputed?: DocumentRef
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
