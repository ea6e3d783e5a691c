// A ledger's text read into evidence for gate E: its lines, each with its digest and, when it
// parses, its JSON value. Reading judges nothing: whether a line is a record, and whether the
// records chain, is gates/e-ledger.ts's work.
import { lineDigest } from './ledger-record.js'

export interface LedgerLineEvidence {
  /** 1-based. */
  number: number
  /** The line without its newline. */
  text: string
  /** sha256: of the line's UTF-8 bytes: what the next line's `previous` must be. */
  digest: string
  /** The parsed line, or why it does not parse. */
  parsed: { value: unknown } | { error: string }
}

export interface LedgerEvidence {
  /** The file, as messages name it. */
  path: string
  lines: LedgerLineEvidence[]
  /** The last line has no newline after it. */
  unterminated: boolean
  /** The digest the last line must have, when one is expected. */
  expectTip?: string
}

function parsed(text: string): LedgerLineEvidence['parsed'] {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

/** The lines of a ledger's text; a last line without its newline is a line, and said to be one. */
export function ledgerEvidence(
  text: string,
  options: { path: string; expectTip?: string }
): LedgerEvidence {
  const texts = text === '' ? [] : text.split('\n')
  const unterminated = texts.length > 0 && texts[texts.length - 1] !== ''
  if (texts.length > 0 && !unterminated) texts.pop()
  return {
    path: options.path,
    lines: texts.map((line, i) => ({
      number: i + 1,
      text: line,
      digest: lineDigest(line),
      parsed: parsed(line)
    })),
    unterminated,
    ...(options.expectTip !== undefined ? { expectTip: options.expectTip } : {})
  }
}
