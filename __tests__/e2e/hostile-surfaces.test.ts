// The hostile corpus of the newer surfaces, each case run from dist/ as users run it:
// fixtures/hostile/verify (the CLI's verify and the action's verify mode on a promoted example,
// changed after the gate), fixtures/hostile/shards (inventory --shard, the tree changed, then the
// sharded promotion through the CLI and the action), fixtures/hostile/changed-datasets (the
// action against the loopback GitHub API) and fixtures/hostile/library (dist/lib imported by a
// process whose prototypes were changed first). Every case must fail as it names, and inject no
// workflow command.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startGithubApi, type GithubApi, type PullFile } from '../helpers/github-api.js'
import { writeRelease } from '../helpers/release.js'
import { NODE, PROJECT, runAction, runActionAsync, runCliBundle } from '../helpers/runner.js'
import { changeWorkspace, type WorkspaceChanges } from '../helpers/violation-fixtures.js'
import {
  cliFlags,
  copyExample,
  exampleInputs,
  removeTempDirs,
  tempDir,
  writeTree
} from '../helpers/workspace.js'

const HOSTILE = path.join(PROJECT, 'fixtures', 'hostile')

function corpus<T>(folder: string): Array<[string, T]> {
  const directory = path.join(HOSTILE, folder)
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [
      file.slice(0, -'.json'.length),
      JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as T
    ])
}

/** The workflow commands the action itself prints; any other came from an input. */
const OURS = /^::(error|warning|notice|debug|group|endgroup|add-mask)( [^:]*)?::/
function smuggled(output: string): string[] {
  return output
    .split(/\r?\n/)
    .filter((line) => /^\s*::|##\[/.test(line) && !OURS.test(line.trimStart()))
}

const codesIn = (text: string): string[] =>
  [...text.matchAll(/\[[A-G] ([A-Z_]+)\]/g)].map((m) => m[1]!)

afterAll(removeTempDirs)

describe('verify under attack', () => {
  interface VerifyCase {
    description: string
    inputs?: Record<string, string>
    after: WorkspaceChanges
    expect: string[]
  }
  const cases = corpus<VerifyCase>('verify')
  let promoted: string

  beforeAll(() => {
    promoted = copyExample()
    const run = runCliBundle(promoted, cliFlags(exampleInputs()))
    expect(run.code).toBe(0)
  })

  it('holds a case for each way in', () => expect(cases.length).toBeGreaterThanOrEqual(15))

  /** `@keep` in a patch keeps the value at that place in the file as it was. */
  function kept(patch: unknown, original: unknown): unknown {
    if (patch === '@keep') return original
    if (patch === null || typeof patch !== 'object') return patch
    const from = (original ?? {}) as Record<string, unknown>
    if (Array.isArray(patch))
      return patch.map((item, i) => kept(item, (from as unknown as unknown[])[i]))
    return Object.fromEntries(
      Object.entries(patch).map(([key, value]) => [key, kept(value, from[key])])
    )
  }

  describe.each(cases)('%s', (_name, hostile) => {
    it('fails through the CLI and the action with the named violation, injecting nothing', () => {
      const workspace = tempDir('pm-hostile-verify-')
      cpSync(promoted, workspace, { recursive: true })
      const patch = Object.fromEntries(
        Object.entries(hostile.after.patch ?? {}).map(([file, value]) => [
          file,
          kept(value, JSON.parse(readFileSync(path.join(workspace, file), 'utf8')))
        ])
      )
      changeWorkspace(workspace, { ...hostile.after, patch })
      const inputs = { manifest: 'promotion_manifest.json', ...hostile.inputs }
      const flags = Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])
      const cli = runCliBundle(workspace, ['verify', ...flags])
      expect(cli.code).toBe(1)
      for (const code of hostile.expect) expect(codesIn(cli.stderr)).toContain(code)
      expect(smuggled(cli.stdout + cli.stderr)).toEqual([])
      const action = runAction(workspace, { mode: 'verify', ...inputs })
      expect(action.code).not.toBe(0)
      const reported = (
        JSON.parse(action.outputs.violations ?? '[]') as Array<{ code: string }>
      ).map((v) => v.code)
      for (const code of hostile.expect) expect(reported).toContain(code)
      expect(smuggled(action.stdout)).toEqual([])
    })
  })
})

