// Publishing a version through the real Octokit client of @actions/github against the loopback
// GitHub API (releases and Git Data; GitHub itself cannot run here): the release made as a draft,
// its assets, then published; the ledger appended as one commit on its branch; a refusal that
// writes nothing; a run cut part-way finished by the next; two publications racing on one ledger.
import { getOctokit } from '@actions/github'
import { appendRecord, lineDigest } from '../../src/ledger/record.js'
import { verifyLedger } from '../../src/ledger/verify-ledger.js'
import { CODES } from '../../src/model/codes.js'
import { sha256Digest } from '../../src/model/digest.js'
import { parseOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { ASSETS, publishVersion, type PublishedVersion } from '../../src/github/publish.js'
import { appendToLedger, type LedgerLocation } from '../../src/github/ledger.js'
import {
  HEAD_SHA,
  OWNER,
  REPO,
  TOKEN,
  startGithubApi,
  type GithubApi
} from '../helpers/github-api.js'
import { fileAt, seedFile } from '../helpers/github-git.js'
import { seedRelease } from '../helpers/github-releases.js'
import {
  PUBLISH_FIXTURES,
  fixtureCodes,
  loadPublishFixture
} from '../helpers/violation-fixtures.js'
import { copyExample, exampleInputs, removeTempDirs } from '../helpers/workspace.js'

const LEDGER: LedgerLocation = {
  owner: OWNER,
  repo: REPO,
  branch: 'promotion-ledger',
  file: 'ledger/river_gauges.jsonl'
}

let api: GithubApi
let example: PublishedVersion
const notes = async () => 'notes'

beforeAll(async () => {
  const workspace = copyExample()
  const result = await promote(parseOptions(exampleInputs(), workspace))
  expect(result.status).toBe('pass')
  example = {
    manifestPath: 'promotion_manifest.json',
    slug: result.datasetSlug,
    versionId: result.datasetVersionId!,
    specHash: result.specHash!,
    releasedAt: result.releasedAt!,
    manifestDigest: result.manifestDigest!,
    files: {
      manifest: Buffer.from(result.manifestText!),
      statement: Buffer.from(result.statementText!),
      checksums: Buffer.from(result.checksumsText!)
    },
    commit: HEAD_SHA,
    runUrl: 'https://github.com/kfm/datasets/actions/runs/1'
  }
})
beforeEach(async () => {
  api = await startGithubApi()
})
afterEach(() => api.close())
afterAll(removeTempDirs)

const octokit = () => getOctokit(TOKEN, { baseUrl: api.url })

/** The example as another version id: another manifest, under another tag. */
function otherVersion(versionId: string, releasedAt = example.releasedAt): PublishedVersion {
  const manifest = Buffer.from(
    example.files.manifest
      .toString('utf8')
      .replace(example.versionId, versionId)
      .replace(example.releasedAt, releasedAt)
  )
  return {
    ...example,
    versionId,
    releasedAt,
    manifestDigest: sha256Digest(manifest),
    files: { ...example.files, manifest }
  }
}

/** What the repository holds: compared before and after a refusal. */
function state() {
  return JSON.stringify({
    releases: api.releases.releases.map((r) => ({ ...r, assets: r.assets.map((a) => a.name) })),
    refs: [...api.git.refs],
    blobs: api.git.blobs.size,
    commits: api.git.commits.size
  })
}

const writes = () => api.requests.filter((r) => r.method !== 'GET')

describe('publishVersion', () => {
  it('makes a draft on the gated commit, uploads the three files, publishes it, and records it as the first line of a new ledger branch', async () => {
    const outcome = await publishVersion(octokit(), LEDGER, example, notes)
    expect('refused' in outcome).toBe(false)
    if ('refused' in outcome) return
    const tag = `river_gauges/${example.versionId}`
    expect(api.releases.releases).toHaveLength(1)
    const [release] = api.releases.releases
    expect(release).toMatchObject({
      tag_name: tag,
      draft: false,
      target_commitish: HEAD_SHA,
      body: 'notes'
    })
    expect(Object.fromEntries(release!.assets.map((a) => [a.name, a.content.toString()]))).toEqual({
      [ASSETS.manifest]: example.files.manifest.toString(),
      [ASSETS.statement]: example.files.statement.toString(),
      [ASSETS.checksums]: example.files.checksums.toString()
    })
    expect(api.git.refs.get(`tags/${tag}`)).toBe(HEAD_SHA)
    expect(outcome).toMatchObject({
      created: true,
      release: { url: `https://github.com/${OWNER}/${REPO}/releases/tag/${tag}` }
    })
    const ledger = fileAt(api.git, 'promotion-ledger', LEDGER.file)!
    const verdict = verifyLedger(ledger)
    expect(verdict.ok).toBe(true)
    expect(verdict.records).toEqual([
      {
        seq: 1,
        dataset_slug: 'river_gauges',
        dataset_version_id: example.versionId,
        manifest_digest: example.manifestDigest,
        spec_hash: example.specHash,
        released_at: example.releasedAt,
        commit: HEAD_SHA,
        run_url: example.runUrl,
        release_url: outcome.release.url,
        previous: null
      }
    ])
    expect(outcome.ledger.digest).toBe(lineDigest(ledger.trimEnd()))
    expect(outcome.ledger.digest).toBe(verdict.tip)
    // The draft was created before any asset, and published after the last.
    const order = writes().map(
      (r) => `${r.method} ${r.path.replace(/\?.*/, '').replace(/\/\d+/, '/N')}`
    )
    expect(order.slice(0, 5)).toEqual([
      `POST /repos/${OWNER}/${REPO}/releases`,
      `POST /uploads/repos/${OWNER}/${REPO}/releases/N/assets`,
      `POST /uploads/repos/${OWNER}/${REPO}/releases/N/assets`,
      `POST /uploads/repos/${OWNER}/${REPO}/releases/N/assets`,
      `PATCH /repos/${OWNER}/${REPO}/releases/N`
    ])
  })

  it('finds the same manifest already published and recorded: a pass that writes nothing', async () => {
    await publishVersion(octokit(), LEDGER, example, notes)
    const before = state()
    const requests = writes().length
    const again = await publishVersion(octokit(), LEDGER, example, notes)
    expect(again).toMatchObject({ created: false, ledger: { appended: false, record: { seq: 1 } } })
    expect(state()).toBe(before)
    expect(writes()).toHaveLength(requests)
  })

  it('gives a re-run of an earlier version the record before its own as previous, not a later one', async () => {
    await publishVersion(octokit(), LEDGER, example, notes)
    const later = otherVersion('2026-03.46e446c6', '2026-03-01T00:00:00Z')
    await publishVersion(octokit(), LEDGER, later, notes)
    const again = await publishVersion(octokit(), LEDGER, example, notes)
    expect(again).toMatchObject({ created: false, ledger: { appended: false } })
    expect('previous' in again && again.previous).toBe(false)
    const laterAgain = await publishVersion(octokit(), LEDGER, later, notes)
    expect(laterAgain).toMatchObject({ previous: { dataset_version_id: example.versionId } })
  })

  it('records a release that is published but missing from the ledger (a run that failed after publishing)', async () => {
    seedRelease(api.releases, api.git, {
      tag: `river_gauges/${example.versionId}`,
      commit: HEAD_SHA,
      assets: { [ASSETS.manifest]: example.files.manifest.toString() }
    })
    const outcome = await publishVersion(octokit(), LEDGER, example, notes)
    expect(outcome).toMatchObject({
      created: false,
      ledger: { appended: true, record: { seq: 1 } }
    })
    expect(api.releases.releases).toHaveLength(1)
  })

  it('finishes a run cut part-way: the draft left with one asset becomes one published release with all three', async () => {
    api.releases.failUploadOf = ASSETS.statement
    await expect(publishVersion(octokit(), LEDGER, example, notes)).rejects.toMatchObject({
      status: 502
    })
    expect(api.releases.releases.map((r) => [r.draft, r.assets.map((a) => a.name)])).toEqual([
      [true, [ASSETS.manifest]]
    ])
    expect(api.git.refs.size).toBe(0)
    const outcome = await publishVersion(octokit(), LEDGER, example, notes)
    expect(outcome).toMatchObject({ created: true })
    expect(api.releases.releases.map((r) => [r.draft, r.assets.map((a) => a.name).sort()])).toEqual(
      [[false, [ASSETS.manifest, ASSETS.checksums, ASSETS.statement].sort()]]
    )
    expect(verifyLedger(fileAt(api.git, 'promotion-ledger', LEDGER.file)!).records).toHaveLength(1)
  })

  it("gives the next version the ledger's last record as its previous one, and chains its line to it", async () => {
    await publishVersion(octokit(), LEDGER, example, notes)
    const seen: Array<string | undefined> = []
    const later = otherVersion('2026-03.46e446c6', '2026-03-01T00:00:00Z')
    const outcome = await publishVersion(octokit(), LEDGER, later, async (previous) => {
      seen.push(previous?.dataset_version_id)
      return 'notes'
    })
    expect(seen).toEqual([example.versionId])
    expect(outcome).toMatchObject({ previous: { dataset_version_id: example.versionId } })
    const verdict = verifyLedger(fileAt(api.git, 'promotion-ledger', LEDGER.file)!)
    expect(verdict.ok).toBe(true)
    expect(verdict.records.map((r) => r.seq)).toEqual([1, 2])
  })

  it('lands two publications racing on one ledger, chained: the one whose ref write GitHub refused re-reads and appends again', async () => {
    // Both read the (absent) branch before either writes: the server holds the first ref write
    // until the second arrives, then GitHub's rule refuses one of them.
    api.git.holdRefWrites = 2
    const [a, b] = await Promise.all([
      publishVersion(octokit(), LEDGER, otherVersion('race-a'), notes),
      publishVersion(octokit(), LEDGER, otherVersion('race-b'), notes)
    ])
    expect(api.git.refusedRefWrites).toBe(1)
    const verdict = verifyLedger(fileAt(api.git, 'promotion-ledger', LEDGER.file)!)
    expect(verdict.ok).toBe(true)
    expect(verdict.records.map((r) => r.dataset_version_id).sort()).toEqual(['race-a', 'race-b'])
    expect(verdict.records[1]!.previous).toBe(
      [a, b].map((o) => ('ledger' in o ? o.ledger : undefined)).find((l) => l?.record.seq === 1)!
        .digest
    )
    expect(api.releases.releases.filter((r) => !r.draft)).toHaveLength(2)
  })

  it('refuses to append to a ledger that does not verify, naming it', async () => {
    seedFile(api.git, 'promotion-ledger', LEDGER.file, '{"seq":1}\n')
    await expect(publishVersion(octokit(), LEDGER, example, notes)).rejects.toThrow(
      /^The ledger ledger\/river_gauges\.jsonl on branch promotion-ledger does not verify .*line 1/
    )
    expect(api.releases.releases).toEqual([])
  })
})

describe('the loopback Git Data API refuses as GitHub does', () => {
  it('a ref update that is not a fast forward (422), and a ref created twice (422)', async () => {
    const commitOn = (branch: string) => seedFile(api.git, branch, 'x', branch)
    const main = commitOn('main')
    const other = commitOn('other')
    const client = octokit()
    const base = { owner: OWNER, repo: REPO }
    await expect(
      client.rest.git.updateRef({ ...base, ref: 'heads/main', sha: other, force: false })
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward')
    })
    await expect(
      client.rest.git.createRef({ ...base, ref: 'refs/heads/main', sha: other })
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists')
    })
    expect(api.git.refs.get('heads/main')).toBe(main)
  })
})

