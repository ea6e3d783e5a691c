// The bytes of a ledger line and its digest (docs/decisions.md, "Publishing and the ledger"): a
// record is written as compact JSON with its keys in one fixed order, so a record has exactly one
// line, and the chain's `previous` and the tip are the SHA-256 of those bytes, without the newline.
import { sha256Digest } from '../model/digest.js'

/** One published dataset version, as a line of ledger/<slug>.jsonl holds it. */
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

/** The keys of a record in the order its line writes them. */
const RECORD_KEYS = [
  'seq',
  'dataset_slug',
  'dataset_version_id',
  'manifest_digest',
  'spec_hash',
  'released_at',
  'commit',
  'run_url',
  'release_url',
  'previous'
] as const satisfies ReadonlyArray<keyof LedgerRecord>

/** The record's line without its newline: JSON, the keys in RECORD_KEYS order, no whitespace. */
export function ledgerLine(record: LedgerRecord): string {
  // Built key by key, so a record object with extra or reordered keys still writes its one line.
  const ordered: Record<string, unknown> = {}
  for (const key of RECORD_KEYS) ordered[key] = record[key]
  return JSON.stringify(ordered)
}

/** `sha256:` + hex of the UTF-8 bytes of a line without its newline: `previous`, and the tip. */
export function lineDigest(line: string): string {
  return sha256Digest(Buffer.from(line, 'utf8'))
}
