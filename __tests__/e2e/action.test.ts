// The bundled action, run as the runner runs it, on workspaces made for the test (not the
// repository's own files). Digests are checked against coreutils sha256sum and an independent
// RFC 8785 canonicalisation, not against the action's own helpers.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import canonicalize from 'canonicalize'
import { parse as parseYaml } from 'yaml'
import { errorCommands, PROJECT, runAction, runActionAsync } from '../helpers/runner.js'
import { withLfsServer } from '../helpers/lfs-server.js'
import { writeRelease } from '../helpers/release.js'
import {
  applyFixture,
  fixtureCodes,
  loadFixture,
  type ViolationFixture
} from '../helpers/violation-fixtures.js'
import {
  copyExample,
  exampleInputs,
  removeTempDirs,
  tempDir,
  writeTree
} from '../helpers/workspace.js'

afterAll(removeTempDirs)

function sha256sum(file: string): string {
  return `sha256:${execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]}`
}

function jcsDigest(value: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalize(value)!).digest('hex')}`
}

function filesUnder(root: string, relative: string): string[] {
  const dir = path.join(root, relative)
  return readdirSync(dir).flatMap((name) => {
    const child = path.posix.join(relative, name)
    return statSync(path.join(root, child)).isDirectory() ? filesUnder(root, child) : [child]
  })
}

/** The directory store (a `.zarr` directory, the default stores pattern) a path is in, if any. */
const storeOf = (relative: string): string | undefined => /^(.*?[^/]\.zarr\/)/.exec(relative)?.[1]

/** A store's digest as docs/decisions.md gives it: coreutils' sha256sum listing of it, hashed. */
function dirHash(store: string): string {
  const script = 'find . -type f | cut -c3- | LC_ALL=C sort | xargs -r sha256sum | sha256sum'
  return `sha256:${execFileSync('sh', ['-c', script], { cwd: store, encoding: 'utf8' }).slice(0, 64)}`
}

describe('a passing run on a copy of the example release', () => {
  const workspace = copyExample()
  const result = runAction(workspace, exampleInputs())
  const manifestPath = path.join(workspace, 'promotion_manifest.json')
  const manifestBytes = existsSync(manifestPath) ? readFileSync(manifestPath) : Buffer.alloc(0)
  const manifest = manifestBytes.length ? JSON.parse(manifestBytes.toString('utf8')) : {}

  it('exits 0 and reports status pass', () => {
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('pass')
    expect(JSON.parse(result.outputs.violations!)).toEqual([])
    expect(result.outputs['manifest-path']).toBe(manifestPath)
  })

  it('lists every processed file with the digest sha256sum computes, a store as one', () => {
    const files = filesUnder(workspace, 'data/processed')
    const expected = [...new Set(files.map((file) => storeOf(file) ?? file))].sort()
    expect(expected.some((entry) => entry.endsWith('.zarr/'))).toBe(true)
    expect(manifest.artifacts.map((a: { path: string }) => a.path)).toEqual(expected)
    for (const artifact of manifest.artifacts) {
      const where = path.join(workspace, artifact.path)
      expect(artifact.digest).toBe(artifact.path.endsWith('/') ? dirHash(where) : sha256sum(where))
    }
    for (const catalog of manifest.catalogs) {
      expect(catalog.digest).toBe(sha256sum(path.join(workspace, catalog.path)))
    }
  })

  it('computes spec_hash as the SHA-256 of the spec in RFC 8785 form', () => {
    const spec = parseYaml(readFileSync(path.join(workspace, 'spec.yaml'), 'utf8'))
    expect(manifest.spec_hash).toBe(jcsDigest(spec))
    expect(result.outputs['spec-hash']).toBe(manifest.spec_hash)
  })

  it('derives dataset_version_id from released_at and spec_hash', () => {
    expect(manifest.dataset_version_id).toBe(`2026-02.${manifest.spec_hash.slice(7, 15)}`)
    expect(result.outputs['dataset-version-id']).toBe(manifest.dataset_version_id)
  })

  it('outputs manifest-digest as sha256sum of the file, the digest the Statement names', () => {
    expect(result.outputs['manifest-digest']).toBe(sha256sum(manifestPath))
    const statement = JSON.parse(readFileSync(result.outputs['statement-path']!, 'utf8'))
    expect(statement.subject[0]).toEqual({
      name: 'promotion_manifest.json',
      digest: { sha256: result.outputs['manifest-digest']!.slice('sha256:'.length) }
    })
  })

  it('outputs manifest-canonical-digest as the SHA-256 of the RFC 8785 form', () => {
    expect(result.outputs['manifest-canonical-digest']).toBe(jcsDigest(manifest))
    expect(result.outputs['manifest-canonical-digest']).not.toBe(result.outputs['manifest-digest'])
  })

  it('writes a checksums file that sha256sum -c accepts in the root, listing every file', () => {
    const checksums = result.outputs['checksums-path']!
    expect(checksums).toBe(path.join(workspace, 'promotion_manifest.sha256sums'))
    const check = execFileSync('sha256sum', ['--check', '--strict', checksums], {
      cwd: workspace,
      encoding: 'utf8'
    })
    const listed = check.trim().split('\n')
    // A store's files each, as `sha256sum --check` wants them.
    const files = filesUnder(workspace, 'data/processed')
    expect(listed).toHaveLength(files.length + manifest.catalogs.length)
    expect(listed.every((line) => line.endsWith(': OK'))).toBe(true)
  })

  it('groups the log: the inventory, then each gate with what it checked', () => {
    const groups = [...result.stdout.matchAll(/^::group::(.*)$/gm)].map((m) => m[1])
    expect(groups[0]).toMatch(/^Inventory: \d+ artifact\(s\), \d+ catalog file\(s\)$/)
    expect(groups.slice(1, 8)).toEqual([
      'Gate A: Identity and versioning (pass)',
      'Gate B: Licensing and rights (pass)',
      'Gate C: Sensitivity and policy decision (pass)',
      'Gate D: Catalog triplet (pass)',
      'Gate E: Inventory, digests and run receipts (pass)',
      'Gate F: Contract: QA, evidence and manifest schema (pass)',
      'Gate G: Production posture (not required)'
    ])
    expect(result.stdout).toMatch(/^checked: spec_hash from spec\.yaml \(RFC 8785\)$/m)
  })

  it('references the QA report and policy decision by their digests', () => {
    expect(manifest.qa).toEqual({
      status: 'pass',
      report_digest: sha256sum(path.join(workspace, 'qa/report.json'))
    })
    expect(manifest.policy.policy_label).toBe('internal')
  })

  it('writes a job summary with the gate table and the inventory', () => {
    expect(result.summary).toContain('may be promoted')
    expect(result.summary).toMatch(/\| A \| Identity and versioning \| ✅ pass \|/)
    expect(result.summary).toContain('data/processed/stations.geojson')
    expect(result.summary).toContain(result.outputs['manifest-digest'])
    // upload is false in these runs: the summary says nothing was uploaded, and why.
    expect(result.summary).toContain('- **upload:** not uploaded: `upload` is false\n')
    expect(result.summary).toContain(
      '- **paths:** relative to the workspace, which is the dataset root\n'
    )
  })

  it('gives identical bytes on a second run', () => {
    const second = runAction(workspace, exampleInputs())
    expect(second.code).toBe(0)
    expect(readFileSync(manifestPath).equals(manifestBytes)).toBe(true)
  })

  it('gives identical bytes for the same files created in another order, elsewhere', () => {
    const other = tempDir('pm-ws-reversed-')
    const files = filesUnder(workspace, '.').filter((f) => f !== 'promotion_manifest.json')
    for (const relative of [...files].reverse()) {
      mkdirSync(path.dirname(path.join(other, relative)), { recursive: true })
      writeFileSync(path.join(other, relative), readFileSync(path.join(workspace, relative)))
    }
    const rerun = runAction(
      other,
      exampleInputs({ artifacts: '!data/**/*.tmp\ndata/processed/**' })
    )
    expect(rerun.code).toBe(0)
    expect(readFileSync(path.join(other, 'promotion_manifest.json')).equals(manifestBytes)).toBe(
      true
    )
  })
})

describe('released_at defaults to the commit time', () => {
  it('takes the committer time of HEAD, in UTC, when released-at is empty', () => {
    const workspace = copyExample()
    const git = (...args: string[]): string =>
      execFileSync('git', ['-C', workspace, ...args], {
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: '2026-03-01T09:30:00+02:00',
          GIT_COMMITTER_DATE: '2026-03-01T09:30:00+02:00',
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.org',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.org'
        }
      })
    git('init', '-q')
    git('add', '-A')
    git('commit', '-qm', 'release')
    // The example's run receipt names the version derived from its February release, so the
    // version is given here; released_at itself comes from the commit.
    const version = JSON.parse(
      readFileSync(path.join(workspace, 'receipts/run-2026-02-20.json'), 'utf8')
    ).dataset_version_id
    const result = runAction(
      workspace,
      exampleInputs({ 'released-at': '', 'dataset-version-id': version })
    )
    expect(result.code).toBe(0)
    const manifest = JSON.parse(
      readFileSync(path.join(workspace, 'promotion_manifest.json'), 'utf8')
    )
    expect(manifest.released_at).toBe('2026-03-01T07:30:00Z')
  })

  it('fails with RELEASED_AT_MISSING outside a git checkout', () => {
    const result = runAction(copyExample(), exampleInputs({ 'released-at': '' }))
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('RELEASED_AT_MISSING')
  })
})

describe('a failing run leaves no manifest and keeps an older one', () => {
  const cases: Array<[string, (ws: string) => Record<string, string>, string]> = [
    ['a bad slug', () => exampleInputs({ 'dataset-slug': 'River-Gauges' }), 'SLUG_INVALID'],
    [
      'a malformed released-at',
      () => exampleInputs({ 'released-at': '2026-02-30T10:00:00Z' }),
      'RELEASED_AT_INVALID'
    ],
    [
      'failed QA',
      (ws) => {
        writeFileSync(path.join(ws, 'qa/report.json'), JSON.stringify({ status: 'fail' }))
        return exampleInputs()
      },
      'QA_NOT_PASSED'
    ],
    [
      'a QA report that is not JSON',
      (ws) => {
        writeFileSync(path.join(ws, 'qa/report.json'), 'status: pass\n')
        return exampleInputs()
      },
      'QA_REPORT_INVALID'
    ],
    [
      'a denied decision',
      (ws) => {
        const file = path.join(ws, 'policy/decision.json')
        writeFileSync(file, readFileSync(file, 'utf8').replace('"allow"', '"deny"'))
        return exampleInputs()
      },
      'POLICY_DENIED'
    ],
    [
      'a spec hash that disagrees with the spec',
      () => exampleInputs({ 'spec-hash': `sha256:${'0'.repeat(64)}` }),
      'SPEC_HASH_MISMATCH'
    ],
    [
      'a pattern that matches nothing',
      () => exampleInputs({ artifacts: 'data/processed/**\ndata/final/**' }),
      'PATTERN_MATCHES_NOTHING'
    ],
    [
      'a pattern reaching outside the workspace',
      () => exampleInputs({ artifacts: '../**' }),
      'PATTERN_OUTSIDE_ROOT'
    ]
  ]

  it.each(cases)('%s', (_name, arrange, code) => {
    const workspace = copyExample()
    const older = '{"older": true}\n'
    writeFileSync(path.join(workspace, 'promotion_manifest.json'), older)
    const result = runAction(workspace, arrange(workspace))
    expect(result.code).not.toBe(0)
    expect(result.outputs.status).toBe('fail')
    const errors = errorCommands(result.stdout)
    expect(errors.some((line) => line.includes(code))).toBe(true)
    expect(JSON.parse(result.outputs.violations!).map((v: { code: string }) => v.code)).toContain(
      code
    )
    expect(readFileSync(path.join(workspace, 'promotion_manifest.json'), 'utf8')).toBe(older)
    expect(result.outputs['manifest-path']).toBeUndefined()
    expect(result.summary).toContain('Promotion blocked')
    expect(result.stdout).toMatch(/^::error::Promotion blocked: \d+ violation/m)
  })

  it('puts the cause first: one annotation counting what it causes, and the failure naming it', () => {
    // The artifacts pattern written from the workspace, not the dataset root: the fixture's
    // `causes` follow (a link to each artifact the pattern would have found, and the schema).
    const fixture = JSON.parse(
      readFileSync(path.join(PROJECT, 'fixtures/causes/pattern-from-workspace.json'), 'utf8')
    ) as ViolationFixture & { expect: { causes: string[] } }
    const caused = fixture.expect.causes.length
    const links = fixture.expect.causes.filter((code) => code === 'LINK_UNRESOLVED').length
    const { workspace, inputs } = applyFixture(fixture)
    const result = runAction(workspace, inputs)
    expect(result.code).toBe(1)
    expect(result.outputs['violations-count']).toBe(String(caused + 1))
    const errors = errorCommands(result.stdout)
    // The cause's annotation and the failing line; none for those it causes.
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/^::error title=Gate E%3A PATTERN_MATCHES_NOTHING::/)
    expect(errors[0]).toContain('did you mean "data/processed/**"?')
    expect(errors[0]).toContain(`It causes ${caused} more violations`)
    expect(errors[1]).toContain(
      `::error::Promotion blocked: ${caused + 1} violations; first, the cause of ${caused} of them: [E PATTERN_MATCHES_NOTHING]`
    )
    const output = JSON.parse(result.outputs.violations!) as Array<{
      code: string
      caused_by?: number
    }>
    expect(output[0]!.code).toBe('PATTERN_MATCHES_NOTHING')
    expect(output.slice(1).map((v) => v.caused_by)).toEqual(Array(caused).fill(0))
    expect(result.summary).toContain(
      `<b>${caused} violations caused by E PATTERN_MATCHES_NOTHING</b>`
    )
    expect(result.stdout).toContain(`caused by [E PATTERN_MATCHES_NOTHING] artifacts (${links}):`)
  })

  it('names the file and line in the annotation', () => {
    const workspace = copyExample()
    writeFileSync(
      path.join(workspace, 'qa/report.json'),
      '{\n  "checks": [],\n  "status": "warn"\n}\n'
    )
    const result = runAction(workspace, exampleInputs())
    expect(errorCommands(result.stdout)).toContainEqual(
      expect.stringMatching(
        /^::error title=Gate F%3A QA_NOT_PASSED,file=qa\/report.json,line=3::QA status is "warn"/
      )
    )
  })

  it('with fail-on-violation false, succeeds with status fail and writes nothing', () => {
    const workspace = copyExample()
    const result = runAction(
      workspace,
      exampleInputs({ 'dataset-slug': 'Bad Slug', 'fail-on-violation': 'false' })
    )
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('fail')
    expect(existsSync(path.join(workspace, 'promotion_manifest.json'))).toBe(false)
    expect(result.stdout).toContain('::warning')
  })
})

describe('upload outside a workflow run', () => {
  it('fails before doing anything and says to set upload: false', () => {
    const workspace = copyExample()
    const result = runAction(workspace, exampleInputs({ upload: 'true' }))
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^::error::upload is true, but .*Set upload: false/m)
    expect(existsSync(path.join(workspace, 'promotion_manifest.json'))).toBe(false)
  })
})

describe('a workspace that is not the example', () => {
  it('inventories hidden files a pattern matches, never .git, with media types from the table', () => {
    const ws = tempDir()
    writeTree(ws, { 'data/.git/HEAD': 'ref: refs/heads/main' })
    const release = writeRelease(
      ws,
      {
        'data/grid.zarr/.zattrs': '{}',
        'data/grid.zarr/0.0': Buffer.from([1, 2, 3]),
        'data/tiles.pmtiles': 'pm',
        'data/roads.fgb': 'fgb',
        'data/parcels.gpkg': 'gpkg',
        'data/notes.txt': 'notes',
        'data/naïve name.csv': 'a,b'
      },
      { releasedAt: '2026-05-31T23:30:00-02:00', spec: { b: 1, a: [true, null, 'x'] } }
    )
    // No stores: the files inside a .zarr directory are artifacts each, with the store's type.
    const result = runAction(ws, { ...release.inputs, stores: '!**' })
    expect(result.code).toBe(0)
    const manifest = JSON.parse(readFileSync(path.join(ws, 'promotion_manifest.json'), 'utf8'))
    expect(manifest.released_at).toBe('2026-06-01T01:30:00Z')
    expect(manifest.dataset_version_id).toBe(release.datasetVersionId)
    expect(manifest.dataset_version_id).toMatch(/^2026-06\.[0-9a-f]{8}$/)
    expect(manifest.spec_hash).toBe(jcsDigest({ a: [true, null, 'x'], b: 1 }))
    expect(
      Object.fromEntries(
        manifest.artifacts.map((a: { path: string; media_type: string }) => [a.path, a.media_type])
      )
    ).toEqual({
      'data/grid.zarr/.zattrs': 'application/vnd+zarr',
      'data/grid.zarr/0.0': 'application/vnd+zarr',
      'data/naïve name.csv': 'text/csv',
      'data/notes.txt': 'text/plain',
      'data/parcels.gpkg': 'application/geopackage+sqlite3',
      'data/roads.fgb': 'application/vnd.flatgeobuf',
      'data/tiles.pmtiles': 'application/vnd.pmtiles'
    })
    expect(manifest.approvals).toEqual([])
  })
})

describe('every violation fixture, through dist/index.js', () => {
  it.each(fixtureCodes())(
    '%s: exits 1 with the ::error, keeps the older manifest',
    async (code) => {
      const fixture = loadFixture(code)
      const { workspace, inputs } = applyFixture(fixture)
      const older = '{"older": true}\n'
      writeFileSync(path.join(workspace, 'promotion_manifest.json'), older)
      const result = fixture.lfsServer
        ? await withLfsServer(fixture.lfsServer.objects, (server) =>
            runActionAsync(workspace, { ...inputs, 'lfs-url': server.url, 'github-token': 'token' })
          )
        : runAction(workspace, inputs)
      expect(result.code).toBe(1)
      expect(
        errorCommands(result.stdout).some(
          (line) => line.includes(`${code},`) || line.includes(`${code}::`)
        )
      ).toBe(true)
      expect(readFileSync(path.join(workspace, 'promotion_manifest.json'), 'utf8')).toBe(older)
      expect(result.stderr).toBe('')
    }
  )

  it('a DCAT dataset without a licence fails gate B', () => {
    const workspace = copyExample()
    const dcat = path.join(workspace, 'catalog/dcat.jsonld')
    const document = JSON.parse(readFileSync(dcat, 'utf8'))
    delete document['dct:license']
    writeFileSync(dcat, JSON.stringify(document, null, 2))
    const result = runAction(workspace, exampleInputs())
    expect(result.code).toBe(1)
    const violations = JSON.parse(result.outputs.violations!)
    expect(violations).toContainEqual(
      expect.objectContaining({ gate: 'B', code: 'LICENSE_MISSING', path: 'catalog/dcat.jsonld' })
    )
  })

  it('STAC declared not applicable: passes without STAC, and the summary says so', () => {
    const workspace = copyExample()
    const result = runAction(
      workspace,
      exampleInputs({
        catalogs: 'catalog/dcat.jsonld\ncatalog/prov.json',
        'stac-applicable': 'false'
      })
    )
    expect(result.code).toBe(0)
    expect(result.summary).toContain('STAC declared not applicable')
  })

  it('valid SBOM and attestation files turn gate G from not required to pass', () => {
    const workspace = copyExample()
    writeTree(workspace, {
      'sbom.cdx.json': JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        components: []
      }),
      'statement.json': JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'x', digest: { sha256: 'ab' } }],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: {}
      })
    })
    const without = runAction(workspace, exampleInputs())
    expect(without.summary).toMatch(/\| G \| Production posture \| ➖ not required \|/)
    const withPosture = runAction(
      workspace,
      exampleInputs({ sbom: 'sbom.cdx.json', attestations: 'statement.json' })
    )
    expect(withPosture.code).toBe(0)
    expect(withPosture.summary).toMatch(
      /\| G \| Production posture \| ✅ pass \| 0 \| SBOM sbom.cdx.json \(CycloneDX 1.6\); attestation statement.json \|/
    )
  })
})
