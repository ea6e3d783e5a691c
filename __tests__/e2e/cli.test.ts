// The CLI twin, run from dist/ as a user runs it: exit 0 on pass, 1 on violations, 2 on usage
// errors, and the same manifest bytes as the action on the same inputs.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { NODE, PROJECT, runAction, runCliBundle } from '../helpers/runner.js'
import { copyExample, exampleInputs, removeTempDirs } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const exampleFlags = [
  '--dataset-slug',
  'river_gauges',
  '--released-at',
  '2026-02-20T13:00:00Z',
  '--spec',
  'spec.yaml',
  '--artifacts',
  'data/processed/**',
  '--catalogs',
  'catalog/**',
  '--qa-report',
  'qa/report.json',
  '--policy-decision',
  'policy/decision.json',
  '--approvals',
  'approvals.json',
  '--run-receipts',
  'receipts/*.json'
]

describe('open files', () => {
  it('passes with 1,000 catalog files under a 256 open-file limit: EMFILE is never a violation', () => {
    const workspace = copyExample()
    const prov = readFileSync(path.join(workspace, 'catalog', 'prov.json'))
    mkdirSync(path.join(workspace, 'catalog', 'copies'))
    for (let i = 0; i < 1000; i++)
      writeFileSync(path.join(workspace, 'catalog', 'copies', `prov-${i}.json`), prov)
    const cli = path.join(PROJECT, 'dist', 'cli', 'index.js')
    const run = spawnSync(
      'sh',
      ['-c', 'ulimit -n 256 && exec "$@"', 'sh', NODE, cli, ...exampleFlags],
      {
        cwd: workspace,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        encoding: 'utf8',
        timeout: 120_000
      }
    )
    expect(run.stderr).not.toContain('EMFILE')
    expect(run.status).toBe(0)
  })
})

/**
 * A real Node.js older than engines allows: the first `node` on PATH when it is one (the system
 * Node 20 of many machines); where none is reachable, Node 24 told by a preloaded module that it
 * is 20.0.0 (the only stand-in here: no older binary can be installed for the test).
 */
function olderNode(): { command: string; args: string[] } {
  const found = spawnSync('node', ['-p', 'process.versions.node'], { encoding: 'utf8' })
  const major = Number(/^(\d+)\./.exec(found.stdout ?? '')?.[1])
  if (found.status === 0 && major < 22) return { command: 'node', args: [] }
  const pretend = 'Object.defineProperty(process.versions, "node", { value: "20.0.0" })'
  return {
    command: NODE,
    args: ['--import', `data:text/javascript,${encodeURIComponent(pretend)}`]
  }
}

describe('on a Node.js older than engines', () => {
  it('says so in one line and exits 2, before loading anything else', () => {
    const older = olderNode()
    const version = spawnSync(older.command, [...older.args, '-p', 'process.versions.node'], {
      encoding: 'utf8'
    }).stdout.trim()
    const cli = path.join(PROJECT, 'dist', 'cli', 'index.js')
    const workspace = copyExample()
    const run = spawnSync(older.command, [...older.args, cli, ...exampleFlags], {
      cwd: workspace,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      encoding: 'utf8'
    })
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: `error: kfm-gen-promotion-manifest needs Node.js >=22.3.0 (package.json engines); this is Node.js ${version}. Run it with a newer Node.js (the action runs on Node 24).\n`
    })
    expect(existsSync(path.join(workspace, 'promotion_manifest.json'))).toBe(false)
  })
})

