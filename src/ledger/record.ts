// Ledger records and appending one (docs/decisions.md, "Publishing and the ledger"):
// ledger/<slug>.jsonl holds one line per published version, each chained to the line before it by
// its digest. Appending never rewrites a line: the new text is the old text and one more line.
import type { Violation } from '../model/violation.js'
import { ledgerLine, type LedgerRecord } from '../documents/ledger-record.js'
import { verifyLedger } from './verify-ledger.js'

export { ledgerLine, lineDigest, type LedgerRecord } from '../documents/ledger-record.js'

/** The ledger cannot take the record: it does not verify, or would not with the record added. */
export class LedgerError extends Error {
  constructor(
    message: string,
    readonly violations: readonly Violation[]
  ) {
    super(message)
  }
}

function refusal(what: string, violations: readonly Violation[]): LedgerError {
  const shown = violations.slice(0, 5).map((v) => `${v.code}: ${v.message}`)
  const more = violations.length > 5 ? ` (and ${violations.length - 5} more)` : ''
  return new LedgerError(`${what}: ${shown.join(' ')}${more}`, violations)
}

/**
 * The ledger's text with one record appended (every line ends with a newline): seq one past the
 * last record's (1 on an empty ledger), previous the last line's digest (null on an empty one).
 * Throws LedgerError when the ledger does not verify (a chain is never extended past a broken
 * link) or the new record would break it (another dataset, a version already recorded, an
 * earlier released_at, a field of the wrong shape).
 */
export function appendRecord(
  ledgerText: string,
  fields: Omit<LedgerRecord, 'seq' | 'previous'>
): { text: string; record: LedgerRecord; line: string; digest: string } {
  const before = verifyLedger(ledgerText)
  if (!before.ok)
    throw refusal('the ledger does not verify, so nothing is appended', before.violations)
  const last = before.records.at(-1)
  const record: LedgerRecord = {
    seq: last ? last.seq + 1 : 1,
    dataset_slug: fields.dataset_slug,
    dataset_version_id: fields.dataset_version_id,
    manifest_digest: fields.manifest_digest,
    spec_hash: fields.spec_hash,
    released_at: fields.released_at,
    commit: fields.commit,
    run_url: fields.run_url,
    release_url: fields.release_url,
    previous: before.tip
  }
  const line = ledgerLine(record)
  const text = `${ledgerText}${line}\n`
  const after = verifyLedger(text)
  if (!after.ok) throw refusal('the record cannot be appended', after.violations)
  // The ledger that verifies ends with the new line, so its tip is that line's digest.
  return { text, record, line, digest: after.tip! }
}