const fields = {
  dataset_slug: 'river_gauges',
  dataset_version_id: 'v1',
  manifest_digest: `sha256:${'a'.repeat(64)}`,
  spec_hash: `sha256:${'b'.repeat(64)}`,
  released_at: '2026-02-20T13:00:00Z',
  commit: HEAD_SHA,
  run_url: 'https://github.com/kfm/datasets/actions/runs/1',
  release_url: 'https://github.com/kfm/datasets/releases/tag/river_gauges/v1'
}

describe('appendToLedger', () => {
  it('gives up after 10 refused attempts, naming the ledger and what to do', async () => {
    let moves = 0
    // Another writer moves the branch between each reading and its write.
    const moveBranch = () => {
      seedFile(api.git, LEDGER.branch, `other-${moves++}`, 'x')
    }
    const waits: number[] = []
    await expect(
      appendToLedger(octokit(), LEDGER, fields, moveBranch, async (retry) => {
        waits.push(retry)
      })
    ).rejects.toThrow(
      /^Appending to the ledger ledger\/river_gauges\.jsonl on branch promotion-ledger failed: the branch moved under each of 10 attempts .* Re-run the job/
    )
    expect(waits).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(api.git.refusedRefWrites).toBe(10)
    expect(fileAt(api.git, LEDGER.branch, LEDGER.file)).toBeUndefined()
  })

  it('fails with the checked reason, not a retry, when the check refuses', async () => {
    await expect(
      appendToLedger(octokit(), LEDGER, fields, () => {
        throw new Error('refused by the check')
      })
    ).rejects.toThrow('refused by the check')
    expect(api.git.refs.size).toBe(0)
  })
})

