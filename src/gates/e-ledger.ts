// Gate E's rule for the promotion ledger (ledger/<slug>.jsonl): every line a record of
// schemas/ledger_record_v1.schema.json written in the ledger's one form, each line's `previous`
// the digest of the line before it (null on the first), seq counting up by one from 1,
// released_at never going back, one dataset, each version once, and, when a tip is expected,
// the last line's digest that tip. A changed, dropped, inserted or moved line breaks one of these
// at a line the violation names. Gate E's, because the contract asks there that "each producing
// run … is recorded in an append-only audit ledger" (docs/contract.md).
import { jsonValueProblem } from '../documents/json-document.js'
import { ledgerRecordV1 } from '../generated/validators.js'
import type { LedgerEvidence, LedgerLineEvidence } from '../documents/ledger-lines.js'
import { ledgerLine, type LedgerRecord } from '../documents/ledger-record.js'
import { DIGEST_PATTERN } from '../model/digest.js'
import { schemaValidator } from '../model/json-schema.js'
import { violation, type Violation } from '../model/violation.js'

/** A ledger file that cannot be read (missing, not a file, not UTF-8, too large). */
export function ledgerUnreadable(path: string, message: string, line?: number): Violation {
  return violation('LEDGER_UNREADABLE', path, message, { line })
}

/** A line of the evidence, with its record when it is one in the ledger's form. */
type LedgerLine = LedgerLineEvidence & { record?: LedgerRecord }

const validRecord = schemaValidator(ledgerRecordV1)

/** Why a line is not a record in the ledger's form, or the record it is. */
function recordOf(line: LedgerLineEvidence): { record: LedgerRecord } | { problem: string } {
  const { text } = line
  if (text === '') return { problem: 'is empty; a ledger has one record on every line' }
  if (text.endsWith('\r'))
    return {
      problem:
        'ends with a carriage return (CRLF line endings); ledger lines end with a newline alone, so restore the file from the ledger branch as it was committed'
    }
  if ('error' in line.parsed)
    return { problem: `is not JSON (${line.parsed.error}); a ledger line is one JSON record` }
  const value = line.parsed.value
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
        'LEDGER_CHAIN_BROKEN',
        path,
        `line 1 of ${path} has "previous" ${record.previous}, but the first record's is null: lines before it were dropped, or the file does not start where the ledger starts. Restore the file from the ledger branch.`,
        { line: 1 }
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
    : `line ${n} of ${path} has "previous" ${String(record.previous)}, not the digest of line ${b} (${before.digest}): ${before.record ? '' : `line ${b}, which is no record, was changed, or `}a line was dropped, inserted or moved here. Restore the file from the ledger branch.`
  return [violation('LEDGER_CHAIN_BROKEN', path, message, { line: edited ? b : n })]
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
        'LEDGER_SEQUENCE_BROKEN',
        path,
        `line ${n} of ${path} has seq ${record.seq}, but ${after}, so it must be ${expectedSeq}: a line was dropped, inserted or moved. Restore the file from the ledger branch.`,
        { line: n }
      )
    )
  }
  if (last && record.released_at < last.released_at)
    found.push(
      violation(
        'LEDGER_TIME_REVERSED',
        path,
        `line ${n} of ${path} has released_at ${record.released_at}, earlier than the record before it (${last.released_at}): versions are published in released_at order, so the lines were moved or changed. Restore the file from the ledger branch.`,
        { line: n }
      )
    )
  if (first && record.dataset_slug !== first.dataset_slug)
    found.push(
      violation(
        'LEDGER_RECORD_CONFLICT',
        path,
        `line ${n} of ${path} is a record of dataset "${record.dataset_slug}", but the ledger is dataset "${first.dataset_slug}"'s (one file per dataset): the line does not belong here.`,
        { line: n }
      )
    )
  const earlier = seen.get(record.dataset_version_id)
  if (earlier !== undefined)
    found.push(
      violation(
        'LEDGER_RECORD_CONFLICT',
        path,
        `line ${n} of ${path} records version ${record.dataset_version_id} again (line ${earlier} has it): a version is published once, so one of the two lines does not belong here.`,
        { line: n }
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
      'LEDGER_TIP_MISMATCH',
      path,
      `${path} does not end at the expected tip ${expectTip}${shape}: ${why}. The ledger changed since that digest was recorded; compare it with the ledger branch's history.`,
      { line: last?.number }
    )
  ]
}

/** The ledger's violations, and the lines that are records, in the file's order. */
export function judgeLedger(evidence: LedgerEvidence): {
  violations: Violation[]
  records: LedgerRecord[]
} {
  const { path } = evidence
  const violations: Violation[] = []
  const lines: LedgerLine[] = evidence.lines.map((line) => {
    const read = recordOf(line)
    if ('record' in read) return { ...line, record: read.record }
    const message = `line ${line.number} of ${path} ${read.problem}`
    violations.push(violation('LEDGER_RECORD_INVALID', path, message, { line: line.number }))
    return line
  })
  if (evidence.unterminated)
    violations.push(
      violation(
        'LEDGER_RECORD_INVALID',
        path,
        `line ${lines.length} of ${path} does not end with a newline: the file was cut short or written by hand. Every ledger line ends with one; restore the file from the ledger branch.`,
        { line: lines.length }
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
  if (evidence.expectTip !== undefined)
    violations.push(...tipViolation(path, lines, evidence.expectTip))
  // In the file's order (stable: a line's violations keep the order they were found in).
  violations.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return { violations, records }
}
