// One artifact or catalog file of an inventory, as the manifest and the gates see it: a module of
// its own so that what builds entries (stores.ts) and what collects them (inventory.ts) can both
// name the type without importing each other.
import type { EntryPointer } from './lfs-entries.js'

export interface InventoryEntry {
  /** Root-relative, `/`-separated, normalised. */
  path: string
  digest: string
  mediaType: string
  /** Bytes on disk; absent for a precomputed entry whose file is not present. */
  size?: number
  /** False only for a precomputed entry whose file is not present to check. */
  verified: boolean
  /** The Git LFS pointer the file on disk is, when it is one (lfs-entries.ts). */
  lfsPointer?: EntryPointer
}
