// Pull-request gating, approvals from reviews and the sticky comment: the bundled action, run as
// the runner runs it, with the real Octokit client of @actions/github talking to a loopback
// server that answers GitHub's REST calls (GITHUB_API_URL pointed at it).
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import path from 'node:path'
import { PROJECT, errorCommands, runActionAsync } from '../helpers/runner.js'
import {
  HEAD_SHA,
  PR_NUMBER,
  TOKEN,
  startGithubApi,
  type GithubApi
} from '../helpers/github-api.js'
import {
  copyExample,
  exampleInputs,
  removeTempDirs,
  tempDir,
  writeTree
} from '../helpers/workspace.js'

let api: GithubApi

beforeAll(async () => {
  api = await startGithubApi()
})

afterAll(async () => {
  await api.close()
  removeTempDirs()
})

beforeEach(() => {
  api.files = []
  api.reviews = []
  api.teams = {}
  api.comments = []
  api.requests = []
  api.failWith = undefined
  api.authenticated = undefined
  api.teamsRefuse = undefined
  api.committedAt = '2026-02-20T12:30:00Z'
})

function datasetsWorkspace(): string {
  const ws = tempDir()
  writeTree(ws, {
    'datasets/river_gauges/spec.yaml': 'dataset: river_gauges\n',
    'datasets/soil_moisture/spec.json': '{"dataset": "soil_moisture"}',
    'datasets/land_cover/spec.yml': 'dataset: land_cover\n',
    'datasets/scratch/readme.md': 'no spec, not a dataset',
    'README.md': 'repo'
  })
  return ws
}

describe('changed-datasets', () => {
  it('finds the datasets a 3000-file pull request changes, through 30 pages', async () => {
    api.files = [
      ...Array.from({ length: 2998 }, (_v, i) => ({
        filename: `datasets/river_gauges/data/part-${String(i).padStart(4, '0')}.parquet`
      })),
      { filename: 'README.md' },
      {
        filename: 'archive/land_cover_old.tif',
        status: 'renamed',
        previous_filename: 'datasets/land_cover/data/old.tif'
      }
    ]
    const result = await runActionAsync(
      datasetsWorkspace(),
      { mode: 'changed-datasets', datasets: 'datasets/*' },
      api.env()
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.outputs['changed-datasets']!)).toEqual({
      include: [
        {
          dataset: 'land_cover',
          root: 'datasets/land_cover',
          spec: 'datasets/land_cover/spec.yml'
        },
        {
          dataset: 'river_gauges',
          root: 'datasets/river_gauges',
          spec: 'datasets/river_gauges/spec.yaml'
        }
      ]
    })
    const pages = api.requests.filter((r) =>
      r.path.startsWith(`/repos/kfm/datasets/pulls/${PR_NUMBER}/files`)
    )
    expect(pages).toHaveLength(30)
    expect(pages.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
    expect(result.summary).toContain('Changed datasets: 2 of 3')
    expect(result.outputs['datasets-changed']).toBe('true')
    expect(result.outputs['removed-datasets']).toBe('[]')
    expect(result.outputs['outside-datasets']).toBe('[]')
  })

  it('counts a file past the first page of 100', async () => {
    api.files = [
      ...Array.from({ length: 100 }, (_v, i) => ({ filename: `docs/page-${i}.md` })),
      { filename: 'datasets/soil_moisture/data/2026.csv' }
    ]
    const result = await runActionAsync(
      datasetsWorkspace(),
      { mode: 'changed-datasets', datasets: 'datasets/*' },
      api.env()
    )
    expect(
      JSON.parse(result.outputs['changed-datasets']!).include.map(
        (d: { dataset: string }) => d.dataset
      )
    ).toEqual(['soil_moisture'])
  })

  it('outside a pull request, every dataset counts as changed', async () => {
    const result = await runActionAsync(
      datasetsWorkspace(),
      { mode: 'changed-datasets', datasets: 'datasets/*' },
      api.env('push')
    )
    expect(JSON.parse(result.outputs['changed-datasets']!).include).toHaveLength(3)
    expect(api.requests).toHaveLength(0)
  })

  it("refuses a pull request past GitHub's 3,000-file listing: the rest cannot be seen", async () => {
    api.files = Array.from({ length: 3001 }, (_v, i) => ({ filename: `docs/page-${i}.md` }))
    api.files[3000] = { filename: 'datasets/soil_moisture/data/late.csv' }
    const result = await runActionAsync(
      datasetsWorkspace(),
      { mode: 'changed-datasets', datasets: 'datasets/*' },
      api.env()
    )
    expect(result.code).toBe(1)
    expect(errorCommands(result.stdout)).toEqual([
      `::error::Pull request #${PR_NUMBER} changes 3001 files, but GitHub lists only the first 3000: the datasets the others change cannot be known, so none is promoted. Split it into pull requests of fewer than 3000 files.`
    ])
    expect(result.outputs['changed-datasets']).toBeUndefined()
  })

  it('fails with what to check when the API refuses', async () => {
    api.failWith = 403
    const result = await runActionAsync(
      datasetsWorkspace(),
      { mode: 'changed-datasets', datasets: 'datasets/*' },
      api.env()
    )
    expect(result.code).toBe(1)
    const [error] = errorCommands(result.stdout)
    expect(error).toContain(`Listing the files of pull request #${PR_NUMBER} failed (HTTP 403)`)
    expect(error).toContain('pull-requests: read')
  })
})

