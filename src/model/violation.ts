import { CODES, type ViolationCode } from './codes.js'
import type { GateLetter } from './gate-letter.js'
import { printable } from './printable.js'
import { compareText } from './order.js'

// A violation is a value, not an exception: every check returns them, the adapters report them
// all together, and any one of them blocks promotion.

export { GATES, type GateLetter } from './gate-letter.js'

export interface Violation {
  gate: GateLetter
  /** Stable, documented in the README; tests and users may match on it. */
  code: string
  /** The file (workspace-relative) or the input the violation is about. */
  path: string
  /** A sentence a person can act on: what is wrong and what to do. */
  message: string
  /** 1-based line in `path`, where the parser could tell. */
  line?: number
}

export function violation(
  gate: GateLetter,
  code: ViolationCode,
  path: string,
  message: string,
  line?: number
): Violation {
  if (CODES[code] !== gate)
    throw new Error(`bug: ${code} belongs to gate ${CODES[code]}, not ${gate}`)
  // Paths and messages quote file names and document values: printed on one line, always.
  const shown = { gate, code, path: printable(path), message: printable(message) }
  return line === undefined ? shown : { ...shown, line }
}

/** Violations in a defined order, so reports are as deterministic as manifests. */
export function sortViolations(violations: readonly Violation[]): Violation[] {
  return [...violations].sort(
    (a, b) =>
      compareText(a.gate, b.gate) ||
      compareText(a.path, b.path) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message)
  )
}
