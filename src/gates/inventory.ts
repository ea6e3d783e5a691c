// Gate E, across lists: no path twice, and no two paths that a case-insensitive or
// Unicode-normalising file system would store as one.
import type { InventoryEntry } from '../inventory/inventory.js'
import { violation, type Violation } from './violation.js'

export function checkInventoryPaths(
  lists: ReadonlyArray<{ input: string; entries: readonly InventoryEntry[] }>,
  display: (relative: string) => string
): Violation[] {
  const violations: Violation[] = []
  const exact = new Map<string, string>()
  const folded = new Map<string, string>()
  for (const { input, entries } of lists) {
    for (const entry of entries) {
      const other = exact.get(entry.path)
      if (other !== undefined) {
        violations.push(
          violation(
            'E',
            'DUPLICATE_PATH',
            display(entry.path),
            `${entry.path} is listed in both ${other} and ${input}; a file is either an artifact or a catalog, so narrow one of the patterns.`
          )
        )
        continue
      }
      exact.set(entry.path, input)
      const key = entry.path.normalize('NFC').toLowerCase()
      const twin = folded.get(key)
      if (twin !== undefined) {
        violations.push(
          violation(
            'E',
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