describe('changed-datasets: nothing escapes the matrix', () => {
  const run = (extra: Record<string, string> = {}, ws = datasetsWorkspace()) =>
    runActionAsync(ws, { mode: 'changed-datasets', datasets: 'datasets/*', ...extra }, api.env())
  const matrix = (outputs: Record<string, string>) =>
    JSON.parse(outputs['changed-datasets']!).include.map((d: { dataset: string }) => d.dataset)

  // The head has no spec for air_quality any more; the pull request deleted it.
  const deletedSpec = [
    { filename: 'datasets/air_quality/spec.yaml', status: 'removed' },
    { filename: 'datasets/air_quality/data/2026.csv', status: 'removed' }
  ]

  it('a deleted spec fails the step, naming the dataset and its paths, with an empty matrix', async () => {
    api.files = deletedSpec
    const result = await run()
    expect(result.code).toBe(1)
    expect(errorCommands(result.stdout)).toEqual([
      '::error::The pull request removes 1 dataset(s), deleting its spec, renaming it away or making it no regular file, with no spec left in its root: "datasets/air_quality" (changed paths: "datasets/air_quality/data/2026.csv", "datasets/air_quality/spec.yaml"). A removal is a decision of its own: restore the spec, or, if the dataset is meant to go, have the workflow\'s changed-datasets step allow it (allow-removals: true).'
    ])
    expect(matrix(result.outputs)).toEqual([])
    expect(result.outputs['datasets-changed']).toBe('false')
    expect(JSON.parse(result.outputs['removed-datasets']!)).toEqual([
      {
        dataset: 'air_quality',
        root: 'datasets/air_quality',
        spec: 'datasets/air_quality/spec.yaml',
        file_count: 2,
        files: ['datasets/air_quality/data/2026.csv', 'datasets/air_quality/spec.yaml']
      }
    ])
    expect(result.summary).toContain(
      '### ❌ Removed datasets: 1 (not allowed: allow-removals is false)'
    )
  })

  it('a path under the globs in no dataset fails the step, naming it', async () => {
    api.files = [
      { filename: 'datasets/scratch/readme.md' },
      { filename: 'datasets/river_gauges/data/x.csv' },
      { filename: 'docs/index.md' }
    ]
    const result = await run()
    expect(result.code).toBe(1)
    expect(errorCommands(result.stdout)).toEqual([
      '::error::The pull request changes 1 path(s) the datasets globs cover that lie in no dataset (no spec.yaml, spec.yml or spec.json in a root the globs match), so no gate checks them: "datasets/scratch/readme.md". Move them into a dataset, give their directory a spec, narrow the datasets globs, or have the changed-datasets step allow it (allow-outside-datasets: true).'
    ])
    // The matrix is still written: the aggregate check fails on this step, not on a guess.
    expect(matrix(result.outputs)).toEqual(['river_gauges'])
    expect(JSON.parse(result.outputs['outside-datasets']!)).toEqual(['datasets/scratch/readme.md'])
  })

  it('renaming a dataset directory is a removal of the old one; allowed, the new one is gated', async () => {
    const ws = datasetsWorkspace()
    writeTree(ws, { 'datasets/gauges/spec.yaml': 'dataset: gauges\n' })
    api.files = [
      {
        filename: 'datasets/gauges/spec.yaml',
        status: 'renamed',
        previous_filename: 'datasets/old_gauges/spec.yaml'
      },
      {
        filename: 'datasets/gauges/data/a.csv',
        status: 'renamed',
        previous_filename: 'datasets/old_gauges/data/a.csv'
      }
    ]
    const refused = await run({}, ws)
    expect(refused.code).toBe(1)
    expect(errorCommands(refused.stdout)[0]).toContain(
      'removes 1 dataset(s), deleting its spec, renaming it away or making it no regular file, with no spec left in its root: "datasets/old_gauges"'
    )
    const allowed = await run({ 'allow-removals': 'true' }, ws)
    expect(allowed.code).toBe(0)
    expect(errorCommands(allowed.stdout)).toEqual([])
    expect(matrix(allowed.outputs)).toEqual(['gauges'])
    expect(allowed.outputs['datasets-changed']).toBe('true')
    expect(
      JSON.parse(allowed.outputs['removed-datasets']!).map((d: { root: string }) => d.root)
    ).toEqual(['datasets/old_gauges'])
  })

  it('allowed, removals and outside paths pass and are listed in the summary and outputs', async () => {
    api.files = [...deletedSpec, { filename: 'datasets/README.md', status: 'added' }]
    const result = await run({ 'allow-removals': 'true', 'allow-outside-datasets': 'true' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.outputs['datasets-changed']).toBe('false')
    expect(JSON.parse(result.outputs['removed-datasets']!)[0].file_count).toBe(2)
    expect(JSON.parse(result.outputs['outside-datasets']!)).toEqual(['datasets/README.md'])
    expect(result.summary).toContain('### Removed datasets: 1 (listed; allow-removals is true)')
    expect(result.summary).toContain('| air_quality | datasets/air_quality/spec.yaml |')
    expect(result.summary).toContain(
      '### Changed outside any dataset: 1 (listed; allow-outside-datasets is true)'
    )
    expect(result.summary).toContain('| datasets/README.md |')
    // One allowed without the other still fails.
    const half = await run({ 'allow-removals': 'true' })
    expect(half.code).toBe(1)
    expect(errorCommands(half.stdout)[0]).toContain('allow-outside-datasets: true')
  })

  it('a hostile name in a removed dataset is printed escaped, and starts no workflow command', async () => {
    const hostile = 'datasets/air_quality/x\n::warning::pwned\u202e ##[error]also'
    api.files = [...deletedSpec, { filename: hostile, status: 'removed' }]
    const result = await run()
    expect(result.code).toBe(1)
    const [error, ...others] = errorCommands(result.stdout)
    expect(others).toEqual([])
    expect(error).toContain(
      '"datasets/air_quality/x\\u000a::warning::pwned\\u202e #\\u0023[error]also"'
    )
    const lines = (result.stdout + result.stderr).split('\n')
    // The runner trims Unicode white space before a command: any such line is one.
    const commands = lines.filter((l) => /^\s*::/u.test(l)).map((l) => /::([a-z-]+)/.exec(l)![1])
    expect(commands.filter((c) => !['add-mask', 'debug'].includes(c!))).toEqual(['error'])
    expect(lines.filter((l) => l.includes('##['))).toEqual([])
    expect(result.summary).not.toContain('\n::warning')
  })

  it('a pull request touching no dataset file gives an empty matrix and datasets-changed false', async () => {
    api.files = [{ filename: 'README.md' }, { filename: 'docs/datasets/x.md' }]
    const result = await run()
    expect(result.code).toBe(0)
    expect(matrix(result.outputs)).toEqual([])
    expect(result.outputs['datasets-changed']).toBe('false')
  })
})

describe('approvals from pull-request reviews', () => {
  const inputs = (extra: Record<string, string> = {}): Record<string, string> =>
    exampleInputs({
      approvals: '',
      'approvals-from': 'pull-request-reviews',
      'reviewer-roles': 'steward: alice, kfm/data-stewards',
      ...extra
    })

  it('count approving reviews of the head commit, by user or team, and no other', async () => {
    api.teams = { 'kfm/data-stewards': ['dave'] }
    api.reviews = [
      {
        login: 'alice',
        state: 'APPROVED',
        submitted_at: '2026-02-20T12:40:00Z',
        commit_id: HEAD_SHA
      },
      {
        login: 'dave',
        state: 'APPROVED',
        submitted_at: '2026-02-20T12:45:00Z',
        commit_id: HEAD_SHA
      },
      {
        login: 'erin',
        state: 'APPROVED',
        submitted_at: '2026-02-20T12:46:00Z',
        commit_id: HEAD_SHA
      },
      {
        login: 'alice',
        state: 'COMMENTED',
        submitted_at: '2026-02-20T12:50:00Z',
        commit_id: HEAD_SHA
      }
    ]
    const workspace = copyExample()
    const result = await runActionAsync(workspace, inputs(), api.env())
    expect(result.code).toBe(0)
    const manifest = JSON.parse(
      readFileSync(path.join(workspace, 'promotion_manifest.json'), 'utf8')
    )
    expect(manifest.approvals).toEqual([
      { role: 'steward', principal: 'github:alice', approved_at: '2026-02-20T12:40:00Z' },
      { role: 'steward', principal: 'github:dave', approved_at: '2026-02-20T12:45:00Z' }
    ])
  })

  it('say why a team cannot be read with GITHUB_TOKEN, and what token can', async () => {
    api.teamsRefuse = 403
    api.reviews = [
      {
        login: 'dave',
        state: 'APPROVED',
        submitted_at: '2026-02-20T12:45:00Z',
        commit_id: HEAD_SHA
      }
    ]
    const workspace = copyExample()
    const result = await runActionAsync(workspace, inputs(), api.env())
    expect(result.code).toBe(1)
    const [error] = errorCommands(result.stdout)
    expect(error).toContain('Reading who is in the team kfm/data-stewards failed (HTTP 403)')
    expect(error).toContain('Members: read permission, which GITHUB_TOKEN never has')
    expect(error).not.toContain('Check the GitHub API status')
  })

  it.each([
    [
      'stale: it approved an older commit',
      [
        {
          login: 'alice',
          state: 'APPROVED' as const,
          submitted_at: '2026-02-20T12:40:00Z',
          commit_id: 'f'.repeat(40)
        }
      ]
    ],
    [
      'dismissed',
      [
        {
          login: 'alice',
          state: 'APPROVED' as const,
          submitted_at: '2026-02-20T12:40:00Z',
          commit_id: HEAD_SHA
        },
        {
          login: 'alice',
          state: 'DISMISSED' as const,
          submitted_at: '2026-02-20T12:41:00Z',
          commit_id: HEAD_SHA
        }
      ]
    ],
    [
      'followed by a request for changes',
      [
        {
          login: 'alice',
          state: 'APPROVED' as const,
          submitted_at: '2026-02-20T12:40:00Z',
          commit_id: HEAD_SHA
        },
        {
          login: 'alice',
          state: 'CHANGES_REQUESTED' as const,
          submitted_at: '2026-02-20T12:42:00Z',
          commit_id: HEAD_SHA
        }
      ]
    ],
    [
      'given after released_at',
      [
        {
          login: 'alice',
          state: 'APPROVED' as const,
          submitted_at: '2026-02-20T13:05:00Z',
          commit_id: HEAD_SHA
        }
      ]
    ]
  ])('do not count a review that is %s', async (_what, reviews) => {
    api.reviews = reviews
    const result = await runActionAsync(copyExample(), inputs(), api.env())
    expect(result.code).toBe(1)
    expect(JSON.parse(result.outputs.violations!).map((v: { code: string }) => v.code)).toContain(
      'APPROVAL_MISSING'
    )
  })

  it('need a pull request event', async () => {
    const result = await runActionAsync(copyExample(), inputs(), api.env('workflow_dispatch'))
    expect(result.code).toBe(1)
    expect(errorCommands(result.stdout)[0]).toContain('needs a pull_request event')
  })
})

describe('the sticky comment', () => {
  const marker = '<!-- promotion-manifest:dataset=river_gauges -->'

  it("is never someone else's: a marker in a person's comment is left alone", async () => {
    const planted = `${marker}\n## ✅ Promotion manifest: river_gauges may be promoted`
    api.comments.push({ id: 900, body: planted, user: { login: 'mallory', type: 'User' } })
    const run = await runActionAsync(copyExample(), exampleInputs({ comment: 'true' }), api.env())
    expect(run.code).toBe(0)
    expect(api.comments.find((c) => c.id === 900)?.body).toBe(planted)
    expect(api.comments).toHaveLength(2)
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([])
  })

  it('with a personal token, is only the comment that token wrote', async () => {
    api.authenticated = 'release-bot-user'
    const others = `${marker}\nan older comment by another bot`
    api.comments.push({ id: 901, body: others, user: { login: 'other[bot]', type: 'Bot' } })
    api.comments.push({
      id: 902,
      body: `${marker}\nours`,
      user: { login: 'release-bot-user', type: 'User' }
    })
    const run = await runActionAsync(copyExample(), exampleInputs({ comment: 'true' }), api.env())
    expect(run.code).toBe(0)
    expect(api.comments.find((c) => c.id === 901)?.body).toBe(others)
    expect(api.comments.find((c) => c.id === 902)?.body).toContain('may be promoted')
  })

  it('is created once and then updated in place, one per dataset', async () => {
    const workspace = copyExample()
    const first = await runActionAsync(workspace, exampleInputs({ comment: 'true' }), api.env())
    expect(first.code).toBe(0)
    expect(api.comments).toHaveLength(1)
    const id = api.comments[0]!.id
    expect(api.comments[0]!.body).toMatch(
      /^<!-- promotion-manifest:dataset=river_gauges -->\n## ✅ Promotion manifest: river_gauges may be promoted/
    )

    writeTree(workspace, { 'qa/report.json': '{"status": "fail"}' })
    const second = await runActionAsync(workspace, exampleInputs({ comment: 'true' }), api.env())
    expect(second.code).toBe(1)
    expect(api.comments.map((c) => c.id)).toEqual([id])
    expect(api.comments[0]!.body).toContain('Promotion blocked')
    expect(api.comments[0]!.body).toContain('QA_NOT_PASSED')
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1)
  })

  it("warns, and leaves the verdict to the gates, when commenting is refused (a fork's read-only token)", async () => {
    api.failWith = 403
    const passing = await runActionAsync(
      copyExample(),
      exampleInputs({ comment: 'true' }),
      api.env()
    )
    expect(passing.code).toBe(0)
    expect(passing.outputs.status).toBe('pass')
    expect(errorCommands(passing.stdout)).toEqual([])
    const warning = passing.stdout
      .split('\n')
      .find((line) => line.startsWith('::warning::Commenting'))
    expect(warning).toContain(`Commenting on pull request #${PR_NUMBER} failed (HTTP 403)`)
    expect(warning).toContain('The verdict does not depend on the comment')
    // The trusted files could not be listed either: said, and not part of the verdict.
    expect(passing.summary).toContain(
      `**Trusted configuration:** not checked: the pull request's files could not be listed (Listing the files of pull request #\u2060${PR_NUMBER} failed (HTTP 403)`
    )

    const workspace = copyExample()
    writeFileSync(path.join(workspace, 'qa', 'report.json'), '{"status": "fail"}\n')
    const failing = await runActionAsync(workspace, exampleInputs({ comment: 'true' }), api.env())
    expect(failing.code).toBe(1)
    expect(failing.outputs.status).toBe('fail')
    expect(failing.stdout).toContain('::warning::Commenting on pull request')
  })
})

