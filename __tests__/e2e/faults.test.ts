// Faults while the result is written, injected for real: the out directory missing, a read-only
// and a full file system (tmpfs mounts made by the test; the test runs as root, as CI does), two
// runs writing one out at once, and the process killed at every stage of a run. Each ends in a
// clear error or a complete manifest, never a partial one, and leaves the workspace as it was.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
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
    expect(cli.code).toBe(1)
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
