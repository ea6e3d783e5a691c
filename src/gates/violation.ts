import { CODES, type ViolationCode } from './codes.js'
import type { GateLetter } from './gate-letter.js'
import { printable } from '../report/printable.js'

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

/**
 * Compares by UTF-8 bytes, the order DECISIONS.md fixes for paths, without encoding: UTF-8 byte
 * order is code point order, which is UTF-16 code unit order once surrogates (U+D800-DFFF) are
 * moved above U+E000-FFFF, as the supplementary characters they encode sort there. The hashing
 * threads run it from its source text, so it uses nothing outside itself.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) {
      const rankX = x < 0xd800 ? x : x >= 0xe000 ? x - 0x800 : x + 0x2000
      const rankY = y < 0xd800 ? y : y >= 0xe000 ? y - 0x800 : y + 0x2000
      return rankX - rankY
    }
  }
  return a.length - b.length
}
