// The known names nearest a mistyped one, for "did you mean" answers: Levenshtein distance
// (fastest-levenshtein), and only names within a third of the typed name's length, so a name
// that resembles nothing gets no suggestion. meantName picks the one name of a directory a path
// segment meant, for the hints on a missing document (documents/path-hint.ts) and on a pattern
// that matches nothing (inventory/pattern-hint.ts).
import { distance } from 'fastest-levenshtein'
import { compareText } from './order.js'

/** Every one of `known` at the least distance from `typed`, if that is close; in their order. */
export function nearestNames(typed: string, known: Iterable<string>): string[] {
  let best: string[] = []
  let bestDistance = Math.ceil(typed.length / 3) + 1
  for (const name of known) {
    const d = distance(typed, name)
    if (d < bestDistance) [best, bestDistance] = [[name], d]
    else if (d === bestDistance) best.push(name)
  }
  return best
}

/** The closest of `known` to `typed`, or undefined when none is close; ties go to byte order. */
export function nearestName(typed: string, known: Iterable<string>): string | undefined {
  return nearestNames(typed, known).sort(compareText)[0]
}

/** Directories larger than this get no spelling guess (each name costs a distance). */
export const SPELLING_ENTRIES = 10_000

/**
 * The one name of a directory that `typed` may have meant: the same in another letter case, or,
 * when `spelling` allows it, the only nearest (nearestNames). Two alike in letter case, or two
 * equally near, give none; nor does a directory of more than SPELLING_ENTRIES names give a
 * spelling guess.
 */
export function meantName(
  typed: string,
  names: readonly string[],
  spelling: boolean
): { name: string; why: 'case' | 'spelling' } | undefined {
  const folded = typed.toLowerCase()
  const alike = names.filter((n) => n.toLowerCase() === folded)
  if (alike.length === 1) return { name: alike[0]!, why: 'case' }
  if (alike.length > 1 || !spelling || names.length > SPELLING_ENTRIES) return undefined
  const best = nearestNames(typed, names)
  return best.length === 1 ? { name: best[0]!, why: 'spelling' } : undefined
}
