// The package as a user gets it: `npm pack`, the tarball installed offline into an empty folder
// (it has no dependencies, so nothing else is fetched), then the library imported and the bin run
// from there, under Node 22 and Node 24 (tools/node), and a TypeScript file type-checked against
// the installed declarations.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { nodeBinary, PROJECT } from '../helpers/runner.js'
import {
  cliFlags,
  copyExample,
  exampleInputs,
  removeTempDirs,
  tempDir
} from '../helpers/workspace.js'

const NAME = 'promotion-manifest'
const BIN = 'kfm-gen-promotion-manifest'
const { version } = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as {
  version: string
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawnSync(command, args, {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
    timeout: 120_000
  })
  if (child.error) throw child.error
  return child
}

function ok(child: SpawnSyncReturns<string>): string {
  if (child.status !== 0) throw new Error(`exit ${child.status}: ${child.stderr}`)
  return child.stdout
}

let consumer: string
let tarball: string
/** The tarball's files, as npm pack lists them (its own listing: no tar program needed). */
let packedFiles: string[]
const figures: Record<string, string> = {}

beforeAll(() => {
  const packs = tempDir('pm-pack-')
  // --ignore-scripts: packing must not rebuild anything; the e2e setup already made dist/ fresh.
  const packed = JSON.parse(
    ok(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packs], PROJECT))
  ) as Array<{
    filename: string
    size: number
    unpackedSize: number
    files: Array<{ path: string }>
  }>
  tarball = path.join(packs, packed[0]!.filename)
  packedFiles = packed[0]!.files.map((file) => file.path)
  figures.tarball = `${packed[0]!.size} bytes packed, ${packed[0]!.unpackedSize} unpacked`
  consumer = tempDir('pm-consumer-')
  writeFileSync(
    path.join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' })
  )
  const started = performance.now()
  ok(run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], consumer))
  figures.install = `${Math.round(performance.now() - started)} ms`
}, 180_000)

afterAll(() => {
  // The figures the README quotes; printed, not asserted.
  console.log(`package test: ${JSON.stringify(figures)}`)
  removeTempDirs()
})

describe('the packed package', () => {
  it('holds the CLI and library bundles, their declarations, the schemas and the documents, nothing else', () => {
    const files = packedFiles
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'dist/cli/index.js',
        'dist/cli/hash-worker.js',
        'dist/lib/index.js',
        'dist/lib/index.d.ts',
        'dist/lib/hash-worker.js',
        // The JSON Schemas of the manifest and of every input format a user writes.
        ...readdirSync(path.join(PROJECT, 'schemas'))
          .filter((file) => file.endsWith('.schema.json'))
          .map((file) => `schemas/${file}`)
      ])
    )
    const outside = files.filter(
      (f) =>
        !f.startsWith('dist/cli/') &&
        !f.startsWith('dist/lib/') &&
        !/^schemas\/[a-z0-9_]+\.schema\.json$/.test(f) &&
        !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(f)
    )
    expect(outside).toEqual([])
  })

  it('installs offline with nothing beside it: it has no dependencies', () => {
    const installed = readdirSync(path.join(consumer, 'node_modules')).filter(
      (name) => !name.startsWith('.')
    )
    expect(installed).toEqual([NAME])
    const manifest = JSON.parse(
      readFileSync(path.join(consumer, 'node_modules', NAME, 'package.json'), 'utf8')
    ) as Record<string, unknown>
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.optionalDependencies).toBeUndefined()
    expect(existsSync(path.join(consumer, 'node_modules', '.bin', BIN))).toBe(true)
  })
})

