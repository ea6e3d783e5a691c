// `ledger verify` and `diff` run from dist/ as a user runs them: the exit codes, and output that
// no file name or field of a hostile manifest or ledger can turn into a workflow command.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { lineDigest } from '../../src/documents/ledger-record.js'
import { fixtureCodes } from '../helpers/violation-fixtures.js'
import {
  LEDGER_FIXTURES,
  applyLedgerEdits,
  baseLedgerLines,
  loadLedgerFixture
} from '../helpers/ledger-fixtures.js'
import { validManifest } from '../helpers/diff.js'
import { runCliBundle } from '../helpers/runner.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

/** Lines the runner would read as a workflow command: `::` after leading white space, or `##[`. */
function commandLines(output: string): string[] {
  return output
    .split(/\r?\n|\r|\u2028|\u2029/)
    .filter(
      (line) =>
        /^[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]*::/u.test(line) ||
        line.includes('##[')
    )
}

describe('ledger verify, from dist/', () => {
  const dir = tempDir('pm-e2e-ledger-')
  const base = readFileSync(path.join(LEDGER_FIXTURES, 'base.jsonl'), 'utf8')
  writeFileSync(path.join(dir, 'river_gauges.jsonl'), base)

  it('passes the fixture ledger at its tip, exit 0', () => {
    const tip = lineDigest(baseLedgerLines()[3]!)
    const run = runCliBundle(dir, [
      'ledger',
      'verify',
      '--file',
      'river_gauges.jsonl',
      '--expect-tip',
      tip
    ])
    expect(run.stderr).toBe('')
    expect(run).toMatchObject({ code: 0 })
    expect(run.stdout).toContain(`4 record(s), chained; tip ${tip}`)
  })

  it.each(fixtureCodes(LEDGER_FIXTURES))('exits 1 on the %s fixture, naming its line', (code) => {
    const fixture = loadLedgerFixture(code)
    writeFileSync(
      path.join(dir, `${code}.jsonl`),
      applyLedgerEdits(baseLedgerLines(), fixture.edits)
    )
    const tip = fixture['expect-tip']
    const run = runCliBundle(dir, [
      'ledger',
      'verify',
      '--file',
      `${code}.jsonl`,
      ...(tip ? ['--expect-tip', tip] : [])
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${code}.jsonl:${fixture.line}: [E ${code}]`)
  })

  it('prints a hostile line of a ledger as one escaped line, no workflow command', () => {
    const text = applyLedgerEdits(baseLedgerLines(), [
      { replace: { line: 2, text: '{"seq":"\\n::error::pwned\\u2028::warning::x ##[error]y"}' } }
    ])
    writeFileSync(path.join(dir, 'hostile.jsonl'), text)
    const run = runCliBundle(dir, ['ledger', 'verify', '--file', 'hostile.jsonl'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('[E LEDGER_RECORD_INVALID]')
    expect(commandLines(run.stdout + run.stderr)).toEqual([])
  })
})

describe('diff, from dist/', () => {
  const dir = tempDir('pm-e2e-diff-')
  const old = validManifest()
  const now = validManifest()
  for (const [i, name] of [
    '::error::pwned.csv',
    '##[error]legacy.csv',
    'a\n::warning file=x::b.csv',
    '\u3000::error::wide.csv',
    'c\u2028::notice::d.csv',
    '%0A::error::e.csv'
  ].entries())
    now.artifacts.push({
      path: `data/${i}/${name}`,
      digest: `sha256:${String(i).repeat(64)}`,
      media_type: 'text/csv'
    })
  now.policy.policy_label = 'public'
  old.policy.policy_label = 'restricted'
  writeFileSync(path.join(dir, 'old.json'), JSON.stringify(old))
  writeFileSync(path.join(dir, 'new.json'), JSON.stringify(now))

  it('prints hostile paths escaped, marks the lowered label, and exits as git diff does', () => {
    const run = runCliBundle(dir, ['diff', 'old.json', 'new.json'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('policy label LOWERED: restricted -> public')
    expect(run.stdout).toContain('artifacts: 6 added, 0 removed, 0 changed, 2 unchanged')
    expect(commandLines(run.stdout + run.stderr)).toEqual([])
    expect(runCliBundle(dir, ['diff', '--exit-code', 'old.json', 'new.json']).code).toBe(1)
    expect(runCliBundle(dir, ['diff', '--exit-code', 'old.json', 'old.json']).code).toBe(0)
    const json = runCliBundle(dir, ['diff', '--json', 'old.json', 'new.json'])
    const diff = JSON.parse(json.stdout) as { policy: { policy_label: { lowered: boolean } } }
    expect(diff.policy.policy_label.lowered).toBe(true)
    expect(commandLines(json.stdout)).toEqual([])
  })

  it('exits 2 on an input it cannot compare, never 1', () => {
    writeFileSync(path.join(dir, 'not-v1.json'), '{"kfm_promotion_manifest_version":"v2"}\n')
    const run = runCliBundle(dir, ['diff', '--exit-code', 'old.json', 'not-v1.json'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^error: not-v1\.json: the new manifest is not a v1 promotion manifest/
    )
  })
})
