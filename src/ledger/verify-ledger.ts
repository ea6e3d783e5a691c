// Verifying a promotion ledger's text (ledger/<slug>.jsonl): its lines read into evidence and
// judged by gate E's ledger rule (gates/e-ledger.ts). What the CLI's `ledger verify` and the
// library's verifyLedger run.
import { judgeLedger } from '../gates/e-ledger.js'
import type { Violation } from '../model/violation.js'
import { ledgerEvidence } from '../documents/ledger-lines.js'
import type { LedgerRecord } from '../documents/ledger-record.js'

export interface LedgerVerification {
  /** No violation: the chain holds, and ends at the expected tip when one was given. */
  ok: boolean
  /** The lines that are well-formed records, in the file's order. */
  records: LedgerRecord[]
  /** The digest of the last line (the ledger-record-digest of the newest record); null when empty. */
  tip: string | null
  violations: Violation[]
}

export interface VerifyLedgerOptions {
  /** The digest the last line must have (`--expect-tip`, a publication's ledger-record-digest). */
  expectTip?: string
  /** The file, as messages name it. Default: "ledger". */
  path?: string
}

/** Checks a ledger's text: each record's shape and form, the chain, the order, the tip. */
export function verifyLedger(text: string, options: VerifyLedgerOptions = {}): LedgerVerification {
  const evidence = ledgerEvidence(text, {
    path: options.path ?? 'ledger',
    ...(options.expectTip !== undefined ? { expectTip: options.expectTip } : {})
  })
  const { violations, records } = judgeLedger(evidence)
  return {
    ok: violations.length === 0,
    records,
    tip: evidence.lines.at(-1)?.digest ?? null,
    violations
  }
}
