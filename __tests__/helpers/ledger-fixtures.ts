// Ledger fixtures (fixtures/ledger/CODE.json): fixtures/ledger/base.jsonl, a valid ledger of four
// records, changed by a list of edits, then verified as `ledger verify` does (with the fixture's
// expected tip). Each fixture names the code and the line the change must be reported at.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { lineDigest } from '../../src/documents/ledger-record.js'
import { PROJECT } from './runner.js'
import { tempDir } from './workspace.js'

export const LEDGER_FIXTURES = path.join(PROJECT, 'fixtures', 'ledger')

/** One change to the base ledger, applied in order. Line numbers are 1-based, at that point. */
export type LedgerEdit =
  | { set: { line: number; fields: Record<string, unknown> } }
  | { replace: { line: number; text: string } }
  | { insert: { before: number; text: string } }
  | { drop: number }
  | { swap: [number, number] }
  /** Recompute every line's `previous` so the chain holds again, as a careful forger would. */
  | { rechain: true }
  /** The whole file's content instead: text, or Latin-1 bytes behind `@latin1:`. */
  | { text: string }

export interface LedgerFixture {
  description: string
  edits: LedgerEdit[]
  'expect-tip'?: string
  /** The line the violation names. */
  line?: number
}

export function baseLedgerLines(): string[] {
  const text = readFileSync(path.join(LEDGER_FIXTURES, 'base.jsonl'), 'utf8')
  return text.split('\n').slice(0, -1)
}

export function loadLedgerFixture(code: string): LedgerFixture {
  return JSON.parse(
    readFileSync(path.join(LEDGER_FIXTURES, `${code}.json`), 'utf8')
  ) as LedgerFixture
}

function rechain(lines: string[]): string[] {
  let previous: string | null = null
  return lines.map((line) => {
    const record = JSON.parse(line) as Record<string, unknown>
    record.previous = previous
    const text = JSON.stringify(record)
    previous = lineDigest(text)
    return text
  })
}

/** The lines after the edits, or the whole content when an edit gives it. */
export function applyLedgerEdits(lines: string[], edits: readonly LedgerEdit[]): string | Buffer {
  let out = [...lines]
  for (const edit of edits) {
    if ('text' in edit)
      return edit.text.startsWith('@latin1:')
        ? Buffer.from(edit.text.slice('@latin1:'.length), 'latin1')
        : edit.text
    if ('set' in edit) {
      const i = edit.set.line - 1
      out[i] = JSON.stringify({ ...(JSON.parse(out[i]!) as object), ...edit.set.fields })
    } else if ('replace' in edit) out[edit.replace.line - 1] = edit.replace.text
    else if ('insert' in edit) out.splice(edit.insert.before - 1, 0, edit.insert.text)
    else if ('drop' in edit) out.splice(edit.drop - 1, 1)
    else if ('swap' in edit) {
      const [a, b] = edit.swap
      ;[out[a - 1], out[b - 1]] = [out[b - 1]!, out[a - 1]!]
    } else out = rechain(out)
  }
  return out.map((line) => `${line}\n`).join('')
}

/** Writes the fixture's ledger to a temporary file and returns its path. */
export function writeLedgerFixture(fixture: LedgerFixture): string {
  const file = path.join(tempDir('pm-ledger-'), 'river_gauges.jsonl')
  writeFileSync(file, applyLedgerEdits(baseLedgerLines(), fixture.edits))
  return file
}
