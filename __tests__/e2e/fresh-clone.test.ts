// `npm ci && npm test` on a fresh machine with Node and nothing else: the repository is cloned into
// a temporary folder, and its Markdown tests (the ones that needed the cmark-gfm program) run
// there with stand-ins that fail for cmark-gfm and git-lfs first on PATH, so a test that reached
// for either would fail here. What is tested is the last commit, as a clone has it; node_modules
// is linked from this checkout, which `npm ci` filled from the lockfile.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT } from '../helpers/runner.js'
import { removeTempDirs, tempDir } from '../helpers/temp.js'

afterAll(removeTempDirs)

/** A folder whose cmark-gfm and git-lfs say they are not there and exit 127, as a missing one would. */
function failingStandIns(): string {
  const bin = tempDir('pm-stand-ins-')
  for (const program of ['cmark-gfm', 'git-lfs']) {
    const file = path.join(bin, program)
    writeFileSync(
      file,
      `#!/bin/sh\necho "${program}: not installed (a test stand-in)" >&2\nexit 127\n`
    )
    chmodSync(file, 0o755)
  }
  return bin
}

describe('a fresh clone', () => {
  const standIns = failingStandIns()
  const env = {
    ...process.env,
    PATH: `${standIns}${path.delimiter}${process.env.PATH ?? ''}`,
    // No git configuration of this machine (an LFS filter among them) reaches the clone.
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1'
  }

  it('has the stand-ins first on PATH', () => {
    const probe = spawnSync('cmark-gfm', ['--version'], { env, encoding: 'utf8' })
    expect(probe.status).toBe(127)
    expect(spawnSync('git-lfs', ['version'], { env }).status).toBe(127)
  })

  it('runs the Markdown tests with neither cmark-gfm nor git-lfs', () => {
    const clone = path.join(tempDir('pm-clone-'), 'promotion-manifest')
    const cloned = spawnSync(
      'git',
      ['clone', '--quiet', '--depth', '1', `file://${PROJECT}`, clone],
      {
        env,
        encoding: 'utf8'
      }
    )
    expect(cloned.stderr).toBe('')
    expect(existsSync(path.join(clone, 'package.json'))).toBe(true)
    symlinkSync(path.join(PROJECT, 'node_modules'), path.join(clone, 'node_modules'))

    const jest = path.join(clone, 'node_modules', 'jest', 'bin', 'jest.js')
    const run = spawnSync(
      process.execPath,
      [
        jest,
        '--ci',
        '--selectProjects',
        'unit',
        '--testPathPatterns',
        'report/(markdown-corpus|causes)'
      ],
      {
        cwd: clone,
        env: { ...env, NODE_OPTIONS: '--experimental-vm-modules', NODE_NO_WARNINGS: '1' },
        encoding: 'utf8',
        timeout: 240_000
      }
    )
    const report = run.stderr
    expect({ status: run.status, report: run.status === 0 ? '' : report }).toEqual({
      status: 0,
      report: ''
    })
    expect(report).toMatch(/PASS unit __tests__\/report\/markdown-corpus\.test\.ts/)
    expect(report).toMatch(/PASS unit __tests__\/report\/causes\.test\.ts/)
    expect(report).not.toMatch(/cmark-gfm|git-lfs/)
  }, 300_000)
})
