// Verifying a written manifest on real files: what a promotion wrote verifies, and each way the
// files, the manifest or its sidecars can drift after the gate is caught. The fixtures in
// fixtures/verify/ give one case per code; these are the cases around them.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { parseOptions, parseVerifyOptions, UsageError } from '../../src/options/parse.js'
import { promote, versionIdOfRun } from '../../src/pipeline.js'
import { verifyWritten } from '../../src/verify-written.js'
import { copyExample, exampleInputs, removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

async function promoted(inputs: Record<string, string> = {}) {
  const workspace = copyExample()
  const options = parseOptions(exampleInputs(inputs), workspace)
  const result = await promote(options)
  expect(result.violations).toEqual([])
  return { workspace, result }
}

const verify = (workspace: string, raw: Record<string, string> = {}) =>
  verifyWritten(parseVerifyOptions({ manifest: 'promotion_manifest.json', ...raw }, workspace))

const codes = (result: { violations: Array<{ code: string }> }) =>
  result.violations.map((v) => v.code)

describe('verify', () => {
  it('passes on what promotion wrote, with manifest-digest as sha256sum gives it and as expect-digest', async () => {
    const { workspace, result } = await promoted()
    const sum = execFileSync('sha256sum', ['promotion_manifest.json'], { cwd: workspace })
      .toString()
      .slice(0, 64)
    expect(result.manifestDigest).toBe(`sha256:${sum}`)
    const verified = await verify(workspace, {
      'expect-digest': `sha256:${sum}`,
      strict: 'data/processed/**\ncatalog/**'
    })
    expect(verified.violations).toEqual([])
    expect(verified).toMatchObject({ status: 'pass', manifestDigest: `sha256:${sum}` })
    // The example's store is one artifact, as the manifest lists it.
    expect(verified.artifacts + verified.catalogs).toBe(
      result.artifacts.length + result.catalogs.length
    )
    const checkedF = verified.gates.find((g) => g.gate === 'F')?.checked ?? []
    expect(checkedF).toEqual(
      expect.arrayContaining([
        'promotion_manifest.intoto.json agrees',
        'promotion_manifest.sha256sums agrees'
      ])
    )
    // sha256sum -c in the root checks the same files the checksums sidecar names.
    const check = spawnSync(
      'sha256sum',
      ['-c', path.join(workspace, 'promotion_manifest.sha256sums')],
      {
        cwd: workspace,
        encoding: 'utf8'
      }
    )
    expect(check.status).toBe(0)
  })

  it('checks under the root the manifest was made in, and says so when another is given', async () => {
    const workspace = tempDir('pm-verify-root-')
    const example = copyExample()
    mkdirSync(path.join(workspace, 'datasets'))
    mkdirSync(path.join(workspace, 'out'))
    renameSync(example, path.join(workspace, 'datasets', 'river_gauges'))
    const inputs = exampleInputs()
    const root = 'datasets/river_gauges'
    const moved = Object.fromEntries(
      Object.entries(inputs).map(([name, value]) =>
        ['spec', 'qa-report', 'policy-decision', 'approvals'].includes(name)
          ? [name, `${root}/${value}`]
          : [name, value]
      )
    )
    const options = parseOptions({ ...moved, root, out: 'out/manifest.json' }, workspace)
    const promotedHere = await promote(options)
    expect(promotedHere.violations).toEqual([])
    const right = await verifyWritten(
      parseVerifyOptions({ manifest: 'out/manifest.json', root }, workspace)
    )
    expect(right.violations).toEqual([])
    const wrong = await verifyWritten(
      parseVerifyOptions({ manifest: 'out/manifest.json' }, workspace)
    )
    expect(new Set(codes(wrong))).toEqual(new Set(['FILE_MISSING']))
    // One for each entry: a store is missing as a whole.
    expect(wrong.violations).toHaveLength(
      promotedHere.artifacts.length + promotedHere.catalogs.length
    )
    expect(wrong.violations[0]?.message).toContain('check that root names the dataset root')
  })

  it('follows a link that stays inside the root, and refuses a directory linked from outside', async () => {
    const { workspace } = await promoted()
    const processed = path.join(workspace, 'data', 'processed')
    // Inside: the file moved and linked back passes, as generation itself would take it.
    renameSync(
      path.join(processed, 'stations.geojson'),
      path.join(workspace, 'data', 'stations.geojson')
    )
    symlinkSync('../stations.geojson', path.join(processed, 'stations.geojson'))
    expect((await verify(workspace)).violations).toEqual([])
    // Outside: the whole directory swapped for a link to an identical copy elsewhere.
    const elsewhere = tempDir('pm-verify-outside-')
    execFileSync('cp', ['-rL', processed, elsewhere])
    execFileSync('rm', ['-r', processed])
    symlinkSync(path.join(elsewhere, 'processed'), processed)
    const result = await verify(workspace)
    expect(new Set(codes(result))).toEqual(new Set(['PATH_OUTSIDE_ROOT']))
    // One for each file reached through the link, a store's files each (every file is checked).
    const files = readdirSync(processed, { recursive: true, withFileTypes: true })
    expect(result.violations).toHaveLength(files.filter((entry) => entry.isFile()).length)
  })

  it('reports the files of a directory replaced by a file as missing', async () => {
    const { workspace, result: promotion } = await promoted()
    const processed = path.join(workspace, 'data', 'processed')
    execFileSync('rm', ['-r', processed])
    writeFileSync(processed, 'not a directory\n')
    const result = await verify(workspace)
    expect(codes(result)).toEqual(promotion.artifacts.map(() => 'FILE_MISSING'))
  })

  it('does not wait on a named pipe put where a file was listed', async () => {
    const { workspace } = await promoted()
    const csv = path.join(workspace, 'data', 'processed', 'discharge_daily.csv')
    execFileSync('rm', [csv])
    execFileSync('mkfifo', [csv])
    const result = await verify(workspace)
    expect(codes(result)).toEqual(['FILE_UNREADABLE'])
  })

  it('names the line where the checksums sidecar differs, and a Statement that names nothing', async () => {
    const { workspace } = await promoted()
    const sums = path.join(workspace, 'promotion_manifest.sha256sums')
    const lines = readFileSync(sums, 'utf8').split('\n')
    const csv = lines.findIndex((line) => line.endsWith('  data/processed/discharge_daily.csv'))
    lines[csv] = `${'0'.repeat(64)}  ${lines[csv]!.slice(66)}`
    writeFileSync(sums, lines.join('\n'))
    writeFileSync(
      path.join(workspace, 'promotion_manifest.intoto.json'),
      JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [] })
    )
    const result = await verify(workspace)
    expect(result.violations.map((v) => [v.code, v.path, v.line])).toEqual([
      ['SIDECAR_MISMATCH', 'promotion_manifest.intoto.json', undefined],
      ['SIDECAR_MISMATCH', 'promotion_manifest.sha256sums', csv + 1]
    ])
    expect(result.violations[0]?.message).toContain('names no subject "promotion_manifest.json"')
  })

  it('checks only the sidecars that are there', async () => {
    const { workspace } = await promoted()
    execFileSync('rm', [
      path.join(workspace, 'promotion_manifest.intoto.json'),
      path.join(workspace, 'promotion_manifest.sha256sums')
    ])
    const result = await verify(workspace)
    expect(result.violations).toEqual([])
    expect(result.gates.find((g) => g.gate === 'F')?.checked.join()).not.toContain('agrees')
  })

  it('splits the check across shards: together they check every file once, and the one holding a changed file fails', async () => {
    const { workspace, result } = await promoted()
    const strict = 'data/processed/**\ncatalog/**'
    const shards = await Promise.all(
      [1, 2, 3].map((index) => verify(workspace, { shard: `${index}/3`, strict }))
    )
    expect(shards.map((r) => r.status)).toEqual(['pass', 'pass', 'pass'])
    const listed = result.artifacts.length + result.catalogs.length
    expect(shards.reduce((n, r) => n + r.artifacts + r.catalogs, 0)).toBe(listed)
    expect(shards.every((r) => r.artifacts + r.catalogs < listed)).toBe(true)
    writeFileSync(path.join(workspace, 'data', 'processed', 'late.csv'), 'a\n')
    writeFileSync(path.join(workspace, 'data', 'processed', 'stations.geojson'), '{}\n')
    const after = await Promise.all(
      [1, 2, 3].map((index) => verify(workspace, { shard: `${index}/3`, strict }))
    )
    const found = after.flatMap((r) => r.violations.map((v) => `${v.code} ${v.path}`)).sort()
    expect(found).toEqual([
      'DIGEST_MISMATCH data/processed/stations.geojson',
      'FILE_UNLISTED data/processed/late.csv'
    ])
  })

  it('refuses an expect-digest that is not a digest, and a missing manifest input, as usage', () => {
    expect(() => parseVerifyOptions({ manifest: 'm.json', 'expect-digest': 'abc' }, '/w')).toThrow(
      UsageError
    )
    expect(() => parseVerifyOptions({}, '/w')).toThrow(/manifest is required in verify mode/)
  })
})

