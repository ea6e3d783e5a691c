// Faults while the result is written, injected for real: the out directory missing, a read-only
// and a full file system (tmpfs mounts made by the test; the test runs as root, as CI does), the
// runner's files or a target at out that cannot be written (the cases as data, in
// fixtures/hostile/failure-paths/), two runs writing one out at once, and the process killed at
// every stage of a run. Each ends in a clear error or a complete manifest, never a partial one,
// and leaves the workspace as it was.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  NODE,
  PROJECT,
  errorCommands,
  runAction,
  runActionAsync,
  runCliBundle
} from '../helpers/runner.js'
import {
  cliFlags,
  copyExample,
  exampleInputs,
  removeTempDirs,
  tempDir
} from '../helpers/workspace.js'

const mounted: string[] = []

afterAll(() => {
  for (const dir of mounted.splice(0)) spawnSync('umount', [dir])
  removeTempDirs()
})

/** A tmpfs of `size` bytes at `dir`: a file system this test can fill or make read-only. */
function mountTmpfs(dir: string, size: number): void {
  mkdirSync(dir, { recursive: true })
  const done = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], {
    encoding: 'utf8'
  })
  if (done.status !== 0)
    throw new Error(`mounting a tmpfs needs root (CAP_SYS_ADMIN): ${done.stderr.trim()}`)
  mounted.push(dir)
}

function remountReadOnly(dir: string): void {
  const done = spawnSync('mount', ['-o', 'remount,ro', dir], { encoding: 'utf8' })
  if (done.status !== 0) throw new Error(`remount read-only failed: ${done.stderr.trim()}`)
}

/** Every file under `root` (links not followed) with the SHA-256 of its bytes. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const absolute = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(absolute)
      else if (entry.isFile())
        files.set(
          path.relative(root, absolute),
          createHash('sha256').update(readFileSync(absolute)).digest('hex')
        )
    }
  }
  walk(root)
  return files
}

const OLDER = '{"an older manifest": "must survive"}\n'
const OLDER_STATEMENT = '{"an older statement": "must survive"}\n'
const OLDER_CHECKSUMS = `${'0'.repeat(64)}  an/older/checksums/line.csv\n`

/** The clear, single error a failed write must end in, through the action. */
function expectWriteFailure(run: { code: number; stdout: string; stderr: string }, reason: RegExp) {
  expect(run.code).toBe(1)
  const errors = errorCommands(run.stdout)
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/^::error::Could not write out\/promotion_manifest\.json: /)
  expect(errors[0]).toMatch(reason)
  expect(errors[0]).toContain('Nothing was written')
  expect(run.stderr).toBe('')
  expect(run.stdout).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m)
}

describe('the out directory', () => {
  it('missing: a clear error through the action and the CLI, and nothing written', () => {
    const workspace = copyExample()
    const before = snapshot(workspace)
    const inputs = exampleInputs({ out: 'out/promotion_manifest.json' })
    expectWriteFailure(runAction(workspace, inputs), /the directory out does not exist; create it/)
    const cli = runCliBundle(workspace, cliFlags(inputs))
    // An error that stopped the run, not violations (README.md, "Exit codes"): exit 2.
    expect(cli.code).toBe(2)
    expect(cli.stderr).toContain('the directory out does not exist')
    expect(snapshot(workspace)).toEqual(before)
  })

  it('on a read-only file system: a clear error, and the older files there unchanged', () => {
    const workspace = copyExample()
    const out = path.join(workspace, 'out')
    mountTmpfs(out, 1 << 20)
    writeFileSync(path.join(out, 'promotion_manifest.json'), OLDER)
    writeFileSync(path.join(out, 'promotion_manifest.intoto.json'), OLDER_STATEMENT)
    remountReadOnly(out)
    const before = snapshot(workspace)
    const run = runAction(workspace, exampleInputs({ out: 'out/promotion_manifest.json' }))
    expectWriteFailure(run, /read-only; choose an out on a writable file system/)
    expect(snapshot(workspace)).toEqual(before)
  })

  it('on a full file system: a clear error, no temporary left, the older files unchanged', () => {
    const workspace = copyExample()
    const out = path.join(workspace, 'out')
    mountTmpfs(out, 64 * 1024)
    writeFileSync(path.join(out, 'promotion_manifest.json'), OLDER)
    writeFileSync(path.join(out, 'promotion_manifest.intoto.json'), OLDER_STATEMENT)
    // Fill it: a write that runs out of space leaves the file system full.
    const fill = spawnSync('dd', ['if=/dev/zero', `of=${path.join(out, 'fill')}`, 'bs=4096'], {
      encoding: 'utf8'
    })
    expect(fill.stderr).toContain('No space left on device')
    const before = snapshot(workspace)
    const run = runAction(workspace, exampleInputs({ out: 'out/promotion_manifest.json' }))
    expectWriteFailure(run, /the file system there is full/)
    expect(snapshot(workspace)).toEqual(before)
    expect(readdirSync(out).sort()).toEqual([
      'fill',
      'promotion_manifest.intoto.json',
      'promotion_manifest.json'
    ])
  })
})

