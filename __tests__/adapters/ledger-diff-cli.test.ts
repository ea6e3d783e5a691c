// The CLI's `ledger verify` and `diff` on real files: exit codes, what they print, and how they
// refuse bad input. diff compares a promoted example with a next version made from it on disk.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { EXIT, runCli } from '../../src/cli/main.js'
import { lineDigest } from '../../src/documents/ledger-record.js'
import { sha256Digest } from '../../src/model/digest.js'
import { parseOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { diffSchemaErrors } from '../helpers/diff.js'
import { applyLedgerEdits, baseLedgerLines, LEDGER_FIXTURES } from '../helpers/ledger-fixtures.js'
import { copyExample, exampleInputs, removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

async function cli(argv: string[], cwd: string) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd
  })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

describe('ledger verify', () => {
  const dir = tempDir('pm-ledger-cli-')
  const base = readFileSync(path.join(LEDGER_FIXTURES, 'base.jsonl'), 'utf8')
  const tip = lineDigest(baseLedgerLines()[3]!)
  mkdirSync(path.join(dir, 'ledger'))
  writeFileSync(path.join(dir, 'ledger', 'river_gauges.jsonl'), base)
  const file = 'ledger/river_gauges.jsonl'

  it('passes a whole ledger and prints its tip; with the right --expect-tip too', async () => {
    const run = await cli(['ledger', 'verify', '--file', file], dir)
    expect(run).toMatchObject({ code: EXIT.pass, stderr: '' })
    expect(run.stdout).toBe(`Verified ${file}: 4 record(s), chained; tip ${tip}`)
    expect((await cli(['ledger', 'verify', '--file', file, '--expect-tip', tip], dir)).code).toBe(0)
  })

  it('fails on another tip, and on a tampered line, naming file and line', async () => {
    const other = lineDigest('x')
    const wrong = await cli(['ledger', 'verify', '--file', file, '--expect-tip', other], dir)
    expect(wrong.code).toBe(EXIT.violation)
    expect(wrong.stderr).toContain(`${file}:4: [E LEDGER_TIP_MISMATCH]`)
    writeFileSync(
      path.join(dir, 'tampered.jsonl'),
      applyLedgerEdits(baseLedgerLines(), [
        { set: { line: 2, fields: { commit: 'e'.repeat(40) } } }
      ])
    )
    const tampered = await cli(['ledger', 'verify', '--file', 'tampered.jsonl'], dir)
    expect(tampered.code).toBe(EXIT.violation)
    expect(tampered.stderr).toContain('tampered.jsonl:2: [E LEDGER_CHAIN_BROKEN] line 2 of')
    expect(tampered.stderr).toContain('Ledger verification failed: 1 violation(s)')
  })

  it('reports a file it cannot read as LEDGER_UNREADABLE (exit 1)', async () => {
    const missing = await cli(['ledger', 'verify', '--file', 'nope.jsonl'], dir)
    expect(missing.code).toBe(EXIT.violation)
    expect(missing.stderr).toContain('nope.jsonl: [E LEDGER_UNREADABLE] nope.jsonl does not exist')
    writeFileSync(path.join(dir, 'bom.jsonl'), `\ufeff${base}`)
    const bom = await cli(['ledger', 'verify', '--file', 'bom.jsonl'], dir)
    expect(bom.stderr).toContain('[E LEDGER_UNREADABLE] bom.jsonl starts with a byte-order mark')
    const folder = await cli(['ledger', 'verify', '--file', 'ledger'], dir)
    expect(folder.stderr).toContain('ledger is not a regular file')
  })

  it.each([
    [['ledger'], /Usage: kfm-gen-promotion-manifest ledger verify/],
    [['ledger', 'check'], /unknown ledger command check; the one command is verify/],
    [['ledger', 'verify'], /ledger verify needs --file FILE/],
    [['ledger', 'verify', '--fil', 'x'], /unknown flag --fil; did you mean --file\?/],
    [['ledger', 'verify', '--file', 'x', '--expect-tip', 'abc'], /--expect-tip abc is not a digest/]
  ])('refuses %j as a usage error (exit 2)', async (argv, message) => {
    const run = await cli(argv, dir)
    expect(run.code).toBe(EXIT.usage)
    expect(`${run.stdout}${run.stderr}`).toMatch(message)
  })

  it('has its help, and the main help names it and diff', async () => {
    const help = await cli(['ledger', 'verify', '--help'], dir)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--expect-tip sha256:HEX')
    expect((await cli(['--help'], dir)).stdout).toMatch(/ledger verify --help[\s\S]*diff --help/)
  })
})