describe('publish fixtures', () => {
  it.each(fixtureCodes(PUBLISH_FIXTURES))(
    '%s: refused under gate A before anything is written',
    async (code) => {
      const fixture = loadPublishFixture(code)
      expect(fixture.description.length).toBeGreaterThan(10)
      for (const release of fixture.releases ?? [])
        seedRelease(api.releases, api.git, {
          tag: release.tag.replace('{version}', example.versionId),
          commit: HEAD_SHA,
          assets: release.assets
        })
      let ledger = ''
      for (const fields of fixture.ledger ?? [])
        ledger = appendRecord(ledger, {
          dataset_slug: 'river_gauges',
          dataset_version_id: 'v',
          manifest_digest: `sha256:${'1'.repeat(64)}`,
          spec_hash: example.specHash,
          released_at: '2026-01-01T00:00:00Z',
          commit: HEAD_SHA,
          run_url: 'https://github.com/kfm/datasets/actions/runs/1',
          release_url: 'https://github.com/kfm/datasets/releases/tag/river_gauges/v',
          ...fields
        }).text
      if (ledger) seedFile(api.git, LEDGER.branch, LEDGER.file, ledger)
      const before = state()
      api.requests.length = 0
      const outcome = await publishVersion(octokit(), LEDGER, example, notes)
      expect('refused' in outcome && outcome.refused.map((v) => [v.gate, v.code])).toEqual([
        [CODES[code as keyof typeof CODES], code]
      ])
      if (!('refused' in outcome)) return
      expect(outcome.refused[0]!.path).toBe('promotion_manifest.json')
      expect(outcome.refused[0]!.message).toMatch(/Nothing was written\.$/)
      expect(state()).toBe(before)
      expect(writes()).toEqual([])
    }
  )
})
