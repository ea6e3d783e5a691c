// Gate E's path rules, and what the inventory met on its way. Every finding (a pattern that
// finds nothing or leaves the root, a file that cannot be hashed) blocks promotion as a violation;
// and no path twice, no two paths that a case-insensitive or Unicode-normalising file system
// would store as one, no name that cannot be printed safely.
import type { InventoryFinding } from '../inventory/findings.js'
import type { InventoryEntry } from '../inventory/entry.js'
import type { StoreEntry } from '../inventory/stores.js'
import { invisibleIn, unprintableIn } from '../model/printable.js'
import { violation, type Violation } from '../model/violation.js'

/** What the inventory found on its way: each blocks promotion, as gate E's violation. */
export function inventoryViolations(findings: readonly InventoryFinding[]): Violation[] {
  return findings.map((f) =>
    violation(f.kind, f.path, f.message, {
      line: f.line,
      about: f.patterns && { patterns: f.patterns }
    })
  )
}

/** The paths of the artifacts and catalogs lists: each safe, once, and no two stored as one. */
export function checkInventoryPaths(
  lists: ReadonlyArray<{ input: string; entries: readonly InventoryEntry[] }>,
  display: (relative: string) => string
): Violation[] {
  const violations: Violation[] = []
  const exact = new Map<string, string>()
  const folded = new Map<string, string>()
  for (const { input, entries } of lists) {
    for (const entry of entries) {
      const unsafe = unsafeName(entry.path)
      if (unsafe) violations.push(violation('PATH_UNSAFE', display(entry.path), unsafe))
      const other = exact.get(entry.path)
      if (other !== undefined) {
        violations.push(
          violation(
            'DUPLICATE_PATH',
            display(entry.path),
            `${entry.path} is listed in both ${other} and ${input}; a file is either an artifact or a catalog, so narrow one of the patterns.`
          )
        )
        continue
      }
      exact.set(entry.path, input)
      const key = foldedKey(entry.path)
      const twin = folded.get(key)
      if (twin !== undefined) {
        violations.push(
          violation(
            'PATH_COLLISION',
            display(entry.path),
            `${entry.path} and ${twin} differ only in letter case or Unicode normalisation; they would be one file on many systems, so rename one.`
          )
        )
      } else folded.set(key, entry.path)
    }
  }
  return violations
}

/**
 * The path rules for the files inside directory stores (they are published too), without a table
 * of every file: a store's file can only repeat a catalog's path (the store holds everything
 * under its directory), and two names collide only when at least one of them is not in folded
 * form already, which chunk names (`c/0/1`, `.zarray`) almost never are. So only the names that
 * are not are filed, and a store of a million files costs a lookup each, not two tables of a
 * million entries.
 */
export function checkStorePaths(
  stores: readonly StoreEntry[],
  others: readonly InventoryEntry[],
  display: (relative: string) => string
): Violation[] {
  if (stores.length === 0) return []
  const violations: Violation[] = []
  const catalogs = new Set(others.map((entry) => entry.path))
  const unfolded = new Map<string, string>()
  for (const entry of others)
    if (!ALREADY_FOLDED.test(entry.path)) unfolded.set(foldedKey(entry.path), entry.path)
  const collision = (path: string, twin: string): void => {
    const message = `${path} and ${twin} differ only in letter case or Unicode normalisation; they would be one file on many systems, so rename one.`
    violations.push(violation('PATH_COLLISION', display(path), message))
  }
  for (const store of stores) {
    for (const file of store.files) {
      const unsafe = unsafeName(file.path)
      if (unsafe) violations.push(violation('PATH_UNSAFE', display(file.path), unsafe))
      if (catalogs.has(file.path)) {
        const message = `${file.path} is in the directory store ${store.path} and listed in catalogs; a file is either an artifact or a catalog, so narrow the catalogs patterns.`
        violations.push(violation('DUPLICATE_PATH', display(file.path), message))
      }
      if (ALREADY_FOLDED.test(file.path)) continue
      const key = foldedKey(file.path)
      const twin = unfolded.get(key)
      if (twin !== undefined) collision(file.path, twin)
      else unfolded.set(key, file.path)
    }
  }
  if (unfolded.size === 0) return violations
  for (const store of stores) {
    for (const file of store.files) {
      if (!ALREADY_FOLDED.test(file.path)) continue
      const twin = unfolded.get(file.path)
      if (twin !== undefined) collision(file.path, twin)
    }
  }
  return violations
}

/** A path as a case-insensitive, Unicode-normalising file system would store it. */
const ALREADY_FOLDED = /^[a-z0-9._/-]*$/
export function foldedKey(path: string): string {
  // Lower-case ASCII is its own NFC form and lower case: no new string for each of 200,000.
  return ALREADY_FOLDED.test(path) ? path : path.normalize('NFC').toLowerCase()
}

/**
 * Why a path may not be published, if it may not: a control character or line separator (it
 * breaks logs, line-based lists and workflow commands), or U+FFFD, which is what a name that is
 * not valid UTF-8 reads as.
 */
export function unsafeName(path: string): string | undefined {
  const control = unprintableIn(path)
  if (control !== undefined) {
    const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    return `The file name contains the control character ${code}; names like this break logs, line-based file lists and workflow commands, so rename the file.`
  }
  const invisible = invisibleIn(path)
  if (invisible !== undefined) {
    const code = `U+${invisible.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    return `The file name contains ${code}, a bidirectional or invisible control that makes a name read as another; rename the file.`
  }
  if (path.includes('\uFFFD'))
    return 'The file name is not valid UTF-8 (it reads with U+FFFD in it); rename the file with a UTF-8 name.'
  return undefined
}