describe('sharded promotion under attack', () => {
  interface ShardCase {
    description: string
    after?: WorkspaceChanges
    /** Text replacements in every shard file, as a hand would make them. */
    replace?: Array<[string, string]>
    expect: string[]
  }
  const cases = corpus<ShardCase>('shards')

  it('holds a case for each way in', () => expect(cases.length).toBeGreaterThanOrEqual(8))

  describe.each(cases)('%s', (_name, hostile) => {
    it('fails through the CLI and the action, naming it', () => {
      const workspace = tempDir('pm-hostile-shards-')
      const files: Record<string, string> = { 'data/z.parquet': 'PAR1' }
      for (let i = 0; i < 12; i++) files[`data/part ${i % 3}/tile-${i}.csv`] = `tile,${i}\n`
      const { inputs } = writeRelease(workspace, files)
      mkdirSync(path.join(workspace, 'shards'))
      const shards = [1, 2, 3].map((index) => {
        const out = `shards/${index}-of-3.json`
        const argv = ['inventory', '--artifacts', 'data/**', '--out', out, '--shard', `${index}/3`]
        expect(runCliBundle(workspace, argv).code).toBe(0)
        return out
      })
      changeWorkspace(workspace, hostile.after ?? {})
      for (const shard of shards) {
        const file = path.join(workspace, shard)
        let text = readFileSync(file, 'utf8')
        for (const [from, to] of hostile.replace ?? []) text = text.split(from).join(to)
        writeFileSync(file, text)
      }
      const sharded = { ...inputs, 'artifacts-shards': shards.join('\n') }
      const cli = runCliBundle(workspace, cliFlags(sharded))
      expect(cli.code).toBe(1)
      for (const code of hostile.expect) expect(codesIn(cli.stderr)).toContain(code)
      const action = runAction(workspace, sharded)
      expect(action.code).not.toBe(0)
      const reported = (
        JSON.parse(action.outputs.violations ?? '[]') as Array<{ code: string }>
      ).map((v) => v.code)
      for (const code of hostile.expect) expect(reported).toContain(code)
      expect(smuggled(action.stdout)).toEqual([])
    })
  })
})

describe('changed-datasets under attack', () => {
  interface ChangedCase extends WorkspaceChanges {
    description: string
    tree: Record<string, string>
    /** Links made after the tree: `@outside/x` is a path in a directory outside the workspace. */
    symlinks?: Record<string, string>
    outsideFiles?: Record<string, string>
    files: PullFile[]
    deepFiles?: { count: number; depth: number; under: string }
    inputs?: Record<string, string>
    expect: { code: number; error?: string; matrix?: string[]; datasetsChanged?: string }
  }
  const cases = corpus<ChangedCase>('changed-datasets')
  let api: GithubApi

  beforeAll(async () => {
    api = await startGithubApi()
  })
  afterAll(async () => api.close())

  it('holds a case for each way in', () => expect(cases.length).toBeGreaterThanOrEqual(8))

  describe.each(cases)('%s', (_name, hostile) => {
    it('fails the step as it names, with no dataset gated through a link', async () => {
      const workspace = tempDir('pm-hostile-changed-')
      writeTree(workspace, hostile.tree)
      const { symlinks, outsideFiles, ...changes } = hostile
      changeWorkspace(workspace, { ...changes, symlinks: {} })
      const outside = tempDir('pm-hostile-outside-')
      writeTree(outside, outsideFiles ?? {})
      for (const [link, target] of Object.entries(symlinks ?? {})) {
        const resolved = target.startsWith('@outside-dir/')
          ? path.join(outside, target.slice('@outside-dir/'.length))
          : target
        symlinkSync(resolved, path.join(workspace, link))
      }
      const deep = hostile.deepFiles
      const generated = deep
        ? Array.from({ length: deep.count }, (_v, i) => ({
            filename: `${deep.under}/${Array.from({ length: deep.depth }, (_d, j) => `d${j % 10}`).join('/')}/f${i}.csv`,
            status: 'modified'
          }))
        : []
      api.files = [...generated, ...hostile.files]
      api.requests = []
      const run = await runActionAsync(
        workspace,
        { mode: 'changed-datasets', datasets: 'datasets/*', ...hostile.inputs },
        api.env()
      )
      expect(run.code).toBe(hostile.expect.code)
      if (hostile.expect.error) expect(run.stdout).toContain(hostile.expect.error)
      const matrix = run.outputs['changed-datasets']
      const include = matrix
        ? (JSON.parse(matrix) as { include: Array<{ dataset: string; root: string }> }).include
        : []
      if (hostile.expect.matrix)
        expect(include.map((d) => d.dataset)).toEqual(hostile.expect.matrix)
      // Whatever else, nothing linked ever reaches a gate job.
      for (const entry of include) expect(Object.keys(symlinks ?? {})).not.toContain(entry.root)
      if (hostile.expect.datasetsChanged)
        expect(run.outputs['datasets-changed']).toBe(hostile.expect.datasetsChanged)
      expect(smuggled(run.stdout)).toEqual([])
    })
  })
})

