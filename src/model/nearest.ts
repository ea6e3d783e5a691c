// The known names nearest a mistyped one, for "did you mean" answers: Levenshtein distance
// (fastest-levenshtein), and only names within a third of the typed name's length, so a name
// that resembles nothing gets no suggestion.
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