describe.each([22, 24] as const)('under Node %i', (major) => {
  const node = nodeBinary(major)

  it('imports the library without printing, starting or leaving anything running', () => {
    writeFileSync(
      path.join(consumer, 'import-only.mjs'),
      `const listeners = () => ['exit', 'beforeExit', 'uncaughtException', 'unhandledRejection', 'SIGINT', 'SIGTERM'].map((e) => process.listenerCount(e))
const before = listeners()
const library = await import('${NAME}')
const report = { exports: Object.keys(library).sort(), resources: process.getActiveResourcesInfo(), listeners: listeners(), before }
process.stderr.write(JSON.stringify(report))
`
    )
    const started = performance.now()
    const child = run(node, ['import-only.mjs'], consumer)
    figures[`import under Node ${major}`] = `${Math.round(performance.now() - started)} ms`
    expect(child.status).toBe(0)
    expect(child.stdout).toBe('')
    const report = JSON.parse(child.stderr) as Record<string, unknown>
    expect(report.exports).toEqual([
      'ManifestDiffError',
      'PromotionManifestError',
      'UsageError',
      'buildPromotionManifest',
      'diffManifests',
      'evaluatePromotion',
      'validatePromotionManifestOrThrow',
      'verifyLedger',
      'verifyManifest',
      'writeJsonAtomic'
    ])
    // No timer, socket, thread or file handle; no process handler added.
    expect(report.resources).toEqual([])
    expect(report.listeners).toEqual(report.before)
  })

  it('builds, validates and writes a manifest, and evaluates the example workspace to a pass', () => {
    const workspace = copyExample()
    const inputs = exampleInputs()
    writeFileSync(
      path.join(consumer, 'use.mjs'),
      `import {
  buildPromotionManifest, validatePromotionManifestOrThrow, writeJsonAtomic, evaluatePromotion,
  PromotionManifestError, UsageError
} from '${NAME}'
const [workspace, out] = process.argv.slice(2)
const digest = 'sha256:' + 'a'.repeat(64)
const manifest = buildPromotionManifest({
  datasetSlug: 'river_gauges', datasetVersionId: '2026-02.aaaaaaaa', specHash: digest,
  releasedAt: '2026-02-20T13:00:00Z',
  artifacts: [{ path: 'b.csv', digest, media_type: 'text/csv' }, { path: 'a.csv', digest, media_type: 'text/csv' }],
  catalogs: [{ path: 'dcat.jsonld', digest }],
  qa: { status: 'pass', report_digest: digest },
  policy: { policy_label: 'public', decision_id: 'kfm://policy_decision/d-1' },
  approvals: [{ role: 'steward', principal: 'github:alice', approved_at: '2026-02-19T10:00:00Z' }]
})
validatePromotionManifestOrThrow(manifest)
let invalid
try { validatePromotionManifestOrThrow({ ...manifest, spec_hash: 'nope' }) } catch (error) {
  invalid = { isError: error instanceof PromotionManifestError, violations: error.violations.length }
}
const written = await writeJsonAtomic(out, manifest)
let usage
try { await evaluatePromotion({ datasetSlug: 'river_gauges', artifact: ['x'] }, { workspace }) } catch (error) {
  usage = { isUsageError: error instanceof UsageError, message: error.message }
}
const result = await evaluatePromotion(${JSON.stringify({
        datasetSlug: inputs['dataset-slug'],
        releasedAt: inputs['released-at'],
        spec: inputs.spec,
        artifacts: [inputs.artifacts],
        catalogs: [inputs.catalogs],
        qaReport: inputs['qa-report'],
        policyDecision: inputs['policy-decision'],
        approvals: inputs.approvals,
        runReceipts: [inputs['run-receipts']]
      })}, { workspace })
console.log(JSON.stringify({
  order: manifest.artifacts.map((a) => a.path), written, invalid, usage,
  status: result.status, violations: result.violations, digest: result.manifestDigest,
  text: result.manifestText
}))
`
    )
    const out = path.join(tempDir('pm-out-'), 'manifest.json')
    const child = run(node, ['use.mjs', workspace, out], consumer)
    expect(child.stderr).toBe('')
    expect(child.status).toBe(0)
    const report = JSON.parse(child.stdout) as {
      order: string[]
      written: { path: string; digest: string }
      invalid: { isError: boolean; violations: number }
      usage: { isUsageError: boolean; message: string }
      status: string
      violations: unknown[]
      digest: string
      text: string
    }
    expect(report.order).toEqual(['a.csv', 'b.csv'])
    const bytes = readFileSync(out)
    expect(report.written).toEqual({
      path: out,
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    })
    expect(bytes.toString('utf8').endsWith('}\n')).toBe(true)
    expect(report.invalid).toEqual({ isError: true, violations: 1 })
    expect(report.usage).toEqual({
      isUsageError: true,
      message: 'artifact is not an input; did you mean artifacts?'
    })
    expect(report.violations).toEqual([])
    expect(report.status).toBe('pass')
    expect(report.digest).toBe(`sha256:${createHash('sha256').update(report.text).digest('hex')}`)
    // evaluatePromotion writes nothing.
    expect(existsSync(path.join(workspace, 'promotion_manifest.json'))).toBe(false)
  })

  describe('the installed bin', () => {
    const bin = () => path.join(consumer, 'node_modules', '.bin', BIN)
    // The bin runs through its `#!/usr/bin/env node` line, with this Node first on PATH.
    const env = () => ({ PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}` })

    it('prints the package version', () => {
      const child = run(bin(), ['--version'], consumer, env())
      expect(child.status).toBe(0)
      expect(child.stdout).toBe(`${version}\n`)
    })

    it('runs the example workspace to a pass and writes the manifest', () => {
      const workspace = copyExample()
      const child = run(
        bin(),
        ['--workspace', workspace, ...cliFlags(exampleInputs())],
        consumer,
        env()
      )
      expect(child.stderr).not.toContain('error')
      expect(child.status).toBe(0)
      const manifest = readFileSync(path.join(workspace, 'promotion_manifest.json'))
      const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`
      expect(child.stdout).toContain(`manifest digest    ${digest}`)
      // The library verifies what the bin wrote, against the digest the bin printed.
      writeFileSync(
        path.join(consumer, 'verify.mjs'),
        `import { verifyManifest } from '${NAME}'
const [workspace, expectDigest] = process.argv.slice(2)
const request = { manifest: 'promotion_manifest.json', workspace, expectDigest, strict: ['data/processed/**'] }
const before = await verifyManifest(request)
const { rmSync } = await import('node:fs')
rmSync(workspace + '/data/processed/stations.geojson')
const after = await verifyManifest(request)
console.log(JSON.stringify([before.status, before.manifestDigest, after.status, after.violations.map((v) => v.code)]))
`
      )
      const verified = run(node, ['verify.mjs', workspace, digest], consumer)
      expect(verified.stderr).toBe('')
      expect(JSON.parse(verified.stdout)).toEqual(['pass', digest, 'fail', ['FILE_MISSING']])
    })

    it('answers a mistyped flag with the nearest one, exit 2', () => {
      const child = run(bin(), ['--dataset-slug', 'x', '--artifact', 'a'], consumer, env())
      expect(child.status).toBe(2)
      expect(child.stderr).toBe(
        'error: unknown flag --artifact; did you mean --artifacts?\nRun with --help for the options.\n'
      )
    })
  })
})

