// Upload, proven: the bundled action, run as the runner runs it, uploads through the real
// @actions/artifact client into a real blob store (Azurite) on loopback; what lands there is
// downloaded and compared byte for byte. The artifact service's two calls are served by a
// loopback stand-in (GitHub's service cannot run here).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { errorCommands, runActionAsync } from '../helpers/runner.js'
import { startArtifactService, type ArtifactService } from '../helpers/artifact-service.js'
import { copyExample, exampleInputs, removeTempDirs } from '../helpers/workspace.js'

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

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

describe('uploading a passing manifest', () => {
  it('lands in blob storage byte for byte, with its in-toto Statement', async () => {
    const workspace = copyExample()
    const result = await runActionAsync(workspace, exampleInputs({ upload: 'true' }), service.env)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const version = result.outputs['dataset-version-id']
    const name = `promotion-manifest-river_gauges-${version}`
    expect(service.finalized.map((f) => f.name)).toEqual([name])
    const files = await service.download(name)
    const manifest = readFileSync(path.join(workspace, 'promotion_manifest.json'))
    const statement = readFileSync(path.join(workspace, 'promotion_manifest.intoto.json'))
    expect([...files.keys()].sort()).toEqual([
      'promotion_manifest.intoto.json',
      'promotion_manifest.json'
    ])
    expect(files.get('promotion_manifest.json')!.equals(manifest)).toBe(true)
    expect(files.get('promotion_manifest.intoto.json')!.equals(statement)).toBe(true)
    const subject = JSON.parse(statement.toString()).subject[0]
    expect(subject).toEqual({
      name: 'promotion_manifest.json',
      digest: { sha256: sha256(files.get('promotion_manifest.json')!) }
    })
  })

  it('outputs the artifact id and URL, and sends the runtime token as a bearer token', async () => {
    const result = await runActionAsync(
      copyExample(),
      exampleInputs({ upload: 'true' }),
      service.env
    )
    const id = String(service.finalized[0]!.id)
    expect(result.outputs['artifact-id']).toBe(id)
    expect(result.outputs['artifact-url']).toBe(
      `https://github.com/kfm/datasets/actions/runs/4242/artifacts/${id}`
    )
    expect(service.requests.map((r) => r.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
    expect(
      service.requests.every(
        (r) => r.authorization === `Bearer ${service.env.ACTIONS_RUNTIME_TOKEN}`
      )
    ).toBe(true)
  })

  it('takes artifact-name and retention-days', async () => {
    const result = await runActionAsync(
      copyExample(),
      exampleInputs({
        upload: 'true',
        'artifact-name': 'river gauges: Feb',
        'retention-days': '7'
      }),
      service.env
    )
    expect(result.code).toBe(0)
    expect(service.finalized.map((f) => f.name)).toEqual(['river gauges- Feb'])
    const expires = new Date(String(service.requests[0]!.body.expires_at)).getTime()
    expect(Math.round((expires - Date.now()) / 86_400_000)).toBe(7)
  })
})

describe('a failing run', () => {
  it('uploads the violations report under its own name, and no manifest', async () => {
    const workspace = copyExample()
    const result = await runActionAsync(
      workspace,
      exampleInputs({ upload: 'true', 'dataset-slug': 'Bad Slug' }),
      service.env
    )
    expect(result.code).toBe(1)
    const name = `promotion-violations-Bad Slug-${result.outputs['dataset-version-id']}`
    expect(service.finalized.map((f) => f.name)).toEqual([name])
    const files = await service.download(name)
    const report = JSON.parse(files.get('promotion_violations.json')!.toString())
    expect(report.status).toBe('fail')
    expect(report.violations.map((v: { code: string }) => v.code)).toContain('SLUG_INVALID')
    expect(existsSync(path.join(workspace, 'promotion_manifest.json'))).toBe(false)
  })
})

describe('upload failures fail the job with a message that says what to check', () => {
  it('when the service refuses', async () => {
    service.behaviour = 'refuse'
    const result = await runActionAsync(
      copyExample(),
      exampleInputs({ upload: 'true' }),
      service.env
    )
    expect(result.code).toBe(1)
    const [error] = errorCommands(result.stdout)
    expect(error).toContain('uploading it as the artifact')
    expect(error).toContain('artifact uploads are disabled for this repository')
    expect(error).toContain('Check that the job can reach the artifact service')
  })

  it('when the service keeps failing: the client retries a bounded number of times', async () => {
    service.behaviour = 'error'
    const result = await runActionAsync(
      copyExample(),
      exampleInputs({ upload: 'true' }),
      service.env
    )
    expect(result.code).toBe(1)
    expect(errorCommands(result.stdout)[0]).toMatch(/Failed to make request after \d+ attempts/)
    expect(service.requests.length).toBeGreaterThan(1)
    expect(service.requests.length).toBeLessThanOrEqual(5)
  }, 90_000)

  it('when the service never answers: the upload times out', async () => {
    service.behaviour = 'hang'
    const started = Date.now()
    const result = await runActionAsync(
      copyExample(),
      exampleInputs({ upload: 'true', 'upload-timeout-seconds': '3' }),
      service.env
    )
    expect(result.code).toBe(1)
    expect(errorCommands(result.stdout)[0]).toContain(
      'did not finish within 3 s (upload-timeout-seconds)'
    )
    expect(Date.now() - started).toBeLessThan(30_000)
  })
})

describe('secrets', () => {
  it('the runtime token appears in no output, summary, log line or file', async () => {
    const workspace = copyExample()
    const result = await runActionAsync(workspace, exampleInputs({ upload: 'true' }), service.env)
    const token = service.env.ACTIONS_RUNTIME_TOKEN!
    const written = ['promotion_manifest.json', 'promotion_manifest.intoto.json'].map((f) =>
      readFileSync(path.join(workspace, f), 'utf8')
    )
    for (const text of [
      result.stdout,
      result.stderr,
      result.summary,
      JSON.stringify(result.outputs),
      ...written
    ]) {
      expect(text).not.toContain(token)
      expect(text).not.toContain(token.split('.')[1]!)
    }
  })
})
