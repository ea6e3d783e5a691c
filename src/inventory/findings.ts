// What finding and hashing files can run into: a pattern that leaves the root or finds
// nothing, a link that leads out, dangles or loops, a file that cannot be read or changes, a
// precomputed list that disagrees with the files. The inventory reports these as findings, with
// the sentence that explains each; gate E decides that each blocks promotion.

export type InventoryFindingKind =
  | 'PATTERN_OUTSIDE_ROOT'
  | 'PATTERN_MATCHES_NOTHING'
  | 'NO_PATTERNS'
  | 'PATH_OUTSIDE_ROOT'
  | 'SYMLINK_DANGLING'
  | 'SYMLINK_LOOP'
  | 'GLOB_FAILED'
  | 'FILE_UNREADABLE'
  | 'PRECOMPUTED_INVALID'
  | 'DIGEST_INVALID'
  | 'DIGEST_MISMATCH'
  | 'DUPLICATE_PATH'
  | 'SHARD_INVALID'
  | 'LFS_POINTER'
  | 'STORE_EMPTY'
  | 'STORE_NESTED'
  | 'STORE_PATTERN_MATCHES_FILE'

export interface InventoryFinding {
  kind: InventoryFindingKind
  /** The file (workspace-relative) or the input the finding is about. */
  path: string
  message: string
  line?: number
  /**
   * For a pattern that matches nothing: the root-relative pattern, and the one it would match as
   * when a hint found one. A file either matches is what the pattern would have found.
   */
  patterns?: string[]
}

export function finding(
  kind: InventoryFindingKind,
  path: string,
  message: string,
  line?: number
): InventoryFinding {
  return line === undefined ? { kind, path, message } : { kind, path, message, line }
}
