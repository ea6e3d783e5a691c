// publish mode as the runner runs it (dist/index.js), with the real Octokit client of
// @actions/github talking to the loopback GitHub API (releases, Git Data): promote, verify and
// publish two versions, the second's notes showing what changed; the same manifest again (a
// no-op), another under the same tag (refused, nothing written), one released before the last
// (refused), a workspace that no longer verifies (nothing asked of the API); and two
// publications racing on one ledger, both landing, chained.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { verifyLedger } from '../../src/ledger/verify-ledger.js'
import { HEAD_SHA, startGithubApi, type GithubApi } from '../helpers/github-api.js'
import { appendRecord } from '../../src/ledger/record.js'
import { sha256Digest } from '../../src/model/digest.js'
import { fileAt, seedFile } from '../helpers/github-git.js'
import { seedRelease } from '../helpers/github-releases.js'
import { writeRelease } from '../helpers/release.js'
import { runActionAsync, type RunResult } from '../helpers/runner.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

let api: GithubApi

beforeEach(async () => {
  api = await startGithubApi()
})
afterEach(() => api.close())
afterAll(removeTempDirs)

const LEDGER_FILE = 'ledger/river_gauges.jsonl'

interface Promoted {
  workspace: string
  version: string
  digest: string
}

/** A consistent release of `files`, promoted and verified by the bundle. */
async function promoted(
  files: Record<string, string>,
  spec: object,
  releasedAt: string
): Promise<Promoted> {
  const workspace = tempDir('pm-publish-')
  const release = writeRelease(workspace, files, { releasedAt, spec, slug: 'river_gauges' })
  const run = await runActionAsync(workspace, release.inputs)
  expect(run.code).toBe(0)
  const digest = run.outputs['manifest-digest']!
  const verified = await runActionAsync(workspace, {
    mode: 'verify',
    manifest: 'promotion_manifest.json',
    'expect-digest': digest
  })
  expect(verified.code).toBe(0)
  return { workspace, version: release.datasetVersionId, digest }
}

function publish(version: Promoted, inputs: Record<string, string> = {}): Promise<RunResult> {
  return runActionAsync(
    version.workspace,
    {
      mode: 'publish',
      manifest: 'promotion_manifest.json',
      'expect-digest': version.digest,
      strict: 'data/**',
      ...inputs
    },
    {
      ...api.env('push'),
      GITHUB_SHA: HEAD_SHA,
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com'
    }
  )
}

const ledger = () => verifyLedger(fileAt(api.git, 'promotion-ledger', LEDGER_FILE) ?? '')
const snapshot = () =>
  JSON.stringify({
    releases: api.releases.releases.map((r) => [r.tag_name, r.draft, r.assets.length]),
    refs: [...api.git.refs]
  })

const V1_FILES = { 'data/gauges.csv': 'station,flow\na,1\n', 'data/old.csv': 'x\n' }
const V2_FILES = { 'data/gauges.csv': 'station,flow\na,2\n', 'data/new.csv': 'y\n' }