describe('a TypeScript consumer', () => {
  it('type-checks against the installed declarations alone (module nodenext, no @types)', () => {
    writeFileSync(
      path.join(consumer, 'consumer.ts'),
      `import {
  buildPromotionManifest,
  evaluatePromotion,
  validatePromotionManifestOrThrow,
  verifyManifest,
  writeJsonAtomic,
  PromotionManifestError,
  type PromotionManifest,
  type PromotionResult,
  type VerifyResult
} from '${NAME}'

export async function check(value: unknown, workspace: string): Promise<string> {
  try {
    validatePromotionManifestOrThrow(value)
  } catch (error) {
    if (error instanceof PromotionManifestError) return error.violations.map((v) => v.code).join()
    throw error
  }
  const manifest: PromotionManifest = value
  const rebuilt = buildPromotionManifest({
    datasetSlug: manifest.dataset_slug,
    datasetVersionId: manifest.dataset_version_id,
    specHash: manifest.spec_hash,
    releasedAt: manifest.released_at,
    artifacts: manifest.artifacts,
    catalogs: manifest.catalogs,
    qa: manifest.qa,
    policy: manifest.policy,
    approvals: manifest.approvals
  })
  const { digest } = await writeJsonAtomic('out.json', rebuilt)
  const result: PromotionResult = await evaluatePromotion(
    { datasetSlug: 'river_gauges', artifacts: ['data/**'], qaReport: 'qa.json', stacApplicable: false },
    { workspace }
  )
  // @ts-expect-error: inputs are camelCase; a flag's kebab-case name is no key
  await evaluatePromotion({ datasetSlug: 'x', 'qa-report': 'qa.json' })
  // @ts-expect-error: dataset-slug is required
  await evaluatePromotion({ artifacts: [] })
  const verified: VerifyResult = await verifyManifest({ manifest: 'out.json', strict: ['data/**'] })
  const verdict: 'pass' | 'fail' = verified.status
  // @ts-expect-error: the manifest to verify must be named
  await verifyManifest({ root: '.' })
  // @ts-expect-error: a list input is an array
  await evaluatePromotion({ datasetSlug: 'x', artifacts: 'data/**' })
  return \`\${digest} \${result.status} \${verdict} \${result.manifestDigest ?? ''}\`
}
`
    )
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022'],
          types: [],
          strict: true,
          noEmit: true
        },
        files: ['consumer.ts']
      })
    )
    const tsc = path.join(PROJECT, 'node_modules', 'typescript', 'bin', 'tsc')
    const child = run(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer)
    expect(child.stdout).toBe('')
    expect(child.status).toBe(0)
  })
})
