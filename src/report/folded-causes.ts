// Folding for display: each violation another one explains (its `causedBy`, set by the gates'
// cause-first order, gates/causes.ts) is shown under that cause, not beside it.
import type { Violation } from '../model/violation.js'

/** A violation as the reports show it first, with the ones it causes. */
export interface Folded {
  violation: Violation
  consequences: Violation[]
}

/** The violations that have no cause, each with its consequences, in the list's order. */
export function folded(violations: readonly Violation[]): Folded[] {
  const tops: Folded[] = []
  const at = new Map<number, Folded>()
  violations.forEach((violation, index) => {
    const cause = violation.causedBy === undefined ? undefined : at.get(violation.causedBy)
    if (cause) cause.consequences.push(violation)
    else {
      const entry = { violation, consequences: [] }
      tops.push(entry)
      at.set(index, entry)
    }
  })
  return tops
}