describe('the GitHub token', () => {
  it('is masked and appears in no output, summary, comment or file', async () => {
    const workspace = copyExample()
    const result = await runActionAsync(workspace, exampleInputs({ comment: 'true' }), api.env())
    // The one line that must carry it: the runner's own instruction to mask it everywhere.
    expect(result.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([
      `::add-mask::${TOKEN}`
    ])
    const files = ['promotion_manifest.json', 'promotion_manifest.intoto.json'].map((f) =>
      readFileSync(path.join(workspace, f), 'utf8')
    )
    for (const text of [
      result.stderr,
      result.summary,
      JSON.stringify(result.outputs),
      ...api.comments.map((c) => c.body),
      ...files
    ]) {
      expect(text).not.toContain(TOKEN)
    }
  })
})

/** The example's inputs with approvals from reviews: alice a steward, bob a data owner. */
const fromReviews = (extra: Record<string, string> = {}): Record<string, string> =>
  exampleInputs({
    approvals: '',
    'approvals-from': 'pull-request-reviews',
    'reviewer-roles': 'steward: alice\ndata-owner: bob',
    ...extra
  })

const approves = (login: string, at: string, commit = HEAD_SHA) => ({
  login,
  state: 'APPROVED' as const,
  submitted_at: at,
  commit_id: commit
})

function manifestOf(workspace: string): { released_at: string; dataset_version_id: string } {
  return JSON.parse(readFileSync(path.join(workspace, 'promotion_manifest.json'), 'utf8'))
}

describe('released-at: pull-request', () => {
  it('is the last approval of the head commit when it came after the commit, so every approval counts', async () => {
    api.reviews = [
      approves('alice', '2026-02-20T12:40:00Z'),
      approves('bob', '2026-02-20T12:45:00Z'),
      approves('mallory', '2026-02-20T12:50:00Z', 'f'.repeat(40))
    ]
    const workspace = copyExample()
    const run = await runActionAsync(
      workspace,
      fromReviews({ 'released-at': 'pull-request' }),
      api.env()
    )
    expect(run.code).toBe(0)
    expect(manifestOf(workspace).released_at).toBe('2026-02-20T12:45:00Z')
    expect(run.stdout).toContain(
      'released-at: pull-request is 2026-02-20T12:45:00Z, the last approval of the head commit, after its committer date 2026-02-20T12:30:00Z.'
    )
    expect(api.requests.filter((r) => r.path.includes('/git/commits/'))).toHaveLength(1)
  })

  it('does not move when the pull request is edited: title, labels and updated_at change, the manifest does not', async () => {
    api.reviews = [approves('alice', '2026-02-20T12:40:00Z')]
    const runs = []
    for (const edit of [
      { title: 'Update gauges', labels: [], updated_at: '2026-02-20T12:41:00Z' },
      {
        title: 'Update gauges (renamed)',
        labels: [{ name: 'ready' }, { name: 'restricted' }],
        updated_at: '2026-03-02T09:00:00Z'
      }
    ]) {
      const run = await runActionAsync(
        copyExample(),
        fromReviews({ 'released-at': 'pull-request' }),
        api.env('pull_request_target', edit)
      )
      expect(run.code).toBe(0)
      runs.push(run.outputs)
    }
    expect(runs[1]!['manifest-digest']).toBe(runs[0]!['manifest-digest'])
    expect(runs[1]!['dataset-version-id']).toBe(runs[0]!['dataset-version-id'])
    expect(runs[0]!['dataset-version-id']).toMatch(/^2026-02\./)
  })

  it("is never later than the run's clock, whatever the committer date says", async () => {
    api.committedAt = '2099-12-31T23:59:59Z'
    api.reviews = [approves('alice', '2026-02-20T12:40:00Z')]
    const workspace = copyExample()
    const before = Date.now()
    // The version the receipts were cut for: released today, it keeps its id.
    const run = await runActionAsync(
      workspace,
      fromReviews({ 'released-at': 'pull-request', 'dataset-version-id': '2026-02.46e446c6' }),
      api.env()
    )
    const after = Date.now()
    expect(run.code).toBe(0)
    const released = Date.parse(manifestOf(workspace).released_at)
    expect(released).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000)
    expect(released).toBeLessThanOrEqual(after)
    expect(run.stdout).toContain(
      "the run's clock: the head commit's committer date 2099-12-31T23:59:59Z is later than it"
    )
  })

  it('needs a pull request, and says what to give elsewhere', async () => {
    const run = await runActionAsync(
      copyExample(),
      exampleInputs({ 'released-at': 'pull-request' }),
      api.env('push')
    )
    expect(run.code).toBe(1)
    expect(errorCommands(run.stdout)[0]).toContain(
      'released-at: pull-request needs a pull_request event (or pull_request_target, or pull_request_review); on other events give an RFC 3339 time'
    )
  })
})

