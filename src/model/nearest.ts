// The known name nearest a mistyped one, for "did you mean" answers: Levenshtein distance
// (fastest-levenshtein), and only a name within a third of the typed name's length, so a name
// that resembles nothing gets no suggestion.
import { distance } from 'fastest-levenshtein'
import { compareText } from './order.js'

/** The closest of `known` to `typed`, or undefined when none is close; ties go to byte order. */
export function nearestName(typed: string, known: Iterable<string>): string | undefined {
  const allowed = Math.ceil(typed.length / 3)
  let best: { name: string; distance: number } | undefined
  for (const name of known) {
    const d = distance(typed, name)
    if (d > allowed) continue
    if (!best || d < best.distance || (d === best.distance && compareText(name, best.name) < 0))
      best = { name, distance: d }
  }
  return best?.name
}
