import { CODES, type ViolationCode } from './codes.js'
import type { GateLetter } from './gate-letter.js'
import { printable } from './printable.js'
import { compareText } from './order.js'

// A violation is a value, not an exception: every check returns them, the adapters report them
// all together, and any one of them blocks promotion.

export { GATES, type GateLetter } from './gate-letter.js'

/**
 * What a violation is about, in dataset-root terms, where another violation may explain it: set
 * by the gate that knows, read by gates/causes.ts to put consequences under their cause. Never
 * shown, and left out of the reports.
 */
export interface About {
  /** A file (root-relative) looked for in these lists and not found there: a link's target. */
  missing?: { path: string; lists: ReadonlyArray<'artifacts' | 'catalogs'> }
  /** The digest of the artifact the violation is about, which an unreadable document may name. */
  digest?: string
  /** What the violation found absent: a catalog kind, or a list of the manifest left empty. */
  absent?: 'dcat' | 'stac' | 'prov' | 'artifacts' | 'catalogs'
  /**
   * The root-relative patterns a pattern that matched nothing stands for: the one given, and
   * the one it would match as ("did you mean"). A file they match is one it would have found.
   */
  patterns?: readonly string[]
  /** The shard (its index) a sharded inventory lacks: the links into it follow from that. */
  shard?: number
  /** The violation its own gate knows explains this one, by code and path. */
  explainedBy?: { code: ViolationCode; path: string }
  /**
   * The artifact (root-relative) whose file is a Git LFS pointer, not its content: its
   * LFS_POINTER explains a digest the file does not have.
   */
  lfsPointer?: string
}

export interface Violation {
  gate: GateLetter
  /** Stable, documented in the README; tests and users may match on it. */
  code: ViolationCode
  /** The file (workspace-relative) or the input the violation is about. */
  path: string
  /** A sentence a person can act on: what is wrong and what to do. */
  message: string
  /** 1-based line in `path`, where the parser could tell. */
  line?: number
  /** For linking it to its cause (gates/causes.ts); not reported. */
  about?: About
  /**
   * The index, in the same list, of the violation that explains this one (always an earlier
   * one): set by gates/causes.ts, so reports fold this one under it.
   */
  causedBy?: number
}

/** Where a violation was found beside its path, and what links it to its cause. */
interface ViolationPlace {
  /** 1-based line in the path, where the parser could tell. */
  line?: number
  about?: About
}

/** A violation of `code`, under the gate the code table gives it. */
export function violation(
  code: ViolationCode,
  path: string,
  message: string,
  { line, about }: ViolationPlace = {}
): Violation {
  // Paths and messages quote file names and document values: printed on one line, always.
  const shown: Violation = {
    gate: CODES[code],
    code,
    path: printable(path),
    message: printable(message)
  }
  if (line !== undefined) shown.line = line
  if (about !== undefined) shown.about = about
  return shown
}

/** A violation as the reports and the library give it: `about` serves only to link causes. */
export function withoutAbout(v: Violation): Violation {
  if (!v.about) return v
  const { gate, code, path, message, line, causedBy } = v
  const given: Violation = { gate, code, path, message }
  if (line !== undefined) given.line = line
  if (causedBy !== undefined) given.causedBy = causedBy
  return given
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