/**
 * A failure path (fixtures/hostile/failure-paths/NAME.json): a passing run whose files cannot all
 * be written, with an older manifest, Statement and checksums at out/ that must survive it.
 */
interface FailurePath {
  description: string
  /** The runner's files, moved: `@directory` a directory, `@missing` nothing, else a path. */
  runner?: Partial<Record<'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY', string>>
  /** Paths made directories (with a file in them) in place of the older files there. */
  directories?: string[]
  /** What the one error says happened, as a regular expression. */
  reason: string
  /** Outputs as the runner reads them after the step; null: never set. */
  outputs?: Record<string, string | null>
  /** Run through dist/cli as well (the runner's files are the action's alone). */
  cli?: boolean
}

const FAILURE_PATHS = path.join(PROJECT, 'fixtures', 'hostile', 'failure-paths')
const FAILURE_CASES = readdirSync(FAILURE_PATHS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort()

function loadFailurePath(name: string): FailurePath {
  return JSON.parse(readFileSync(path.join(FAILURE_PATHS, `${name}.json`), 'utf8')) as FailurePath
}

/** A copy of the example with the older three files at out/, changed as the case says. */
function olderAtOut(failure: FailurePath): string {
  const workspace = copyExample()
  const out = path.join(workspace, 'out')
  mkdirSync(out)
  writeFileSync(path.join(out, 'promotion_manifest.json'), OLDER)
  writeFileSync(path.join(out, 'promotion_manifest.intoto.json'), OLDER_STATEMENT)
  writeFileSync(path.join(out, 'promotion_manifest.sha256sums'), OLDER_CHECKSUMS)
  for (const directory of failure.directories ?? []) {
    rmSync(path.join(workspace, directory))
    mkdirSync(path.join(workspace, directory))
    writeFileSync(path.join(workspace, directory, 'kept.txt'), 'a directory in the way\n')
  }
  return workspace
}

/** The runner's variables the case moves, made real in a fresh folder. */
function movedRunnerFiles(runner: FailurePath['runner']): NodeJS.ProcessEnv {
  const scratch = tempDir('pm-runner-files-')
  const env: NodeJS.ProcessEnv = {}
  for (const [variable, place] of Object.entries(runner ?? {})) {
    env[variable] = place.startsWith('@') ? path.join(scratch, variable) : place
    if (place === '@directory') mkdirSync(env[variable]!)
  }
  return env
}

/** The one error's whole sentence, the runner's `::error::` or the CLI's `error: ` taken off. */
const wholeError = (reason: string) =>
  new RegExp(
    `^Could not write out/promotion_manifest\\.json: ${reason}\\. Nothing was written, and files already there are unchanged\\.$`
  )

describe('a failure path (fixtures/hostile/failure-paths)', () => {
  it('holds the runner files and out targets the contract names', () => {
    expect(FAILURE_CASES).toEqual(
      expect.arrayContaining([
        'output-directory',
        'summary-directory',
        'manifest-is-directory',
        'statement-is-directory'
      ])
    )
  })

  describe.each(FAILURE_CASES)('%s', (name) => {
    const failure = loadFailurePath(name)

    it('through the action: one error, the older files byte for byte, no pass claimed', () => {
      expect(failure.description.length).toBeGreaterThan(10)
      const workspace = olderAtOut(failure)
      const before = snapshot(workspace)
      const inputs = exampleInputs({ out: 'out/promotion_manifest.json' })
      const run = runAction(workspace, inputs, movedRunnerFiles(failure.runner))
      expectWriteFailure(run, new RegExp(failure.reason))
      expect(errorCommands(run.stdout)[0]!.replace(/^::error::/, '')).toMatch(
        wholeError(failure.reason)
      )
      expect(run.stdout).not.toContain('Promotion manifest written')
      expect(snapshot(workspace)).toEqual(before)
      for (const [output, value] of Object.entries(failure.outputs ?? {}))
        expect({ output, value: run.outputs[output] }).toEqual({
          output,
          value: value ?? undefined
        })
    })

    if (failure.cli)
      it('through the CLI: one error line, exit 2, the older files byte for byte', () => {
        const workspace = olderAtOut(failure)
        const before = snapshot(workspace)
        const run = runCliBundle(
          workspace,
          cliFlags(exampleInputs({ out: 'out/promotion_manifest.json' }))
        )
        // An error that stopped the run, not violations (README.md, "Exit codes").
        expect(run.code).toBe(2)
        const errors = run.stderr.split('\n').filter((line) => line.startsWith('error:'))
        expect(errors).toHaveLength(1)
        expect(errors[0]!.replace(/^error: /, '')).toMatch(wholeError(failure.reason))
        expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
        expect(run.stdout).not.toContain('Promotion manifest written')
        expect(snapshot(workspace)).toEqual(before)
      })
  })
})

describe('an out directory the workspace links elsewhere', () => {
  it('is refused: the write would land outside the workspace', () => {
    const workspace = copyExample()
    const elsewhere = tempDir('pm-elsewhere-')
    symlinkSync(elsewhere, path.join(workspace, 'out'))
    const before = snapshot(workspace)
    const run = runAction(workspace, exampleInputs({ out: 'out/promotion_manifest.json' }))
    expectWriteFailure(run, /its directory is a symbolic link out of the workspace/)
    expect(readdirSync(elsewhere)).toEqual([])
    expect(snapshot(workspace)).toEqual(before)
  })
})

describe('two runs writing one out at once', () => {
  it('readers see the older file or one complete new one, never a mix', async () => {
    // Two release times give two different manifests for one workspace.
    const times = ['2026-02-20T13:00:00Z', '2026-02-20T14:00:00Z']
    const expected = times.map((time) => {
      const alone = copyExample()
      expect(runAction(alone, exampleInputs({ 'released-at': time })).code).toBe(0)
      return readFileSync(path.join(alone, 'promotion_manifest.json'), 'utf8')
    })
    expect(expected[0]).not.toBe(expected[1])

    const workspace = copyExample()
    const out = path.join(workspace, 'promotion_manifest.json')
    writeFileSync(out, OLDER)
    const seen = new Set<string>()
    let running = true
    const reader = (async () => {
      while (running) seen.add(await readFile(out, 'utf8'))
    })()
    const runs = await Promise.all(
      times.flatMap((time) =>
        [0, 1].map(() => runActionAsync(workspace, exampleInputs({ 'released-at': time })))
      )
    )
    running = false
    await reader
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0])
    for (const text of seen) expect([OLDER, ...expected]).toContain(text)
    expect(expected).toContain(readFileSync(out, 'utf8'))
    expect(readdirSync(workspace).filter((f) => f.endsWith('.tmp'))).toEqual([])
  }, 60_000)
})