describe('version-id', () => {
  it('is the id a run derives, and a receipt cut in one month passes the gate in the next', async () => {
    const workspace = copyExample()
    const request = (releasedAt: string) =>
      versionIdOfRun({
        workspace,
        spec: { absolute: path.join(workspace, 'spec.yaml'), path: 'spec.yaml' },
        releasedAt
      })
    // The example's receipt was cut in February with the id the command prints for February.
    const cut = await request('2026-02-20T13:00:00Z')
    const receipt = JSON.parse(
      readFileSync(path.join(workspace, 'receipts', 'run-2026-02-20.json'), 'utf8')
    )
    expect(cut).toEqual({ value: receipt.dataset_version_id, violations: [] })
    expect((await request('2026-03-02T09:00:00Z')).value).toBe(`2026-03.${cut.value!.slice(8)}`)
    // Gated in March: with the id given, the month is not held against released_at.
    const march = { 'released-at': '2026-03-02T09:00:00Z' }
    const given = await promote(
      parseOptions(exampleInputs({ ...march, 'dataset-version-id': cut.value! }), workspace)
    )
    expect(given.violations).toEqual([])
    expect(given.datasetVersionId).toBe(cut.value)
  })

  it('reports an unreadable spec as gate A does', async () => {
    const workspace = tempDir('pm-version-id-')
    writeFileSync(path.join(workspace, 'spec.yaml'), 'a: [1,\n')
    const derived = await versionIdOfRun({
      workspace,
      spec: { absolute: path.join(workspace, 'spec.yaml'), path: 'spec.yaml' },
      releasedAt: '2026-02-20T13:00:00Z'
    })
    expect(derived.value).toBeUndefined()
    expect(codes(derived)).toEqual(['SPEC_INVALID'])
  })
})
