// Verifying a promotion ledger (ledger/<slug>.jsonl): every line a record of the schema written
// in the ledger's one form, each line's `previous` the digest of the line before it (null on the
// first), seq counting up by one from 1, released_at never going back, one dataset, each version
// once, and, when a tip is expected, the last line's digest that tip. A changed, dropped,
// inserted or moved line breaks one of these at a line the violation names.
// The codes are gate E's: the contract asks there that "each producing run … is recorded in an
// append-only audit ledger" (promotion-manifest-generator.md, "Validation and CI gates").
import { ledgerRecordV1 } from '../generated/validators.js'
import { jsonValueProblem } from '../documents/json-document.js'
import { DIGEST_PATTERN } from '../model/digest.js'
import { schemaValidator } from '../model/json-schema.js'
import { violation, type Violation } from '../model/violation.js'
import { ledgerLine, lineDigest, type LedgerRecord } from './line.js'

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

interface LedgerLine {
  number: number
  text: string
  digest: string
  /** Set when the line is a well-formed record. */
  record?: LedgerRecord
}

const validRecord = schemaValidator(ledgerRecordV1)

/** The lines of the text; a last line without its newline is a line, and said to be one. */
function splitLines(text: string): { lines: string[]; unterminated: boolean } {
  if (text === '') return { lines: [], unterminated: false }
  const lines = text.split('\n')
  const unterminated = lines[lines.length - 1] !== ''
  if (!unterminated) lines.pop()
  return { lines, unterminated }
}

/** Why a line is not a record in the ledger's form, or the record it is. */
function readRecord(text: string): { record: LedgerRecord } | { problem: string } {
  if (text === '') return { problem: 'is empty; a ledger has one record on every line' }
  if (text.endsWith('\r'))
    return {
      problem:
        'ends with a carriage return (CRLF line endings); ledger lines end with a newline alone, so restore the file from the ledger branch as it was committed'
    }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { problem: `is not JSON (${reason}); a ledger line is one JSON record` }
  }
  const unsafe = jsonValueProblem(value)
  if (unsafe) return { problem: unsafe.message }
  const problems = validRecord(value)
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).map((p) => p.text)
    const more = problems.length > 3 ? `, and ${problems.length - 3} more` : ''
    return {
      problem: `is not a ledger record (schemas/ledger_record_v1.schema.json): ${shown.join('; ')}${more}`
    }
  }
  const record = value as LedgerRecord
  if (ledgerLine(record) !== text)
    return {
      problem:
        "is a record, but not written in the ledger's one form (compact JSON, keys in the order seq, dataset_slug, dataset_version_id, manifest_digest, spec_hash, released_at, commit, run_url, release_url, previous), so its digest is not the one its publication recorded; lines are never rewritten"
    }
  return { record }
}

/** The violations of the link from `before` to `line` (`before` undefined: the first line). */
function linkViolations(
  path: string,
  before: LedgerLine | undefined,
  line: LedgerLine
): Violation[] {
  const record = line.record
  if (!record) return []
  if (!before) {
    if (record.previous === null) return []
    return [
      violation(
        'E',
        'LEDGER_CHAIN_BROKEN',
        path,
        `line 1 of ${path} has "previous" ${record.previous}, but the first record's is null: lines before it were dropped, or the file does not start where the ledger starts. Restore the file from the ledger branch.`,
        1
      )
    ]
  }
  if (record.previous === before.digest) return []
  const n = line.number
  const b = before.number
  // Consecutive seq numbers and a broken link: line b itself was changed after line n chained
  // to it (a dropped, inserted or moved line also breaks the count, reported with it).
  const edited = before.record !== undefined && record.seq === before.record.seq + 1
  const message = edited
    ? `line ${b} of ${path} is not the line that line ${n} chains to: its digest is ${before.digest}, line ${n}'s "previous" is ${record.previous}. Line ${b} was changed after line ${n} was appended; restore it from the ledger branch (lines are never rewritten).`
    : `line ${n} of ${path} has "previous" ${String(record.previous)}, not the digest of line ${b} (${before.digest}): a line was dropped, inserted or moved here. Restore the file from the ledger branch.`
  return [violation('E', 'LEDGER_CHAIN_BROKEN', path, message, edited ? b : n)]
}