describe('publish mode (dist/index.js)', () => {
  it('publishes two versions, the second with the changes since the first; the same manifest again is a no-op, another under the same tag and an older one are refused', async () => {
    const v1 = await promoted(V1_FILES, { dataset: 'river_gauges', v: 1 }, '2026-02-20T13:00:00Z')
    const first = await publish(v1)
    expect(first.code).toBe(0)
    const tag1 = `river_gauges/${v1.version}`
    expect(first.outputs).toMatchObject({
      status: 'pass',
      'release-url': `https://github.com/kfm/datasets/releases/tag/${tag1}`,
      'previous-version': ''
    })
    expect(first.outputs['ledger-record-digest']).toBe(ledger().tip)
    expect(first.summary).toContain('## ✅ Verified: promotion_manifest.json matches the files')
    expect(first.summary).toContain(`## 📦 Published ${tag1}`)
    const notes1 = api.releases.releases[0]!.body
    expect(notes1).toContain('| E | Inventory, digests and run receipts | 2 artifact(s)')
    expect(notes1).toContain('No version of this dataset was published before this one.')

    const v2 = await promoted(V2_FILES, { dataset: 'river_gauges', v: 2 }, '2026-03-01T00:00:00Z')
    const second = await publish(v2)
    expect(second.code).toBe(0)
    expect(second.outputs['previous-version']).toBe(v1.version)
    expect(second.summary).toContain(`### Changes since ${v1.version}`)
    expect(second.summary).toContain(
      `| release | [river_gauges/${v2.version}](https://github.com/kfm/datasets/releases/tag/river_gauges/${v2.version}) |`
    )
    const notes2 = api.releases.releases.find((r) => r.tag_name.endsWith(v2.version))!.body
    expect(notes2).toContain(`### Changes since ${v1.version}`)
    expect(notes2).toMatch(/\*\*artifacts:\*\* 1 added, 1 removed, 1 changed/)
    for (const [list, file] of [
      ['added', 'new'],
      ['removed', 'old'],
      ['changed', 'gauges']
    ])
      expect(notes2).toMatch(
        new RegExp(`#### Artifacts ${list} \\(1\\)\\n\\n.*\\n.*\\n\\| data/${file}\\.csv \\|`)
      )
    const chained = ledger()
    expect(chained.ok).toBe(true)
    expect(chained.records.map((r) => [r.seq, r.dataset_version_id, r.manifest_digest])).toEqual([
      [1, v1.version, v1.digest],
      [2, v2.version, v2.digest]
    ])
    expect(chained.records[1]!.run_url).toBe('https://github.com/kfm/datasets/actions/runs/4242')
    expect(second.outputs['ledger-record-digest']).toBe(chained.tip)

    const before = snapshot()
    const again = await publish(v2)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('is already published with this manifest')
    expect(again.outputs['ledger-record-digest']).toBe(chained.tip)
    expect(snapshot()).toBe(before)

    // The same spec and month (so the same version id), other data: another manifest.
    const other = await promoted(
      { ...V2_FILES, 'data/new.csv': 'z\n' },
      { dataset: 'river_gauges', v: 2 },
      '2026-03-02T00:00:00Z'
    )
    expect(other.version).toBe(v2.version)
    const conflict = await publish(other)
    expect(conflict.code).toBe(1)
    expect(JSON.parse(conflict.outputs.violations!)).toMatchObject([
      { gate: 'A', code: 'RELEASE_CONFLICT', path: 'promotion_manifest.json' }
    ])
    expect(conflict.stdout).toContain('::error::Publishing refused (RELEASE_CONFLICT)')
    expect(conflict.summary).toContain('## ❌ Publishing refused: nothing was written')

    const older = await promoted(
      V1_FILES,
      { dataset: 'river_gauges', v: 3 },
      '2026-02-25T00:00:00Z'
    )
    const rollback = await publish(older)
    expect(rollback.code).toBe(1)
    expect(JSON.parse(rollback.outputs.violations!)).toMatchObject([
      { gate: 'A', code: 'RELEASE_ROLLBACK' }
    ])
    expect(snapshot()).toBe(before)
    expect(ledger().tip).toBe(chained.tip)
  })

  it('promote mode shows the changes since the last published version (previous: ledger) in the summary and the pull-request comment, and since a given manifest (previous-manifest)', async () => {
    const v1 = await promoted(V1_FILES, { dataset: 'river_gauges', v: 1 }, '2026-02-20T13:00:00Z')
    expect((await publish(v1)).code).toBe(0)
    const workspace = tempDir('pm-publish-')
    const release = writeRelease(workspace, V2_FILES, {
      releasedAt: '2026-03-01T00:00:00Z',
      spec: { dataset: 'river_gauges', v: 2 },
      slug: 'river_gauges'
    })
    const fromLedger = await runActionAsync(
      workspace,
      { ...release.inputs, previous: 'ledger', comment: 'true' },
      api.env('pull_request')
    )
    expect(fromLedger.code).toBe(0)
    expect(fromLedger.summary).toContain(`### Changes since ${v1.version}`)
    expect(fromLedger.summary).toMatch(
      /#### Artifacts removed \(1\)\n\n.*\n.*\n\| data\/old\.csv \|/
    )
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0]!.body).toContain(`### Changes since ${v1.version}`)
    expect(api.comments[0]!.body).toMatch(
      /#### Artifacts added \(1\)\n\n.*\n.*\n\| data\/new\.csv \|/
    )

    writeFileSync(
      path.join(workspace, 'v1.json'),
      readFileSync(path.join(v1.workspace, 'promotion_manifest.json'))
    )
    const fromFile = await runActionAsync(workspace, {
      ...release.inputs,
      'previous-manifest': 'v1.json'
    })
    expect(fromFile.code).toBe(0)
    expect(fromFile.summary).toContain(`### Changes since ${v1.version}`)
    expect(fromFile.summary).toMatch(
      /#### Artifacts changed \(1\)\n\n.*\n.*\n\| data\/gauges\.csv \|/
    )
  })

  it('publishes nothing, and asks nothing of the API, when the workspace no longer verifies', async () => {
    const v1 = await promoted(V1_FILES, { dataset: 'river_gauges', v: 1 }, '2026-02-20T13:00:00Z')
    writeFileSync(path.join(v1.workspace, 'data', 'gauges.csv'), 'changed\n')
    const run = await publish(v1)
    expect(run.code).toBe(1)
    expect(JSON.parse(run.outputs.violations!)).toMatchObject([{ code: 'DIGEST_MISMATCH' }])
    expect(run.stdout).toContain('Nothing was published: the manifest did not verify.')
    expect(api.requests).toEqual([])
  })

  it('fails naming the permission to grant when the token cannot write, having published nothing', async () => {
    const v1 = await promoted(V1_FILES, { dataset: 'river_gauges', v: 1 }, '2026-02-20T13:00:00Z')
    api.failWith = 403
    const run = await publish(v1)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::Publishing river_gauges/${v1.version.replace('.', '\\.')} failed \\(HTTP 403\\): Resource not accessible by integration.* needs permissions: contents: write`
      )
    )
    expect(api.releases.releases).toEqual([])
  })

  it('shows a hostile previous manifest as text in the notes, and lets no workflow command through', async () => {
    const hostile = {
      dataset_slug: 'river_gauges',
      dataset_version_id: '2026-01.hostile0',
      artifacts: [
        { path: '<img src=x onerror=alert(1)>.csv', digest: `sha256:${'1'.repeat(64)}` },
        { path: '%0A::error::smuggled @kfm/everyone', digest: `sha256:${'2'.repeat(64)}` }
      ]
    }
    const bytes = `${JSON.stringify(hostile)}\n`
    seedRelease(api.releases, api.git, {
      tag: 'river_gauges/2026-01.hostile0',
      commit: HEAD_SHA,
      assets: { 'promotion_manifest.json': bytes }
    })
    const record = appendRecord('', {
      dataset_slug: 'river_gauges',
      dataset_version_id: '2026-01.hostile0',
      manifest_digest: sha256Digest(bytes),
      spec_hash: `sha256:${'3'.repeat(64)}`,
      released_at: '2026-01-01T00:00:00Z',
      commit: HEAD_SHA,
      run_url: 'https://github.com/kfm/datasets/actions/runs/1',
      release_url: 'https://github.com/kfm/datasets/releases/tag/river_gauges/2026-01.hostile0'
    })
    seedFile(api.git, 'promotion-ledger', LEDGER_FILE, record.text)
    const v1 = await promoted(V1_FILES, { dataset: 'river_gauges', v: 1 }, '2026-02-20T13:00:00Z')
    const run = await publish(v1)
    expect(run.code).toBe(0)
    expect(run.outputs['previous-version']).toBe('2026-01.hostile0')
    const notes = api.releases.releases.find((r) => r.tag_name.endsWith(v1.version))!.body
    // Not a v1 manifest: not compared, and why, as text.
    expect(notes).toContain('### Changes since 2026-01.hostile0')
    expect(notes).toMatch(/not compared: the (old|earlier|previous)? ?manifest/)
    expect(notes).not.toContain('<img')
    expect(notes).not.toMatch(/@kfm/)
    expect(run.stdout).not.toMatch(/^::error::smuggled/m)
    expect(ledger().records.map((r) => r.seq)).toEqual([1, 2])
  })

  it('fails with a usage error when expect-digest is not given', async () => {
    const v1 = await promoted(V1_FILES, { dataset: 'river_gauges', v: 1 }, '2026-02-20T13:00:00Z')
    const run = await publish(v1, { 'expect-digest': '' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::expect-digest is required in publish mode')
    expect(api.requests).toEqual([])
  })

  it('lands two publications racing on one ledger, chained', async () => {
    const at = '2026-03-01T00:00:00Z'
    const a = await promoted(V1_FILES, { dataset: 'river_gauges', v: 'a' }, at)
    const b = await promoted(V2_FILES, { dataset: 'river_gauges', v: 'b' }, at)
    api.git.holdRefWrites = 2
    const [ra, rb] = await Promise.all([publish(a), publish(b)])
    expect([ra.code, rb.code]).toEqual([0, 0])
    expect(api.git.refusedRefWrites).toBe(1)
    const chained = ledger()
    expect(chained.ok).toBe(true)
    expect(chained.records.map((r) => r.dataset_version_id).sort()).toEqual(
      [a.version, b.version].sort()
    )
    expect([ra.outputs['ledger-record-digest'], rb.outputs['ledger-record-digest']]).toContain(
      chained.tip
    )
  })
})
