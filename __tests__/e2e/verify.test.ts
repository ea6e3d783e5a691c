// verify mode and the verify and version-id commands, run as the runner and a shell run them: the
// bundle with INPUT_* variables and GITHUB_OUTPUT, the CLI bundle with flags; exit codes, outputs,
// annotations and the summary read back.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { errorCommands, runAction, runCliBundle } from '../helpers/runner.js'
import { cliFlags, copyExample, exampleInputs, removeTempDirs } from '../helpers/workspace.js'

afterAll(removeTempDirs)

describe('verify mode (dist/index.js)', () => {
  it('passes on the manifest promote mode wrote, and fails the job once a file is gone', () => {
    const workspace = copyExample()
    const promoted = runAction(workspace, exampleInputs())
    expect(promoted.code).toBe(0)
    const digest = promoted.outputs['manifest-digest']!
    const inputs = {
      mode: 'verify',
      manifest: 'promotion_manifest.json',
      'expect-digest': digest,
      strict: 'data/processed/**'
    }
    const verified = runAction(workspace, inputs)
    expect(verified.code).toBe(0)
    expect(verified.outputs).toMatchObject({
      status: 'pass',
      violations: '[]',
      'manifest-digest': digest
    })
    expect(verified.summary).toContain('## ✅ Verified: promotion_manifest.json matches the files')
    expect(verified.stdout).toContain('::group::Gate E: Inventory, digests and run receipts (pass)')

    rmSync(path.join(workspace, 'data', 'processed', 'basin_dem.tif'))
    writeFileSync(path.join(workspace, 'data', 'processed', 'late.csv'), 'a,b\n')
    const failed = runAction(workspace, inputs)
    expect(failed.code).toBe(1)
    expect(failed.outputs.status).toBe('fail')
    const reported = JSON.parse(failed.outputs.violations!) as Array<{ code: string; path: string }>
    expect(reported.map((v) => [v.code, v.path])).toEqual([
      ['FILE_MISSING', 'data/processed/basin_dem.tif'],
      ['FILE_UNLISTED', 'data/processed/late.csv']
    ])
    expect(errorCommands(failed.stdout)).toHaveLength(3)
    expect(failed.stdout).toContain(
      '::error::Verification failed: 2 violation(s) in promotion_manifest.json; do not publish.'
    )
    expect(failed.summary).toContain(
      '## ❌ Verification failed: promotion_manifest.json (2 violations)'
    )
  })

  it('fails with a usage error, not a violation, when no manifest is named', () => {
    const result = runAction(copyExample(), { mode: 'verify' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::manifest is required in verify mode')
    expect(result.outputs.status).toBeUndefined()
  })
})

describe('kfm-gen-promotion-manifest verify and version-id (dist/cli/index.js)', () => {
  it('verifies, exits 1 on a changed file, and 2 on a bad digest flag', () => {
    const workspace = copyExample()
    const generated = runCliBundle(workspace, cliFlags(exampleInputs()))
    expect(generated.code).toBe(0)
    const ok = runCliBundle(workspace, ['verify', '--manifest', 'promotion_manifest.json'])
    expect(ok.code).toBe(0)
    const manifest = JSON.parse(
      readFileSync(path.join(workspace, 'promotion_manifest.json'), 'utf8')
    ) as { artifacts: unknown[]; catalogs: unknown[] }
    const counted = `${manifest.artifacts.length} artifact(s) and ${manifest.catalogs.length} catalog file(s) match.`
    expect(ok.stdout).toMatch(/^Verified promotion_manifest.json \(sha256:[0-9a-f]{64}\): /m)
    expect(ok.stdout).toContain(counted)
    writeFileSync(path.join(workspace, 'data', 'processed', 'stations.geojson'), '{}\n')
    const changed = runCliBundle(workspace, ['verify', '--manifest', 'promotion_manifest.json'])
    expect(changed.code).toBe(1)
    expect(changed.stderr).toContain('data/processed/stations.geojson: [E DIGEST_MISMATCH]')
    expect(changed.stderr).toContain('Verification failed: 1 violation(s); do not publish.')
    const usage = runCliBundle(workspace, [
      'verify',
      '--manifest',
      'promotion_manifest.json',
      '--expect-digest',
      'md5:abc'
    ])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('error: expect-digest "md5:abc" must be sha256:')
  })

  it('prints the version id a run derives, from the spec and released-at', () => {
    const workspace = copyExample()
    const printed = runCliBundle(workspace, [
      'version-id',
      '--spec',
      'spec.yaml',
      '--released-at',
      '2026-01-31T23:30:00-02:00'
    ])
    expect(printed).toMatchObject({ code: 0, stdout: '2026-02.46e446c6\n' })
    expect(runCliBundle(workspace, ['version-id']).code).toBe(2)
  })
})
