// The ledger's format and its verification (docs/decisions.md, "Publishing and the ledger"): one
// compact JSON line per published version, chained by the SHA-256 of the previous line's bytes.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  appendRecord,
  LedgerError,
  ledgerLine,
  lineDigest,
  type LedgerRecord
} from '../../src/ledger/record.js'
import { verifyLedger } from '../../src/ledger/verify-ledger.js'
import { applyLedgerEdits, baseLedgerLines, LEDGER_FIXTURES } from '../helpers/ledger-fixtures.js'

const BASE = readFileSync(path.join(LEDGER_FIXTURES, 'base.jsonl'), 'utf8')
const LINES = baseLedgerLines()
const PATH = 'ledger/river_gauges.jsonl'

function fields(n: number): Omit<LedgerRecord, 'seq' | 'previous'> {
  const record: Partial<LedgerRecord> = JSON.parse(LINES[n - 1]!) as LedgerRecord
  delete record.seq
  delete record.previous
  return record as Omit<LedgerRecord, 'seq' | 'previous'>
}

const edited = (...edits: Parameters<typeof applyLedgerEdits>[1]) =>
  applyLedgerEdits(LINES, edits) as string
const verify = (text: string, expectTip?: string) =>
  verifyLedger(text, { path: PATH, ...(expectTip ? { expectTip } : {}) })
const found = (text: string, expectTip?: string) =>
  verify(text, expectTip).violations.map((v) => [v.code, v.line])

describe('a ledger line', () => {
  it('is compact JSON with the keys in the record order, whatever order the object has', () => {
    const record = JSON.parse(LINES[1]!) as LedgerRecord
    const shuffled = Object.fromEntries(Object.entries(record).reverse()) as LedgerRecord
    expect(ledgerLine(shuffled)).toBe(LINES[1])
    expect(Object.keys(JSON.parse(ledgerLine(shuffled)) as object)).toEqual([
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
    ])
    expect(ledgerLine(record)).not.toMatch(/\s/)
  })

  it('has as digest sha256: and the hex SHA-256 of its UTF-8 bytes, without the newline', () => {
    expect(lineDigest('abc')).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    )
    const hex = createHash('sha256').update(Buffer.from('é', 'utf8')).digest('hex')
    expect(lineDigest('é')).toBe(`sha256:${hex}`)
  })
})

describe('appendRecord', () => {
  it('starts an empty ledger at seq 1 with previous null, and chains each next line', () => {
    const first = appendRecord('', fields(1))
    expect(first.record.seq).toBe(1)
    expect(first.record.previous).toBeNull()
    expect(first.text).toBe(`${first.line}\n`)
    expect(first.digest).toBe(lineDigest(first.line))
    const second = appendRecord(first.text, fields(2))
    expect(second.record).toMatchObject({ seq: 2, previous: first.digest })
    expect(second.text).toBe(`${first.line}\n${second.line}\n`)
    expect(verifyLedger(second.text)).toMatchObject({ ok: true, tip: second.digest })
  })

  it('writes the fixture ledger byte for byte from its records', () => {
    let text = ''
    for (const n of [1, 2, 3, 4]) text = appendRecord(text, fields(n)).text
    expect(text).toBe(BASE)
  })

  it('refuses to extend a ledger that does not verify, naming what is wrong', () => {
    const broken = edited({ set: { line: 2, fields: { commit: 'a'.repeat(40) } } })
    expect(() =>
      appendRecord(broken, { ...fields(4), dataset_version_id: '2026-05.0123abc5' })
    ).toThrow(LedgerError)
    try {
      appendRecord(broken, fields(4))
    } catch (error) {
      expect((error as LedgerError).violations.map((v) => v.code)).toContain('LEDGER_CHAIN_BROKEN')
      expect((error as Error).message).toMatch(/^the ledger does not verify/)
    }
  })

  it.each([
    ['another dataset', { dataset_slug: 'other_data', dataset_version_id: '2026-05.0123abc5' }],
    ['a version already recorded', { dataset_version_id: '2026-02.0123abc2' }],
    [
      'an earlier released_at',
      { dataset_version_id: '2026-05.0123abc5', released_at: '2026-03-01T00:00:00Z' }
    ],
    [
      'a run URL that is not http(s)',
      { dataset_version_id: '2026-05.0123abc5', run_url: 'javascript:alert(1)' }
    ],
    [
      'a field with a newline',
      { dataset_version_id: '2026-05.0123abc5', release_url: 'https://x/\n::error::y' }
    ]
  ])('refuses a record with %s, leaving the text as it was', (_name, change) => {
    expect(() =>
      appendRecord(BASE, { ...fields(4), released_at: '2026-05-20T13:00:00Z', ...change })
    ).toThrow(/^the record cannot be appended/)
  })

  it('accepts a released_at equal to the last one (docs/decisions.md refuses only an earlier one)', () => {
    const next = appendRecord(BASE, { ...fields(4), dataset_version_id: '2026-04.0123abc5' })
    expect(next.record.seq).toBe(5)
  })
})

