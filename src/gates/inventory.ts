// Gate E, across lists: no path twice, no two paths that a case-insensitive or
// Unicode-normalising file system would store as one, and no name that cannot be printed safely.
import type { InventoryEntry } from '../inventory/inventory.js'
import { unprintableIn } from '../report/printable.js'
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
      const unsafe = unsafeName(entry.path)
      if (unsafe) violations.push(violation('E', 'PATH_UNSAFE', display(entry.path), unsafe))
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

/**
 * Why a path may not be published, if it may not: a control character or line separator (it
 * breaks logs, line-based lists and workflow commands), or U+FFFD, which is what a name that is
 * not valid UTF-8 reads as.
 */
function unsafeName(path: string): string | undefined {
  const control = unprintableIn(path)
  if (control !== undefined) {
    const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    return `The file name contains the control character ${code}; names like this break logs, line-based file lists and workflow commands, so rename the file.`
  }
  if (path.includes('\uFFFD'))
    return 'The file name is not valid UTF-8 (it reads with U+FFFD in it); rename the file with a UTF-8 name.'
  return undefined
}