describe('trusted configuration', () => {
  it('names the trusted files the pull request changes in the summary and the comment, escaped, and leaves the verdict alone', async () => {
    const hostile = '.github/workflows/@kfm/owners [x](https://evil.example) #12.yml'
    api.files = [
      { filename: '.github/workflows/pull-request-gate.yml' },
      { filename: 'README.md' },
      { filename: 'policy/decision.json' },
      { filename: 'data/processed/stations.geojson' },
      { filename: 'CODEOWNERS', status: 'renamed', previous_filename: 'docs/OWNERS' },
      { filename: hostile }
    ]
    const run = await runActionAsync(copyExample(), exampleInputs({ comment: 'true' }), api.env())
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('pass')
    for (const text of [run.summary, api.comments[0]!.body]) {
      expect(text).toContain('### ⚠️ This pull request changes what the gate trusts: 4 files')
      const rows = text.split('\n').filter((line) => /^\| (?!trusted file|---)/.test(line))
      expect(rows.slice(0, 4)).toEqual([
        '| .github/workflows/pull-request-gate.yml |',
        '| policy/decision.json |',
        '| CODEOWNERS |',
        '| .github/workflows/@\u2060kfm/owners \\[x\\](https:\u2060//evil.example) #\u206012.yml |'
      ])
      expect(text).not.toContain('| README.md |')
    }
    const warning = run.stdout.split('\n').find((line) => line.startsWith('::warning::'))
    expect(warning).toContain(
      'This pull request changes 4 file(s) the gate trusts (trusted-paths): .github/workflows/pull-request-gate.yml, policy/decision.json, CODEOWNERS,'
    )
  })

  it('says there are none when none changed', async () => {
    api.files = [{ filename: 'data/processed/stations.geojson' }]
    const run = await runActionAsync(copyExample(), exampleInputs(), api.env())
    expect(run.code).toBe(0)
    expect(run.summary).toContain(
      '**Trusted configuration:** this pull request changes none of the files the gate trusts'
    )
  })
})