describe('verifyLedger', () => {
  it('passes the fixture ledger, with its records and the last line digest as tip', () => {
    const result = verify(BASE, lineDigest(LINES[3]!))
    expect(result).toMatchObject({ ok: true, violations: [], tip: lineDigest(LINES[3]!) })
    expect(result.records.map((r) => r.seq)).toEqual([1, 2, 3, 4])
  })

  it('passes an empty ledger, whose tip is null, and fails it against an expected tip', () => {
    expect(verify('')).toMatchObject({ ok: true, tip: null, records: [] })
    expect(found('', lineDigest(LINES[0]!))).toEqual([['LEDGER_TIP_MISMATCH', undefined]])
  })

  describe('a tampered line', () => {
    it('is named: an edited middle line breaks the link of the line after it', () => {
      const text = edited({
        set: { line: 2, fields: { manifest_digest: `sha256:${'1'.repeat(64)}` } }
      })
      expect(found(text)).toEqual([['LEDGER_CHAIN_BROKEN', 2]])
      expect(verify(text).violations[0]!.message).toMatch(/line 2 .* was changed after line 3/)
    })

    it('the last line edited is found only through the expected tip', () => {
      const text = edited({ set: { line: 4, fields: { commit: 'f'.repeat(40) } } })
      expect(found(text)).toEqual([])
      expect(found(text, lineDigest(LINES[3]!))).toEqual([['LEDGER_TIP_MISMATCH', 4]])
    })

    it('is found even when the whole chain is recomputed, when a tip was kept', () => {
      const text = edited(
        { set: { line: 2, fields: { commit: 'f'.repeat(40) } } },
        { rechain: true }
      )
      expect(found(text)).toEqual([])
      expect(found(text, lineDigest(LINES[3]!))).toEqual([['LEDGER_TIP_MISMATCH', 4]])
    })
  })

  it('names a reordered line: two lines swapped break the chain and the count at each', () => {
    const codes = found(edited({ swap: [2, 3] }))
    expect(codes).toEqual(
      expect.arrayContaining([
        ['LEDGER_CHAIN_BROKEN', 2],
        ['LEDGER_SEQUENCE_BROKEN', 2],
        ['LEDGER_CHAIN_BROKEN', 3],
        ['LEDGER_SEQUENCE_BROKEN', 3],
        ['LEDGER_TIME_REVERSED', 3],
        ['LEDGER_CHAIN_BROKEN', 4]
      ])
    )
  })

  it('names the line after a dropped one: its previous and its seq both show the gap', () => {
    expect(found(edited({ drop: 2 }))).toEqual([
      ['LEDGER_CHAIN_BROKEN', 2],
      ['LEDGER_SEQUENCE_BROKEN', 2]
    ])
    expect(found(edited({ drop: 1 }))).toEqual([
      ['LEDGER_CHAIN_BROKEN', 1],
      ['LEDGER_SEQUENCE_BROKEN', 1]
    ])
  })

  it('names an inserted line, even one chained correctly to the line before it', () => {
    const forged = JSON.parse(LINES[1]!) as LedgerRecord
    const inserted = ledgerLine({
      ...forged,
      seq: 3,
      dataset_version_id: '2026-02.ffffffff',
      previous: lineDigest(LINES[1]!)
    })
    expect(found(edited({ insert: { before: 3, text: inserted } }))).toEqual([
      ['LEDGER_CHAIN_BROKEN', 4],
      ['LEDGER_SEQUENCE_BROKEN', 4]
    ])
  })

  it('names a released_at earlier than the line before it, and accepts an equal one', () => {
    const back = edited(
      { set: { line: 3, fields: { released_at: '2026-01-01T00:00:00Z' } } },
      { rechain: true }
    )
    expect(found(back)).toEqual([['LEDGER_TIME_REVERSED', 3]])
    const same = edited(
      { set: { line: 3, fields: { released_at: '2026-02-20T13:00:00Z' } } },
      { rechain: true }
    )
    expect(found(same)).toEqual([])
  })

  it('names a bad tip, saying where the expected digest is when a line has it', () => {
    const result = verify(BASE, lineDigest(LINES[2]!))
    expect(result.violations.map((v) => [v.code, v.line])).toEqual([['LEDGER_TIP_MISMATCH', 4]])
    expect(result.violations[0]!.message).toMatch(/digest of line 3, and 1 line\(s\) follow it/)
    expect(verify(BASE, 'sha256:nothex').violations[0]!.message).toMatch(/not a sha256: digest/)
  })

  it.each([
    ['broken JSON', { replace: { line: 3, text: LINES[2]!.slice(0, 40) } }, /is not JSON/],
    ['an empty line', { replace: { line: 3, text: '' } }, /is empty/],
    [
      'spaces after the separators',
      {
        replace: {
          line: 3,
          text: JSON.stringify(JSON.parse(LINES[2]!), null, 1).replace(/\n/g, '')
        }
      },
      /not written in the ledger's one form/
    ],
    ['a CRLF line ending', { replace: { line: 3, text: `${LINES[2]}\r` } }, /carriage return/],
    [
      'a key written twice',
      { replace: { line: 3, text: LINES[2]!.replace('{"seq":3,', '{"seq":3,"seq":3,') } },
      /not written in the ledger's one form/
    ],
    ['an unknown key', { set: { line: 3, fields: { note: 'x' } } }, /unknown property "note"/],
    [
      'a missing key',
      { replace: { line: 3, text: LINES[2]!.replace(/,"commit":"[0-9a-f]+"/, '') } },
      /missing "commit"/
    ],
    [
      'a "__proto__" key',
      {
        replace: {
          line: 3,
          text: LINES[2]!.replace('{"seq":3,', '{"__proto__":{"ok":true},"seq":3,')
        }
      },
      /__proto__/
    ],
    [
      'a lone surrogate',
      { set: { line: 3, fields: { run_url: 'https://x/\ud800' } } },
      /lone UTF-16 surrogate/
    ],
    [
      'a seq that is not an integer',
      { set: { line: 3, fields: { seq: 3.5 } } },
      /\/seq must be integer/
    ],
    ['a JSON array', { replace: { line: 3, text: '[1,2,3]' } }, /must be object/]
  ])('names a line with %s as LEDGER_RECORD_INVALID', (_name, edit, message) => {
    const result = verify(edited(edit as Parameters<typeof applyLedgerEdits>[1][number]))
    const invalid = result.violations.filter((v) => v.code === 'LEDGER_RECORD_INVALID')
    expect(invalid.map((v) => v.line)).toEqual([3])
    expect(invalid[0]!.message).toMatch(message)
    expect(result.ok).toBe(false)
    expect(result.records.map((r) => r.seq)).toEqual([1, 2, 4])
  })

  it('names a last line without its newline', () => {
    expect(found(BASE.slice(0, -1))).toEqual([['LEDGER_RECORD_INVALID', 4]])
  })

  it.each([
    ['a workflow command after a newline', 'https://github.com/x\n::error::pwned'],
    ['a bidirectional control', 'https://github.com/\u202Eevil'],
    ['a Markdown link', '[click](https://evil.example)'],
    ['a quote and angle brackets', 'https://github.com/"><img src=x>'],
    ['over 2048 characters', `https://github.com/${'a'.repeat(2100)}`]
  ])('refuses a URL field with %s, and prints the line on one line', (_name, url) => {
    const result = verify(
      edited({ set: { line: 2, fields: { release_url: url } } }, { rechain: true })
    )
    expect(result.violations.map((v) => [v.code, v.line])).toEqual([['LEDGER_RECORD_INVALID', 2]])
    // eslint-disable-next-line no-control-regex
    for (const v of result.violations) expect(v.message).not.toMatch(/[\u0000-\u001f\u202e]/)
  })

  it('refuses a record of another dataset in the file, and a version recorded twice', () => {
    const other = edited(
      { set: { line: 3, fields: { dataset_slug: 'other_data' } } },
      { rechain: true }
    )
    expect(found(other)).toEqual([['LEDGER_RECORD_CONFLICT', 3]])
    const twice = edited(
      { set: { line: 4, fields: { dataset_version_id: '2026-01.0123abc1' } } },
      { rechain: true }
    )
    expect(verify(twice).violations[0]!.message).toMatch(/again \(line 1 has it\)/)
  })
})

describe('a line that is no record', () => {
  it('is named as the likely change when the line after it no longer chains to it', () => {
    const result = verify(edited({ replace: { line: 2, text: LINES[1]!.slice(0, 50) } }))
    expect(result.violations.map((v) => [v.code, v.line])).toEqual([
      ['LEDGER_RECORD_INVALID', 2],
      ['LEDGER_CHAIN_BROKEN', 3]
    ])
    expect(result.violations[1]!.message).toContain('line 2, which is no record, was changed, or')
  })
})