describe('kfm-gen-promotion-manifest', () => {
  it('writes the same bytes as the action, and exits 0', () => {
    const byCli = copyExample()
    const cli = runCliBundle(byCli, exampleFlags)
    expect(cli.code).toBe(0)
    expect(cli.stdout).toContain('Promotion manifest written to promotion_manifest.json')
    expect(cli.stdout).not.toContain('::debug::')
    const byAction = copyExample()
    expect(runAction(byAction, exampleInputs()).code).toBe(0)
    const a = readFileSync(path.join(byCli, 'promotion_manifest.json'))
    const b = readFileSync(path.join(byAction, 'promotion_manifest.json'))
    expect(a.equals(b)).toBe(true)
  })

  it('takes --workspace instead of the current directory', () => {
    const workspace = copyExample()
    const cli = runCliBundle(path.dirname(workspace), [
      '--workspace',
      path.basename(workspace),
      ...exampleFlags,
      '--out',
      'm.json'
    ])
    expect(cli.code).toBe(0)
    expect(existsSync(path.join(workspace, 'm.json'))).toBe(true)
  })

  it('accepts --artifacts more than once, one pattern each', () => {
    const workspace = copyExample()
    const flags = [...exampleFlags]
    const patterns = [
      'data/processed/discharge_*',
      'data/processed/*.geojson',
      'data/processed/*.tif'
    ]
    flags.splice(flags.indexOf('--artifacts'), 2, ...patterns.flatMap((p) => ['--artifacts', p]))
    expect(runCliBundle(workspace, flags).code).toBe(0)
    const manifest = JSON.parse(
      readFileSync(path.join(workspace, 'promotion_manifest.json'), 'utf8')
    )
    // discharge_* matches the store's directory too: the store comes in whole, as one artifact.
    expect(manifest.artifacts.map((a: { path: string }) => a.path)).toEqual([
      'data/processed/basin_dem.tif',
      'data/processed/discharge_cube.zarr/',
      'data/processed/discharge_daily.csv',
      'data/processed/discharge_daily.parquet',
      'data/processed/stations.geojson'
    ])
  })

  it('exits 1 when patterns leave out files the catalogs describe', () => {
    const workspace = copyExample()
    const flags = [...exampleFlags]
    flags.splice(flags.indexOf('--artifacts'), 2, '--artifacts', 'data/processed/*.csv')
    const cli = runCliBundle(workspace, flags)
    expect(cli.code).toBe(1)
    expect(cli.stderr).toContain('[D LINK_UNRESOLVED]')
  })

  it('prints a cause first, what it causes indented under it, and names it in the last line', () => {
    // The typo of fixtures/causes/pattern-typo.json, whose `causes` are what it causes.
    const typo = JSON.parse(
      readFileSync(path.join(PROJECT, 'fixtures', 'causes', 'pattern-typo.json'), 'utf8')
    ) as { inputs: { artifacts: string }; expect: { causes: string[] } }
    const caused = typo.expect.causes.length
    const links = typo.expect.causes.filter((code) => code === 'LINK_UNRESOLVED').length
    const workspace = copyExample()
    const flags = [...exampleFlags]
    flags.splice(flags.indexOf('--artifacts'), 2, '--artifacts', typo.inputs.artifacts)
    const cli = runCliBundle(workspace, flags)
    expect(cli.code).toBe(1)
    const lines = cli.stderr.split('\n').filter((line) => line.includes(' ['))
    expect(lines[0]).toMatch(
      /^artifacts: \[E PATTERN_MATCHES_NOTHING\] .*did you mean "data\/processed\/\*\*"\?/
    )
    const under = lines.slice(1, caused + 1)
    expect(under.every((line) => line.startsWith('  ↳ '))).toBe(true)
    expect(under.filter((line) => line.includes('[D LINK_UNRESOLVED]'))).toHaveLength(links)
    expect(cli.stderr).toContain(
      `Promotion blocked: ${caused + 1} violation(s), ${caused} of them caused by [E PATTERN_MATCHES_NOTHING] artifacts; no manifest was written.`
    )
  })

  it('exits 1 on a violation, prints it with file and line, and writes nothing', () => {
    const workspace = copyExample()
    const cli = runCliBundle(workspace, [...exampleFlags, '--dataset-slug', 'Bad-Slug'])
    expect(cli.code).toBe(1)
    expect(cli.stderr).toContain('dataset-slug: [A SLUG_INVALID]')
    expect(cli.stderr).toContain('no manifest was written')
    expect(existsSync(path.join(workspace, 'promotion_manifest.json'))).toBe(false)
  })

  it.each([
    [['--artifacts', 'x'], 'dataset-slug is required'],
    [['--dataset-slug', 'x', '--no-such-flag'], 'error: unknown flag --no-such-flag\n'],
    [
      ['--dataset-slug', 'x', '--artifact', 'a'],
      'unknown flag --artifact; did you mean --artifacts?'
    ],
    [['--dataset-slug', 'x', 'positional'], 'positional'],
    [['--dataset-slug', 'x', '--required-approvals', 'steward'], 'must read "label: role, role"']
  ])('exits 2 on a usage error: %j', (args, message) => {
    const cli = runCliBundle(copyExample(), args)
    expect(cli.code).toBe(2)
    expect(cli.stderr).toContain(message)
    expect(cli.stderr).toContain('--help')
  })

  it('documents every option in --help', () => {
    const cli = runCliBundle(copyExample(), ['--help'])
    expect(cli.code).toBe(0)
    for (const flag of [
      '--dataset-slug',
      '--artifacts PATTERN (repeatable)',
      '--out',
      '--workspace',
      '--summary'
    ]) {
      expect(cli.stdout).toContain(flag)
    }
  })
})
