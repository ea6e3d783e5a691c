// The library's functions from the sources: one manifest order shared with the pipeline, every
// schema problem in the error, atomic JSON with the digest of its bytes, and the CLI's inputs as
// one typed object.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import {
  buildPromotionManifest,
  evaluatePromotion,
  PromotionManifestError,
  UsageError,
  validatePromotionManifestOrThrow,
  verifyManifest,
  writeJsonAtomic,
  type ManifestFields
} from '../../src/lib/index.js'
import { buildManifest } from '../../src/manifest/build.js'
import { parseOptions, parseVerifyOptions } from '../../src/options/parse.js'
import { copyExample, removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const digest = (c: string) => `sha256:${c.repeat(64)}`
const fields: ManifestFields = {
  datasetSlug: 'river_gauges',
  datasetVersionId: '2026-02.aaaaaaaa',
  specHash: digest('a'),
  releasedAt: '2026-02-20T13:00:00Z',
  artifacts: [
    { path: 'é.csv', digest: digest('1'), media_type: 'text/csv' },
    { path: 'Z.csv', digest: digest('2'), media_type: 'text/csv' },
    { path: 'a.csv', digest: digest('3'), media_type: 'text/csv' }
  ],
  catalogs: [
    { path: 'stac.json', digest: digest('4') },
    { path: 'dcat.jsonld', digest: digest('5') }
  ],
  qa: { status: 'pass', report_digest: digest('6') },
  policy: { policy_label: 'public', decision_id: 'kfm://policy_decision/d-1' },
  approvals: [
    { role: 'steward', principal: 'github:bob', approved_at: '2026-02-19T10:00:00Z' },
    { role: 'data-owner', principal: 'github:carol', approved_at: '2026-02-19T11:00:00Z' },
    { role: 'steward', principal: 'github:alice', approved_at: '2026-02-19T12:00:00Z' }
  ]
}

describe('buildPromotionManifest', () => {
  it('gives the bytes the pipeline gives for the same manifest', () => {
    const built = buildPromotionManifest(fields)
    const fromEvidence = buildManifest({
      ...fields,
      artifacts: fields.artifacts.map((a) => ({ ...a, mediaType: a.media_type, verified: true })),
      catalogs: fields.catalogs.map((c) => ({
        ...c,
        mediaType: 'application/json',
        verified: true
      })),
      qa: { status: 'pass', reportDigest: fields.qa.report_digest, path: 'qa.json' },
      policy: {
        decisionId: 'kfm://policy_decision/d-1',
        policyLabel: 'public',
        decision: 'allow',
        obligations: [],
        path: 'policy.json',
        digest: digest('7')
      },
      approvals: fields.approvals.map((a) => ({
        role: a.role,
        principal: a.principal,
        approvedAt: a.approved_at,
        approvedInstant: a.approved_at
      }))
    })
    expect(JSON.stringify(built)).toBe(JSON.stringify(fromEvidence))
  })

  it('orders fields as the contract does, and arrays by UTF-8 bytes', () => {
    const built = buildPromotionManifest(fields)
    expect(Object.keys(built)).toEqual([
      'kfm_promotion_manifest_version',
      'dataset_slug',
      'dataset_version_id',
      'spec_hash',
      'released_at',
      'artifacts',
      'catalogs',
      'qa',
      'policy',
      'approvals'
    ])
    expect(built.artifacts.map((a) => a.path)).toEqual(['Z.csv', 'a.csv', 'é.csv'])
    expect(built.catalogs.map((c) => c.path)).toEqual(['dcat.jsonld', 'stac.json'])
    expect(built.approvals.map((a) => a.principal)).toEqual([
      'github:carol',
      'github:alice',
      'github:bob'
    ])
  })

  it('keeps only the contract fields of each entry', () => {
    const extra = { ...fields.artifacts[0]!, size: 12 }
    const built = buildPromotionManifest({ ...fields, artifacts: [extra] })
    expect(Object.keys(built.artifacts[0]!)).toEqual(['path', 'digest', 'media_type'])
  })
})

describe('validatePromotionManifestOrThrow', () => {
  it('returns for a valid manifest', () => {
    expect(() => validatePromotionManifestOrThrow(buildPromotionManifest(fields))).not.toThrow()
  })

  it('throws PromotionManifestError listing every problem', () => {
    const bad = { ...buildPromotionManifest(fields), spec_hash: 'nope', dataset_slug: 'Bad Slug' }
    let caught: unknown
    try {
      validatePromotionManifestOrThrow(bad)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(PromotionManifestError)
    const error = caught as PromotionManifestError
    expect(error.violations.length).toBe(2)
    for (const v of error.violations) {
      expect(v.code).toBe('MANIFEST_SCHEMA')
      expect(error.message).toContain(v.message)
    }
    expect(error.message).toMatch(/^Not a valid promotion manifest \(v1\): 2 problem\(s\)\./)
  })
})

describe('writeJsonAtomic', () => {
  it('writes two-space JSON and a newline, leaves no temporary file, and returns its digest', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'out.json')
    const value = { b: [1, 2], a: 'ü' }
    const written = await writeJsonAtomic(file, value)
    const bytes = readFileSync(file)
    expect(bytes.toString('utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`)
    expect(written).toEqual({
      path: file,
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    })
    expect(readdirSync(dir)).toEqual(['out.json'])
  })

  it('says what stopped it, and writes nothing', async () => {
    const dir = tempDir()
    await expect(writeJsonAtomic(path.join(dir, 'missing', 'out.json'), {})).rejects.toThrow(
      /does not exist/
    )
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('evaluatePromotion', () => {
  const example = {
    datasetSlug: 'river_gauges',
    releasedAt: '2026-02-20T13:00:00Z',
    spec: 'spec.yaml',
    artifacts: ['data/processed/**'],
    catalogs: ['catalog/**'],
    qaReport: 'qa/report.json',
    policyDecision: 'policy/decision.json',
    approvals: 'approvals.json',
    runReceipts: ['receipts/*.json']
  }

  it('passes the example workspace and writes nothing', async () => {
    const workspace = copyExample()
    const before = readdirSync(workspace).sort()
    const result = await evaluatePromotion(example, { workspace })
    expect(result.violations).toEqual([])
    expect(result.status).toBe('pass')
    expect(result.manifestDigest).toBe(
      `sha256:${createHash('sha256').update(result.manifestText!).digest('hex')}`
    )
    expect(readdirSync(workspace).sort()).toEqual(before)
  })

  it('takes released_at from the commit time when it is not given, as a run does', async () => {
    const workspace = copyExample()
    const date = '2026-03-01T09:30:00+02:00'
    const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-C', workspace, '-c', 'user.name=t', '-c', 'user.email=t@e.org', ...args],
        { env }
      )
    git('init', '-q')
    git('add', '-A')
    git('commit', '-qm', 'release')
    const result = await evaluatePromotion({ ...example, releasedAt: undefined }, { workspace })
    expect(result.releasedAt).toBe('2026-03-01T07:30:00Z')
    expect(result.manifest?.released_at).toBe('2026-03-01T07:30:00Z')
  })

  it('fails with the gates violations, as the CLI would', async () => {
    const workspace = copyExample()
    const result = await evaluatePromotion({ ...example, datasetSlug: 'Bad-Slug' }, { workspace })
    expect(result.status).toBe('fail')
    expect(result.violations.map((v) => v.code)).toContain('SLUG_INVALID')
    expect(result.manifestText).toBeUndefined()
  })

  it('throws UsageError for a bad input, as the CLI exits 2', async () => {
    await expect(
      evaluatePromotion({ ...example, requiredApprovals: ['steward'] }, { workspace: tempDir() })
    ).rejects.toThrow(UsageError)
    const refused = await evaluatePromotion(
      { ...example, requiredApprovals: ['steward'] },
      { workspace: tempDir() }
    ).catch((error: unknown) => error)
    expect(refused).toMatchObject({ name: 'UsageError' })
    expect(String(refused)).toMatch(/^UsageError: /)
  })

  it('throws UsageError for a key that is no input, naming the nearest', async () => {
    const inputs = { ...example, artifact: ['x'] } as unknown as typeof example
    await expect(evaluatePromotion(inputs, { workspace: tempDir() })).rejects.toThrow(
      'artifact is not an input; did you mean artifacts?'
    )
  })
})

describe('the library passes typed values straight through', () => {
  const example = {
    datasetSlug: 'river_gauges',
    releasedAt: '2026-02-20T13:00:00Z',
    spec: 'spec.yaml',
    catalogs: ['catalog/**'],
    qaReport: 'qa/report.json',
    policyDecision: 'policy/decision.json',
    approvals: 'approvals.json',
    runReceipts: ['receipts/*.json']
  }

  it('takes a list item starting with # as an entry, where a line of text is a comment', async () => {
    const lines = parseOptions({ 'dataset-slug': 'x', artifacts: 'a/**\n# note' }, '/w')
    expect(lines.artifacts).toEqual(['a/**'])
    const items = parseOptions({ 'dataset-slug': 'x', artifacts: ['a/**', ' #b/** '] }, '/w')
    expect(items.artifacts).toEqual(['a/**', '#b/**'])
    const result = await evaluatePromotion(
      { ...example, artifacts: ['data/processed/**', '#nothing/**'] },
      { workspace: copyExample() }
    )
    const unmatched = result.violations.filter((v) => v.code === 'PATTERN_MATCHES_NOTHING')
    expect(unmatched.map((v) => v.message)).toEqual([expect.stringContaining('#nothing/**')])
  })

  it('refuses a list item holding a line break, which would be two entries', async () => {
    await expect(
      evaluatePromotion(
        { ...example, artifacts: ['data/processed/**\n../outside/**'] },
        { workspace: tempDir() }
      )
    ).rejects.toThrow(/^artifacts item .* holds a line break; give each entry as its own item\.$/)
  })

  it('takes shard as { index, count }, held to the rule I/N text is', async () => {
    const verify = (shard: { index: number; count: number }) =>
      parseVerifyOptions({ manifest: 'm.json', shard }, '/w').shard
    expect(verify({ index: 2, count: 4 })).toEqual({ index: 2, count: 4 })
    expect(parseVerifyOptions({ manifest: 'm.json', shard: '2/4' }, '/w').shard).toEqual({
      index: 2,
      count: 4
    })
    for (const [shard, shown] of [
      [{ index: 5, count: 4 }, '5/4'],
      [{ index: 0, count: 4 }, '0/4'],
      [{ index: 1.5, count: 4 }, '1.5/4'],
      [{ index: 1, count: 1025 }, '1/1025']
    ] as const)
      expect(() => verify(shard)).toThrow(
        `shard must read I/N, shard I of N with 1 <= I <= N <= 1024 (for example "2/4"), not "${shown}".`
      )
    await expect(
      verifyManifest({ manifest: 'm.json', workspace: tempDir(), shard: { index: 3, count: 2 } })
    ).rejects.toThrow(UsageError)
  })
})