/** The example promoted, and a next version of it made on disk: one file changed, one added, the
 * collection's bbox and licence changed, the manifest updated to match. */
async function twoVersions() {
  const dir = tempDir('pm-diff-cli-')
  const old = path.join(dir, 'v1')
  cpSync(copyExample(), old, { recursive: true })
  const result = await promote(parseOptions(exampleInputs(), old))
  expect(result.status).toBe('pass')
  const now = path.join(dir, 'v2')
  cpSync(old, now, { recursive: true })
  const manifestFile = path.join(now, 'promotion_manifest.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    dataset_version_id: string
    released_at: string
    artifacts: Array<{ path: string; digest: string; media_type: string }>
    catalogs: Array<{ path: string; digest: string }>
  }
  const write = (relative: string, text: string) => {
    writeFileSync(path.join(now, relative), text)
    return sha256Digest(Buffer.from(text))
  }
  const csv = 'data/processed/discharge_daily.csv'
  manifest.artifacts.find((a) => a.path === csv)!.digest = write(csv, 'station,day,value\nX,1,2\n')
  manifest.artifacts.push({
    path: 'data/processed/late.csv',
    digest: write('data/processed/late.csv', 'a,b\n1,2\n'),
    media_type: 'text/csv'
  })
  const collectionPath = 'catalog/stac/collection.json'
  const collection = JSON.parse(readFileSync(path.join(now, collectionPath), 'utf8')) as Record<
    string,
    unknown
  >
  collection.license = 'CC0-1.0'
  collection.extent = {
    spatial: { bbox: [[-97, 38, -94, 40]] },
    temporal: { interval: [['2026-01-01T00:00:00Z', '2026-02-28T23:59:59Z']] }
  }
  manifest.catalogs.find((c) => c.path === collectionPath)!.digest = write(
    collectionPath,
    `${JSON.stringify(collection, null, 2)}\n`
  )
  manifest.dataset_version_id = '2026-03.0123abcd'
  manifest.released_at = '2026-03-20T13:00:00Z'
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`)
  return { dir, old: 'v1/promotion_manifest.json', now: 'v2/promotion_manifest.json' }
}

describe('diff', () => {
  let sides: Awaited<ReturnType<typeof twoVersions>>
  beforeAll(async () => {
    sides = await twoVersions()
  })

  it('prints what changed, exit 0; with --exit-code 1; and 0 for a manifest against itself', async () => {
    const run = await cli(['diff', sides.old, sides.now], sides.dir)
    expect(run.code).toBe(EXIT.pass)
    expect(run.stdout).toMatch(/^version {6}2026-02\.[0-9a-f]{8} -> 2026-03\.0123abcd$/m)
    const before = JSON.parse(readFileSync(path.join(sides.dir, sides.old), 'utf8')) as {
      artifacts: unknown[]
    }
    expect(run.stdout).toContain(
      `artifacts: 1 added, 0 removed, 1 changed, ${before.artifacts.length - 1} unchanged`
    )
    expect(run.stdout).toMatch(
      /\n {2}\+ data\/processed\/late\.csv {2}sha256:[0-9a-f]{64} {2}8 bytes\n/
    )
    expect(run.stdout).toMatch(
      /^ {2}~ data\/processed\/discharge_daily\.csv {2}sha256:[0-9a-f]{64} -> sha256:[0-9a-f]{64} {2}\(2211 -> 24 bytes\)$/m
    )
    expect(run.stdout).toContain('catalogs: 0 added, 0 removed, 1 changed')
    expect(run.stdout).toContain('collection   (catalog/stac/collection.json)')
    expect(run.stdout).toContain(
      '  bbox     [[-96.309,38.976,-94.965,39.198]] -> [[-97,38,-94,40]]'
    )
    expect(run.stdout).toContain('  licence  "CC-BY-4.0" -> "CC0-1.0"')
    expect(run.stdout).toContain('The versions differ.')
    expect((await cli(['diff', '--exit-code', sides.old, sides.now], sides.dir)).code).toBe(1)
    const same = await cli(['diff', '--exit-code', sides.old, sides.old], sides.dir)
    expect(same.code).toBe(EXIT.pass)
    expect(same.stdout).toContain('The versions do not differ.')
  })

  it('prints JSON of the documented shape with --json', async () => {
    const run = await cli(['diff', '--json', sides.old, sides.now], sides.dir)
    expect(run.code).toBe(0)
    const diff = JSON.parse(run.stdout) as Record<string, unknown>
    expect(diffSchemaErrors(diff)).toEqual([])
    expect(diff.collection).toMatchObject({
      compared: true,
      changed: true,
      old_path: 'catalog/stac/collection.json',
      license: { old: 'CC-BY-4.0', new: 'CC0-1.0', changed: true }
    })
    expect(diff.artifacts).toMatchObject({
      added: [{ path: 'data/processed/late.csv', size: 8, media_type: 'text/csv' }]
    })
  })

  it('leaves the collection out, saying why, when its file is gone or not the listed bytes', async () => {
    const dir = tempDir('pm-diff-gone-')
    cpSync(sides.dir, dir, { recursive: true })
    rmSync(path.join(dir, 'v2', 'catalog', 'stac', 'collection.json'))
    writeFileSync(path.join(dir, 'v1', 'catalog', 'stac', 'collection.json'), '{}\n')
    const run = await cli(['diff', '--json', sides.old, sides.now], dir)
    expect(run.code).toBe(0)
    const diff = JSON.parse(run.stdout) as { collection: { compared: boolean; reason: string } }
    expect(diffSchemaErrors(diff)).toEqual([])
    expect(diff.collection.compared).toBe(false)
    expect(diff.collection.reason).toMatch(/old side: .*1 not the bytes the manifest lists/)
    expect(diff.collection.reason).toMatch(/new side: .*1 absent/)
    const text = await cli(['diff', sides.old, sides.now], dir)
    expect(text.stdout).toContain(
      'collection   not compared: extent and licence left out; old side:'
    )
  })

  it('finds the files under --old-root and --new-root when the manifests are elsewhere', async () => {
    const elsewhere = tempDir('pm-diff-elsewhere-')
    cpSync(path.join(sides.dir, sides.old), path.join(elsewhere, 'old.json'))
    cpSync(path.join(sides.dir, sides.now), path.join(elsewhere, 'new.json'))
    const without = await cli(['diff', '--json', 'old.json', 'new.json'], elsewhere)
    expect(JSON.parse(without.stdout)).toMatchObject({ collection: { compared: false } })
    const roots = [
      '--old-root',
      path.join(sides.dir, 'v1'),
      '--new-root',
      path.join(sides.dir, 'v2')
    ]
    const withRoots = await cli(['diff', '--json', 'old.json', 'new.json', ...roots], elsewhere)
    expect(JSON.parse(withRoots.stdout)).toMatchObject({ collection: { compared: true } })
  })

  it('prints a hostile path escaped, on one line, never at the start of a line', async () => {
    const dir = tempDir('pm-diff-hostile-')
    const manifest = JSON.parse(readFileSync(path.join(sides.dir, sides.old), 'utf8')) as {
      artifacts: Array<Record<string, string>>
    }
    writeFileSync(path.join(dir, 'old.json'), JSON.stringify(manifest))
    manifest.artifacts.push({
      path: 'x\n::error::pwned\u001b[2J\u202e.csv',
      digest: `sha256:${'0'.repeat(64)}`,
      media_type: 'text/csv'
    })
    writeFileSync(path.join(dir, 'new.json'), JSON.stringify(manifest))
    const run = await cli(['diff', 'old.json', 'new.json'], dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('  + x\\u000a::error::pwned\\u001b[2J\\u202e.csv  sha256:')
    expect(run.stdout.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual([])
  })

  it.each([
    [['diff', 'only.json'], /diff takes two manifests, OLD and NEW \(1 given\)/],
    [['diff', '--jsn', 'a', 'b'], /unknown flag --jsn; did you mean --json\?/],
    [['diff', 'missing.json', 'v1/promotion_manifest.json'], /missing\.json does not exist/],
    [['diff', 'v1', 'v1/promotion_manifest.json'], /v1 is not a regular file/],
    [['diff', 'bad.json', 'v1/promotion_manifest.json'], /error: bad\.json is not valid JSON/],
    [
      ['diff', 'v1/promotion_manifest.json', 'v2.json'],
      /error: v2\.json: the new manifest is not a v1 promotion manifest \(.*\): \/kfm_promotion_manifest_version is "v2"; it must be "v1"\.$/
    ]
  ])('refuses %j with exit 2, never taken for "they differ"', async (argv, message) => {
    writeFileSync(path.join(sides.dir, 'bad.json'), '{\n  "a": ,\n}\n')
    const v2 = JSON.parse(readFileSync(path.join(sides.dir, sides.now), 'utf8')) as object
    writeFileSync(
      path.join(sides.dir, 'v2.json'),
      JSON.stringify({ ...v2, kfm_promotion_manifest_version: 'v2' })
    )
    const run = await cli([...argv, '--exit-code'], sides.dir)
    expect(run.code).toBe(EXIT.usage)
    expect(run.stderr).toMatch(message)
  })
})
