// A violation is a value, not an exception: every check returns them, the adapters report them
// all together, and any one of them blocks promotion.

/** The gates of the promotion contract (promotion-manifest-generator.md, "Promotion Contract mapping"). */
export const GATES = {
  A: 'Identity and versioning',
  B: 'Licensing and rights',
  C: 'Sensitivity and policy decision',
  D: 'Catalog triplet',
  E: 'Inventory, digests and run receipts',
  F: 'Contract: QA outcome and manifest schema',
  G: 'Production posture'
} as const

export type GateLetter = keyof typeof GATES

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
  code: string,
  path: string,
  message: string,
  line?: number
): Violation {
  return line === undefined ? { gate, code, path, message } : { gate, code, path, message, line }
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

/** Compares by UTF-8 bytes, the order DECISIONS.md fixes for paths. */
export function compareText(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}
