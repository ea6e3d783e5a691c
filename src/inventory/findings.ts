// What finding and hashing files can run into: a pattern that leaves the root or finds
// nothing, a link that leads out, dangles or loops, a file that cannot be read or changes, a
// precomputed list that disagrees with the files. The inventory reports these as findings, with
// the sentence that explains each; gate E decides that each blocks promotion.
import type { CodeOfGate } from '../model/codes.js'

/** A finding is one of gate E's codes, which gate E reports as it is. */
export type InventoryFindingKind = CodeOfGate<'E'>

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

const UNREADABLE: Record<string, string> = {
  EISDIR: 'is a directory, not a file',
  ENOTFILE: 'is not a regular file',
  CHANGED: 'changed while it was being hashed',
  ENOENT: 'disappeared while it was being hashed'
}

/** The finding for a file that could not be hashed (shown as `shown`), from the hasher's error code. */
export function unreadableFile(shown: string, code: string): InventoryFinding {
  const reason = UNREADABLE[code] ?? `cannot be read (${code})`
  return finding(
    'FILE_UNREADABLE',
    shown,
    `${shown} ${reason}; make sure nothing writes the dataset while it is promoted, then run again.`
  )
}