/** seq, released_at, slug and version of a record against the well-formed records before it. */
function orderViolations(
  path: string,
  /** The line before this one, undefined on the first line. */
  before: LedgerLine | undefined,
  last: LedgerRecord | undefined,
  first: LedgerRecord | undefined,
  seen: ReadonlyMap<string, number>,
  line: LedgerLine
): Violation[] {
  const record = line.record!
  const n = line.number
  const found: Violation[] = []
  // After a line that is no record (reported as such), the count has nothing to go on.
  const counted = before === undefined || before.record !== undefined
  const expectedSeq = before?.record ? before.record.seq + 1 : 1
  if (counted && record.seq !== expectedSeq) {
    const after = before?.record
      ? `the record before it has seq ${before.record.seq}`
      : 'it is the first record'
    found.push(
      violation(
        'E',
        'LEDGER_SEQUENCE_BROKEN',
        path,
        `line ${n} of ${path} has seq ${record.seq}, but ${after}, so it must be ${expectedSeq}: a line was dropped, inserted or moved. Restore the file from the ledger branch.`,
        n
      )
    )
  }
  if (last && record.released_at < last.released_at)
    found.push(
      violation(
        'E',
        'LEDGER_TIME_REVERSED',
        path,
        `line ${n} of ${path} has released_at ${record.released_at}, earlier than the record before it (${last.released_at}): versions are published in released_at order, so the lines were moved or changed. Restore the file from the ledger branch.`,
        n
      )
    )
  if (first && record.dataset_slug !== first.dataset_slug)
    found.push(
      violation(
        'E',
        'LEDGER_RECORD_CONFLICT',
        path,
        `line ${n} of ${path} is a record of dataset "${record.dataset_slug}", but the ledger is dataset "${first.dataset_slug}"'s (one file per dataset): the line does not belong here.`,
        n
      )
    )
  const earlier = seen.get(record.dataset_version_id)
  if (earlier !== undefined)
    found.push(
      violation(
        'E',
        'LEDGER_RECORD_CONFLICT',
        path,
        `line ${n} of ${path} records version ${record.dataset_version_id} again (line ${earlier} has it): a version is published once, so one of the two lines does not belong here.`,
        n
      )
    )
  return found
}

function tipViolation(path: string, lines: readonly LedgerLine[], expectTip: string): Violation[] {
  const last = lines[lines.length - 1]
  if (last?.digest === expectTip) return []
  const shape = DIGEST_PATTERN.test(expectTip)
    ? ''
    : ' (it is not a sha256: digest of 64 lowercase hex characters)'
  const at = lines.find((line) => line.digest === expectTip)
  const why = !last
    ? `${path} has no lines`
    : at
      ? `it is the digest of line ${at.number}, and ${lines.length - at.number} line(s) follow it`
      : `no line of ${path} has it; the last line's digest is ${last.digest}`
  return [
    violation(
      'E',
      'LEDGER_TIP_MISMATCH',
      path,
      `${path} does not end at the expected tip ${expectTip}${shape}: ${why}. The ledger changed since that digest was recorded; compare it with the ledger branch's history.`,
      last?.number
    )
  ]
}

/** Checks a ledger's text: the chain, each record's shape and form, the order, the tip. */
export function verifyLedger(text: string, options: VerifyLedgerOptions = {}): LedgerVerification {
  const path = options.path ?? 'ledger'
  const { lines: texts, unterminated } = splitLines(text)
  const violations: Violation[] = []
  const lines: LedgerLine[] = texts.map((line, i) => {
    const number = i + 1
    const read = readRecord(line)
    if ('problem' in read)
      violations.push(
        violation(
          'E',
          'LEDGER_RECORD_INVALID',
          path,
          `line ${number} of ${path} ${read.problem}`,
          number
        )
      )
    return { number, text: line, digest: lineDigest(line), ...('record' in read ? read : {}) }
  })
  if (unterminated)
    violations.push(
      violation(
        'E',
        'LEDGER_RECORD_INVALID',
        path,
        `line ${lines.length} of ${path} does not end with a newline: the file was cut short or written by hand. Every ledger line ends with one; restore the file from the ledger branch.`,
        lines.length
      )
    )
  const records: LedgerRecord[] = []
  const seen = new Map<string, number>()
  lines.forEach((line, i) => {
    violations.push(...linkViolations(path, lines[i - 1], line))
    if (!line.record) return
    violations.push(...orderViolations(path, lines[i - 1], records.at(-1), records[0], seen, line))
    if (!seen.has(line.record.dataset_version_id))
      seen.set(line.record.dataset_version_id, line.number)
    records.push(line.record)
  })
  if (options.expectTip !== undefined)
    violations.push(...tipViolation(path, lines, options.expectTip))
  violations.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return {
    ok: violations.length === 0,
    records,
    tip: lines.at(-1)?.digest ?? null,
    violations
  }
}