describe("the recipe's shape: the base branch's decision checked out apart", () => {
  const base = { '.gate/policy/decision.json': '' }
  const recipe = (workspace: string) => {
    const decision = JSON.parse(readFileSync(path.join(workspace, 'policy/decision.json'), 'utf8'))
    base['.gate/policy/decision.json'] = JSON.stringify({ ...decision, policy_label: 'restricted' })
    writeTree(workspace, base)
    return fromReviews({
      'released-at': 'pull-request',
      'base-policy-decision': '.gate/policy/decision.json',
      'required-approvals': 'restricted: steward, data-owner',
      comment: 'true'
    })
  }

  it("a label lowered from restricted to internal needs the data owner's approval too", async () => {
    api.reviews = [approves('alice', '2026-02-20T12:40:00Z')]
    const workspace = copyExample()
    const blocked = await runActionAsync(
      workspace,
      recipe(workspace),
      api.env('pull_request_target')
    )
    expect(blocked.code).toBe(1)
    const violations = JSON.parse(blocked.outputs.violations!) as Array<{ code: string }>
    expect(violations.map((v) => v.code)).toEqual(['POLICY_LABEL_LOWERED'])
    expect(api.comments[0]!.body).toContain('POLICY_LABEL_LOWERED')

    api.reviews.push(approves('bob', '2026-02-20T12:50:00Z'))
    const passed = await runActionAsync(
      workspace,
      recipe(workspace),
      api.env('pull_request_target')
    )
    expect(passed.code).toBe(0)
    expect(passed.stdout).toContain(
      'label lowered from restricted on the base branch to internal: the approvals restricted requires are required too (data-owner)'
    )
  })

  it('a dataset new on the branch (no base copy) is gated on its own label, and the log says why', async () => {
    api.reviews = [approves('alice', '2026-02-20T12:40:00Z')]
    const workspace = copyExample()
    const inputs = recipe(workspace)
    rmSync(path.join(workspace, '.gate'), { recursive: true })
    const run = await runActionAsync(workspace, inputs, api.env('pull_request_target'))
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'no policy decision on the base branch (.gate/policy/decision.json): the dataset is new there, so no change of label is checked'
    )
  })
})

describe('the bundle a pull_request_target run loads', () => {
  it("imports only Node's own modules, so nothing the pull request puts in the workspace (node_modules) is ever loaded", () => {
    const dist = path.join(PROJECT, 'dist')
    const files = readdirSync(dist).filter((f) => f.endsWith('.js'))
    const specifiers = files.flatMap((file) => {
      const text = readFileSync(path.join(dist, file), 'utf8')
      return [
        ...text.matchAll(/createRequire\(import\.meta\.url\)\("([^"]+)"\)/g),
        ...text.matchAll(/^import [^'"]*from "([^"]+)"/gm),
        ...text.matchAll(/\bimport\("([^".][^"]*)"\)/g)
      ].map((m) => m[1]!)
    })
    expect(specifiers.length).toBeGreaterThan(10)
    expect(specifiers.filter((name) => !isBuiltin(name))).toEqual([])
    expect(files.join(' ')).not.toMatch(/node_modules/)
  })
})
