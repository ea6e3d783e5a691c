// What a pull request cannot decide, as plain functions: which of its changed files are trusted
// configuration (trusted-paths), and released_at from its head commit and reviews
// (released-at: pull-request), which edits to the pull request itself never move.
import { pullRequestReleasedAt } from '../../src/github/released-at.js'
import { lastApprovalOfHead, type Review } from '../../src/github/reviews.js'
import {
  DEFAULT_TRUSTED_PATHS,
  trustedChanges,
  trustedPatterns
} from '../../src/github/trusted-paths.js'

const HEAD = 'a'.repeat(40)

describe('trusted configuration among the changed files', () => {
  const changed = [
    '.github/workflows/pull-request-gate.yml',
    '.github/CODEOWNERS',
    'CODEOWNERS',
    'docs/CODEOWNERS',
    'datasets/river_gauges/policy/decision.json',
    'datasets/river_gauges/approvals.json',
    'datasets/river_gauges/data/processed/stations.geojson',
    'action.yml',
    'dist/index.js',
    'README.md',
    'src/main.ts'
  ]

  it('by default: workflows, code owners anywhere, policy decisions, approvals, the action', () => {
    expect(trustedChanges(changed, DEFAULT_TRUSTED_PATHS)).toEqual([
      '.github/workflows/pull-request-gate.yml',
      '.github/CODEOWNERS',
      'CODEOWNERS',
      'docs/CODEOWNERS',
      'datasets/river_gauges/policy/decision.json',
      'datasets/river_gauges/approvals.json',
      'action.yml',
      'dist/index.js'
    ])
  })

  it("adds the workflow's lines and the run's own rule files, literally; ! excludes", () => {
    const patterns = trustedPatterns('config/**\n# a comment\n!dist/**', [
      'rules/[decision].json',
      undefined,
      '/outside/approvals.json'
    ])
    const files = ['config/roles.yml', 'rules/[decision].json', 'rules/d.json', 'dist/index.js']
    expect(trustedChanges(files, patterns)).toEqual(['config/roles.yml', 'rules/[decision].json'])
  })

  it('names each file once, in the order the pull request lists them', () => {
    const renamed = ['CODEOWNERS', 'README.md', 'CODEOWNERS', '.github/workflows/a.yml']
    expect(trustedChanges(renamed, DEFAULT_TRUSTED_PATHS)).toEqual([
      'CODEOWNERS',
      '.github/workflows/a.yml'
    ])
  })
})

const review = (login: string, state: string, submittedAt: string, commit = HEAD): Review => ({
  user: { login },
  state,
  submitted_at: submittedAt,
  commit_id: commit
})

describe('the last approval of the head commit', () => {
  it('is the latest standing approval of the head, whoever gave it', () => {
    expect(
      lastApprovalOfHead(
        [
          review('alice', 'APPROVED', '2026-02-20T12:40:00Z'),
          review('bob', 'APPROVED', '2026-02-20T12:45:00Z'),
          review('alice', 'COMMENTED', '2026-02-20T12:50:00Z')
        ],
        HEAD
      )
    ).toBe('2026-02-20T12:45:00Z')
  })

  it('ignores approvals of older commits, dismissed ones and ones followed by a request for changes', () => {
    expect(
      lastApprovalOfHead(
        [
          review('alice', 'APPROVED', '2026-02-20T12:40:00Z'),
          review('bob', 'APPROVED', '2026-02-20T12:55:00Z', 'f'.repeat(40)),
          review('carol', 'APPROVED', '2026-02-20T12:56:00Z'),
          review('carol', 'DISMISSED', '2026-02-20T12:57:00Z'),
          review('dave', 'APPROVED', '2026-02-20T12:58:00Z'),
          review('dave', 'CHANGES_REQUESTED', '2026-02-20T12:59:00Z')
        ],
        HEAD
      )
    ).toBe('2026-02-20T12:40:00Z')
    expect(lastApprovalOfHead([], HEAD)).toBeUndefined()
  })
})

describe('released_at of a pull request', () => {
  const now = new Date('2026-02-21T00:00:00Z')

  it('is the head commit time when nothing approved it later', () => {
    expect(pullRequestReleasedAt({ committedAt: '2026-02-20T12:30:00Z', now })).toEqual({
      releasedAt: '2026-02-20T12:30:00Z',
      because: "the head commit's committer date"
    })
    expect(
      pullRequestReleasedAt({
        committedAt: '2026-02-20T14:30:00+02:00',
        lastApprovedAt: '2026-02-20T12:00:00Z',
        now
      }).releasedAt
    ).toBe('2026-02-20T12:30:00Z')
  })

  it('is the last approval when it came after the commit, so every approval of it counts', () => {
    expect(
      pullRequestReleasedAt({
        committedAt: '2026-02-20T12:30:00Z',
        lastApprovedAt: '2026-02-20T12:45:00Z',
        now
      }).releasedAt
    ).toBe('2026-02-20T12:45:00Z')
  })

  it('rounds an approval with a fraction of a second up, never cuts it to before itself', () => {
    expect(
      pullRequestReleasedAt({
        committedAt: '2026-02-20T12:30:00Z',
        lastApprovedAt: '2026-02-20T12:45:00.2Z',
        now
      }).releasedAt
    ).toBe('2026-02-20T12:45:01Z')
  })

  it('rounds up the fraction of an approval as the reviews give it', () => {
    const lastApprovedAt = lastApprovalOfHead(
      [review('alice', 'APPROVED', '2026-02-20T12:45:00.200Z')],
      HEAD
    )
    expect(lastApprovedAt).toBe('2026-02-20T12:45:00.200Z')
    expect(
      pullRequestReleasedAt({ committedAt: '2026-02-20T12:30:00Z', lastApprovedAt, now }).releasedAt
    ).toBe('2026-02-20T12:45:01Z')
  })

  it("takes the run's clock for a committer date in the future, and says so", () => {
    const released = pullRequestReleasedAt({ committedAt: '2099-01-01T00:00:00Z', now })
    expect(released).toEqual({
      releasedAt: '2026-02-21T00:00:00Z',
      because:
        "the run's clock: the head commit's committer date 2099-01-01T00:00:00Z is later than it"
    })
  })

  it('depends on nothing else: the same commit and reviews give the same time on every run', () => {
    const times = { committedAt: '2026-02-20T12:30:00Z', lastApprovedAt: '2026-02-20T12:45:00Z' }
    const later = new Date('2026-03-01T00:00:00Z')
    expect(pullRequestReleasedAt({ ...times, now }).releasedAt).toBe(
      pullRequestReleasedAt({ ...times, now: later }).releasedAt
    )
  })

  it('fails with a sentence on a committer date that is no time', () => {
    expect(() => pullRequestReleasedAt({ committedAt: 'yesterday', now })).toThrow(
      "released-at: pull-request: the head commit's committer date cannot be read"
    )
  })
})
