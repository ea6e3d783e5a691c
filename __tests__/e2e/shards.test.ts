// Sharded inventory, proven end to end: N runs of the bundled action in mode: inventory (as the
// jobs of a matrix) each upload their shard file through the real @actions/artifact client into a
// real blob store (Azurite) on loopback; one promote run downloads them through the same client
// (ListArtifacts, GetSignedArtifactURL, the blob, the digest check) and writes the manifest the
// unsharded run writes, byte for byte. The CLI does the same with files.
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { startArtifactService, type ArtifactService } from '../helpers/artifact-service.js'
import { writeRelease } from '../helpers/release.js'
import { errorCommands, runActionAsync, runCliBundle } from '../helpers/runner.js'
import { cliFlags, removeTempDirs, tempDir } from '../helpers/workspace.js'

let service: ArtifactService

beforeAll(async () => {
  service = await startArtifactService()
}, 60_000)

afterAll(async () => {
  await service.close()
  removeTempDirs()
})

beforeEach(() => {
  service.behaviour = 'ok'
  service.finalized.length = 0
  service.requests.length = 0
})

const COUNT = 3
const PATTERN = 'promotion-inventory-generated-shard-*'

/** A passing release of 30 files, some named with spaces and non-ASCII letters. */
function release(): { workspace: string; inputs: Record<string, string> } {
  const workspace = tempDir('pm-e2e-shards-')
  const files: Record<string, string> = {}
  for (let i = 0; i < 24; i++) files[`data/part ${i % 4}/tile-${i}.csv`] = `tile,${i}\n`
  Object.assign(files, {
    'data/étude/ßtraße.csv': 'a,b\n',
    'data/日本/ファイル 1.bin': 'bytes',
    'data/with space.geojson': '{"type":"FeatureCollection","features":[]}',
    'data/Ω/ünïcödé name.json': '{}',
    'data/emoji/\u{1F30A} river.csv': 'x\n',
    'data/z.parquet': 'PAR1'
  })
  return { workspace, ...writeRelease(workspace, files) }
}

/** The manifest an unsharded run writes, with the run's files then removed. */
async function unshardedManifest(workspace: string, inputs: Record<string, string>) {
  const run = await runActionAsync(workspace, inputs)
  expect(run.code).toBe(0)
  const manifest = readFileSync(path.join(workspace, 'promotion_manifest.json'))
  for (const file of ['promotion_manifest.json', 'promotion_manifest.intoto.json'])
    rmSync(path.join(workspace, file))
  rmSync(path.join(workspace, 'promotion_manifest.sha256sums'))
  return manifest
}

/** The inventory jobs of the matrix, all at once. */
function shardJobs(workspace: string, indices: number[]) {
  return Promise.all(
    indices.map((index) =>
      runActionAsync(
        workspace,
        {
          mode: 'inventory',
          'dataset-slug': 'generated',
          artifacts: 'data/**',
          shard: `${index}/${COUNT}`,
          upload: 'true'
        },
        service.env
      )
    )
  )
}

describe('the action, sharded across a matrix', () => {
  it('uploads each shard, and the promote run writes the unsharded manifest byte for byte', async () => {
    const { workspace, inputs } = release()
    const unsharded = await unshardedManifest(workspace, inputs)
    const jobs = await shardJobs(workspace, [1, 2, 3])
    for (const [i, job] of jobs.entries()) {
      expect(job.stderr).toBe('')
      expect(job.code).toBe(0)
      expect(job.outputs.status).toBe('pass')
      const shard = JSON.parse(readFileSync(job.outputs['shard-path']!, 'utf8'))
      expect(shard.shard).toEqual({ index: i + 1, count: COUNT })
      expect(shard.path_count).toBe(30)
      const uploaded = service.finalized.find((f) => String(f.id) === job.outputs['artifact-id'])
      expect(uploaded?.name).toBe(`promotion-inventory-generated-shard-${i + 1}-of-${COUNT}`)
      expect(job.outputs['artifact-digest']).toBe(uploaded?.hash)
    }
    service.requests.length = 0
    const promote = await runActionAsync(
      workspace,
      { ...inputs, artifacts: '', 'inventory-shards': PATTERN },
      service.env
    )
    expect(promote.stderr).toBe('')
    expect(errorCommands(promote.stdout)).toEqual([])
    expect(promote.code).toBe(0)
    expect(readFileSync(path.join(workspace, 'promotion_manifest.json')).equals(unsharded)).toBe(
      true
    )
    const methods = service.requests.map((r) => r.method)
    expect(methods.filter((m) => m === 'GetSignedArtifactURL')).toHaveLength(COUNT)
    expect(promote.stdout).toContain('SHA256 digest of downloaded artifact is')
  }, 120_000)

  it('fails on a shard whose job did not upload, naming it', async () => {
    const { workspace, inputs } = release()
    await shardJobs(workspace, [1, 3])
    const promote = await runActionAsync(
      workspace,
      { ...inputs, 'inventory-shards': PATTERN },
      service.env
    )
    expect(promote.code).toBe(1)
    const violations = JSON.parse(promote.outputs.violations!)
    expect(violations).toContainEqual(
      expect.objectContaining({
        code: 'SHARD_MISSING',
        path: 'artifacts-shards',
        message: expect.stringContaining('Shard 2 of 3 is missing')
      })
    )
  }, 120_000)

  it('fails when a download does not have the digest recorded at upload', async () => {
    const { workspace, inputs } = release()
    await shardJobs(workspace, [1, 2, 3])
    service.behaviour = 'tamper-download'
    const promote = await runActionAsync(
      workspace,
      { ...inputs, 'inventory-shards': PATTERN },
      service.env
    )
    expect(promote.code).toBe(1)
    const [error] = errorCommands(promote.stdout)
    expect(error).toContain('Downloading the inventory shards')
    expect(error).toContain('downloaded with another digest')
  }, 120_000)

  it('fails when no artifact matches inventory-shards', async () => {
    const { workspace, inputs } = release()
    const promote = await runActionAsync(
      workspace,
      { ...inputs, 'inventory-shards': PATTERN },
      service.env
    )
    expect(promote.code).toBe(1)
    expect(errorCommands(promote.stdout)[0]).toContain('No artifact of this workflow run matches')
  })
})

describe('the CLI, sharded', () => {
  it('inventory --shard ×N, then --artifacts-shards: the unsharded manifest, byte for byte', async () => {
    const { workspace, inputs } = release()
    const unsharded = await unshardedManifest(workspace, inputs)
    mkdirSync(path.join(workspace, 'shards'))
    const shards: string[] = []
    for (let index = 1; index <= COUNT; index++) {
      const out = `shards/${index}.json`
      const run = runCliBundle(workspace, [
        'inventory',
        '--artifacts',
        'data/**',
        '--out',
        out,
        '--shard',
        `${index}/${COUNT}`
      ])
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(new RegExp(`^Shard ${index} of ${COUNT}: \\d+ of 30 artifact`))
      shards.push('--artifacts-shards', out)
    }
    const promote = runCliBundle(workspace, [...cliFlags(inputs), ...shards])
    expect(promote.stderr).not.toContain('violation')
    expect(promote.code).toBe(0)
    expect(readFileSync(path.join(workspace, 'promotion_manifest.json')).equals(unsharded)).toBe(
      true
    )
  })
})
