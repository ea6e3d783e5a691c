// A ledger record and its line (DECISIONS.md, "Publishing and the ledger"): one JSON object per
// line, keys in a fixed order, chained by `previous`, the digest of the line before it.
import { sha256Digest } from '../model/digest.js'

export interface LedgerRecord {
  seq: number
  dataset_slug: string
  dataset_version_id: string
  manifest_digest: string
  spec_hash: string
  released_at: string
  commit: string
  run_url: string
  release_url: string
  previous: string | null
}

/** The record as its line: JSON, keys in the interface's order, no whitespace, no newline. */
export function ledgerLine(record: LedgerRecord): string {
  return JSON.stringify({
    seq: record.seq,
    dataset_slug: record.dataset_slug,
    dataset_version_id: record.dataset_version_id,
    manifest_digest: record.manifest_digest,
    spec_hash: record.spec_hash,
    released_at: record.released_at,
    commit: record.commit,
    run_url: record.run_url,
    release_url: record.release_url,
    previous: record.previous
  })
}

/** `sha256:` + hex of the line's UTF-8 bytes, without its newline. */
export function lineDigest(line: string): string {
  return sha256Digest(Buffer.from(line, 'utf8'))
}

/** The ledger's text with one record appended after its last line. */
export function appendRecord(
  ledgerText: string,
  fields: Omit<LedgerRecord, 'seq' | 'previous'>
): { text: string; record: LedgerRecord; line: string; digest: string } {
  const lines = ledgerText.split('\n').filter((line) => line !== '')
  const last = lines.at(-1)
  const lastSeq = last === undefined ? 0 : Number((JSON.parse(last) as LedgerRecord).seq)
  const record: LedgerRecord = {
    seq: lastSeq + 1,
    ...fields,
    previous: last === undefined ? null : lineDigest(last)
  }
  const line = ledgerLine(record)
  const text = [...lines, line].map((l) => `${l}\n`).join('')
  return { text, record, line, digest: lineDigest(line) }
}
