// Verifying a ledger's text: each line a record of the right shape, numbered in order, chained to
// the line before it, released_at never going back; and, when asked, ending at a known tip.
import type { Violation } from '../model/violation.js'
import { ledgerLine, lineDigest, type LedgerRecord } from './record.js'

export interface LedgerVerdict {
  ok: boolean
  records: LedgerRecord[]
  tip: string | null
  violations: Violation[]
}

function problem(path: string, line: number, message: string): Violation {
  return { gate: 'A', code: 'LEDGER_INVALID', path, line, message }
}

function recordOf(text: string): LedgerRecord | undefined {
  try {
    const value = JSON.parse(text) as LedgerRecord
    return ledgerLine(value) === text ? value : undefined
  } catch {
    return undefined
  }
}

export function verifyLedger(
  text: string,
  options: { expectTip?: string; path?: string } = {}
): LedgerVerdict {
  const path = options.path ?? 'ledger'
  const violations: Violation[] = []
  const records: LedgerRecord[] = []
  const lines = text === '' ? [] : text.split('\n')
  if (lines.length > 0 && lines.at(-1) !== '')
    violations.push(problem(path, lines.length, 'the last line has no newline'))
  if (lines.at(-1) === '') lines.pop()
  let previous: string | null = null
  lines.forEach((line, index) => {
    const record = recordOf(line)
    const at = index + 1
    if (!record) violations.push(problem(path, at, 'is not a ledger record in its canonical form'))
    else if (record.seq !== at)
      violations.push(problem(path, at, `has seq ${record.seq}, not ${at}`))
    else if (record.previous !== previous)
      violations.push(problem(path, at, 'does not chain to the line before it'))
    else if (records.length > 0 && record.released_at < records.at(-1)!.released_at)
      violations.push(problem(path, at, 'has a released_at earlier than the line before it'))
    if (record) records.push(record)
    previous = lineDigest(line)
  })
  const tip = lines.length > 0 ? previous : null
  if (options.expectTip !== undefined && tip !== options.expectTip)
    violations.push(problem(path, lines.length, `ends at ${tip}, not ${options.expectTip}`))
  return { ok: violations.length === 0, records, tip, violations }
}