describe('a run killed half-way', () => {
  it('leaves the older manifest or the complete new one at out, at every stage', async () => {
    const reference = copyExample()
    const started = Date.now()
    expect(runAction(reference, exampleInputs()).code).toBe(0)
    const duration = Date.now() - started
    const complete = readFileSync(path.join(reference, 'promotion_manifest.json'), 'utf8')
    const outcomes = new Set<string>()
    // Kill at ten points spread over a whole run, from start-up to the final rename.
    for (let step = 1; step <= 10; step++) {
      const workspace = copyExample()
      const out = path.join(workspace, 'promotion_manifest.json')
      writeFileSync(out, OLDER)
      const child = spawn(NODE, [path.join(PROJECT, 'dist', 'index.js')], {
        cwd: workspace,
        env: {
          PATH: process.env.PATH,
          GITHUB_WORKSPACE: workspace,
          ...Object.fromEntries(
            Object.entries(exampleInputs()).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
          )
        },
        stdio: 'ignore'
      })
      const closed = new Promise((resolve) => child.on('close', resolve))
      await new Promise((resolve) => setTimeout(resolve, (duration * step) / 10))
      child.kill('SIGKILL')
      await closed
      const text = readFileSync(out, 'utf8')
      expect([OLDER, complete]).toContain(text)
      outcomes.add(text === OLDER ? 'older' : 'complete')
      const statement = path.join(workspace, 'promotion_manifest.intoto.json')
      if (text === complete) expect(statSync(statement).isFile()).toBe(true)
    }
    // Killed in its first tenth (start-up), a run has written nothing: the sweep reaches that
    // stage at least. Where the later kills land depends on the machine's load.
    expect(outcomes.has('older')).toBe(true)
  }, 120_000)
})