describe('the library in a polluted process', () => {
  interface LibraryCase {
    description: string
    pollute?: Array<{
      target: 'Object' | 'Array'
      key: string
      value?: unknown
      function?: string
      enumerable: boolean
    }>
    call: 'evaluate' | 'verify' | 'write'
    after?: WorkspaceChanges
    without?: string[]
    value?: string
    expect: {
      status?: string
      codes?: string[]
      throws?: string
      older?: boolean
      written?: string
    }
  }
  const cases = corpus<LibraryCase>('library')
  const OLDER = '{"older": true}\n'
  const LIBRARY = path.join(PROJECT, 'dist', 'lib', 'index.js')

  it('holds a case for each way in', () => expect(cases.length).toBeGreaterThanOrEqual(8))

  /** The script the child runs: prototypes changed first, then dist/lib imported and called. */
  const script = `
const [caseText, workspace] = process.argv.slice(1)
const hostile = JSON.parse(caseText)
for (const p of hostile.pollute ?? []) {
  const value = p.function ? (0, eval)(p.function) : p.value
  Object.defineProperty(globalThis[p.target].prototype, p.key, { value, enumerable: p.enumerable, configurable: true, writable: true })
}
const library = await import(${JSON.stringify(LIBRARY)})
const inputs = {
  datasetSlug: 'river_gauges', releasedAt: '2026-02-20T13:00:00Z', spec: 'spec.yaml',
  artifacts: ['data/processed/**'], catalogs: ['catalog/**'], qaReport: 'qa/report.json',
  policyDecision: 'policy/decision.json', approvals: 'approvals.json', runReceipts: ['receipts/*.json']
}
for (const name of hostile.without ?? []) delete inputs[name]
let flips = 0
const values = {
  undefined: undefined, NaN: { size: NaN }, plain: { list: [1] },
  cycle: (() => { const c = { a: 1 }; c.self = c; return c })(),
  ownToJSON: { toJSON: () => ({ status: 'pass' }) },
  getterFlip: { get status() { return ++flips === 1 ? 'pass' : 'fail' } },
  proxyLiar: new Proxy({}, { ownKeys: () => ['status'], getOwnPropertyDescriptor: () => undefined })
}
let result
try {
  if (hostile.call === 'evaluate') {
    const r = await library.evaluatePromotion(inputs, { workspace })
    result = { status: r.status, codes: r.violations.map((v) => v.code) }
  } else if (hostile.call === 'verify') {
    const r = await library.verifyManifest({ manifest: 'promotion_manifest.json', workspace })
    result = { status: r.status, codes: r.violations.map((v) => v.code) }
  } else {
    await library.writeJsonAtomic(workspace + '/out.json', values[hostile.value])
    result = { written: true }
  }
} catch (error) {
  result = { threw: String(error && error.message) }
}
process.stdout.write(JSON.stringify(result))
`

  describe.each(cases)('%s', (_name, hostile) => {
    it('changes nothing a document or a request says, and writes nothing JSON cannot hold', () => {
      const workspace = copyExample()
      changeWorkspace(workspace, hostile.after ?? {})
      if (hostile.call === 'verify')
        expect(runCliBundle(workspace, cliFlags(exampleInputs())).code).toBe(0)
      const out = path.join(workspace, 'out.json')
      writeFileSync(out, OLDER)
      const child = spawnSync(
        NODE,
        ['--input-type=module', '-e', script, JSON.stringify(hostile), workspace],
        { cwd: workspace, encoding: 'utf8', timeout: 120_000 }
      )
      expect(child.stderr).toBe('')
      const result = JSON.parse(child.stdout) as {
        status?: string
        codes?: string[]
        threw?: string
      }
      const { expect: wanted } = hostile
      if (wanted.status) expect(result.status).toBe(wanted.status)
      for (const code of wanted.codes ?? []) expect(result.codes).toContain(code)
      if (wanted.throws) expect(result.threw).toContain(wanted.throws)
      if (wanted.older) expect(readFileSync(out, 'utf8')).toBe(OLDER)
      if (wanted.written) expect(readFileSync(out, 'utf8')).toBe(wanted.written)
    })
  })
})
