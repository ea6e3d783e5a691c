// Upload, proven: the bundled action, run as the runner runs it, uploads through the real
// @actions/artifact client into a real blob store (Azurite) on loopback; what lands there is
// downloaded and compared byte for byte. The artifact service's two calls are served by a
// loopback stand-in (GitHub's service cannot run here).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
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
    expect(result.summary).toContain(
      `- **upload:** the manifest, its Statement and its checksums file, as the artifact <code>${name}</code>\n`
    )
    const files = await service.download(name)
    const manifest = readFileSync(path.join(workspace, 'promotion_manifest.json'))
    const statement = readFileSync(path.join(workspace, 'promotion_manifest.intoto.json'))
    expect([...files.keys()].sort()).toEqual([
      'promotion_manifest.intoto.json',
      'promotion_manifest.json',
      'promotion_manifest.sha256sums'
    ])
    expect(result.outputs['artifact-digest']).toBe(service.finalized[0]!.hash)
    expect(result.outputs['artifact-digest']).toMatch(/^sha256:[0-9a-f]{64}$/)
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

describe('an artifact name someone else wrote', () => {
  // The artifact client logs the name as it is ("Artifact <name> successfully finalized"), past
  // our escaping; the name itself must therefore carry nothing the runner would act on.
  it.each([
    ['the legacy command form', 'gauges ##[error]forged', 'gauges #-[error]forged'],
    [
      'a workflow command after a line separator',
      'gauges\u2028::warning::forged',
      'gauges---warning--forged'
    ],
    ['a bidirectional override', 'gauges\u202eFEB', 'gauges-FEB']
  ])(
    '%s: uploaded under a plain name, and no line of the log is a command',
    async (_, given, plain) => {
      const result = await runActionAsync(
        copyExample(),
        exampleInputs({ upload: 'true', 'artifact-name': given }),
        service.env
      )
      expect(result.code).toBe(0)
      expect(service.finalized.map((f) => f.name)).toEqual([plain])
      expect(result.stdout).toContain(`Artifact ${plain}`)
      expect(result.stdout).not.toContain('##[')
      expect(result.stdout).not.toMatch(/^\s*::warning/mu)
      expect(result.stdout).not.toContain('\u202e')
    }
  )
})

describe('a re-run of the same job', () => {
  it('fails on the name already taken, unless overwrite replaces the earlier artifact', async () => {
    const workspace = copyExample()
    const inputs = exampleInputs({ upload: 'true' })
    expect((await runActionAsync(workspace, inputs, service.env)).code).toBe(0)
    const again = await runActionAsync(workspace, inputs, service.env)
    expect(again.code).toBe(1)
    expect(errorCommands(again.stdout).join('\n')).toContain('artifact-name is unique')
    const replaced = await runActionAsync(workspace, { ...inputs, overwrite: 'true' }, service.env)
    expect(replaced.stderr).toBe('')
    expect(replaced.code).toBe(0)
    expect(service.finalized.map((f) => Boolean(f.deleted))).toEqual([true, false])
    expect(service.requests.map((r) => r.method)).toContain('DeleteArtifact')
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
    expect(result.summary).toContain(
      `- **upload:** the violations report, as the artifact <code>${name}</code>\n`
    )
    const files = await service.download(name)
    const report = JSON.parse(files.get('promotion_violations.json')!.toString())
    expect(report.status).toBe('fail')
    expect(report.violations.map((v: { code: string }) => v.code)).toContain('SLUG_INVALID')
    expect(existsSync(path.join(workspace, 'promotion_manifest.json'))).toBe(false)
  })
})

describe('upload failures fail the job with a message that says what to check', () => {
  it('report upload refused: a warning, and the job still fails on its violations', async () => {
    service.behaviour = 'refuse'
    const result = await runActionAsync(
      copyExample(),
      exampleInputs({ upload: 'true', 'dataset-slug': 'Bad Slug' }),
      service.env
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^::warning::Uploading the violations report as .* failed: /m)
    expect(errorCommands(result.stdout).at(-1)).toMatch(/^::error::Promotion blocked: /)
    expect(result.outputs.status).toBe('fail')
  })

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

describe('an upload cut off mid-stream', () => {
  it('fails the job with what to check, finalizes no artifact, and keeps the manifest', async () => {
    service.behaviour = 'drop-blob'
    const workspace = copyExample()
    const result = await runActionAsync(
      workspace,
      exampleInputs({ upload: 'true', 'upload-timeout-seconds': '20' }),
      service.env
    )
    expect(result.code).toBe(1)
    const errors = errorCommands(result.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('uploading it as the artifact')
    expect(errors[0]).toContain('Check that the job can reach the artifact service')
    expect(service.requests.some((r) => r.method.startsWith('blob'))).toBe(true)
    expect(service.requests.map((r) => r.method)).not.toContain('FinalizeArtifact')
    expect(service.finalized).toEqual([])
    expect(result.outputs['artifact-id']).toBeUndefined()
    // The manifest passed and stays, complete, for a re-run to upload.
    const manifest = JSON.parse(
      readFileSync(path.join(workspace, 'promotion_manifest.json'), 'utf8')
    )
    expect(manifest.dataset_slug).toBe('river_gauges')
  }, 60_000)
})

describe('secrets', () => {
  // Shaped like the real ones; none of them is a credential anywhere.
  const githubToken = `ghs_${'Zq7x'.repeat(9)}`
  const pasted = `ghp_${'Kf3m'.repeat(9)}`

  /** Everything a run leaves for people to read: outputs, summary, logs, files, uploads. */
  async function everythingWritten(
    workspace: string,
    result: Awaited<ReturnType<typeof runActionAsync>>,
    before: Set<string>
  ): Promise<string[]> {
    const texts = [
      // The runner consumes ::add-mask:: lines to hide the value; they are never shown.
      result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      result.stderr,
      result.summary,
      JSON.stringify(result.outputs)
    ]
    for (const file of readdirSync(workspace, { recursive: true, encoding: 'utf8' }))
      if (!before.has(file) && statSync(path.join(workspace, file)).isFile())
        texts.push(readFileSync(path.join(workspace, file), 'utf8'))
    for (const { name } of service.finalized)
      for (const bytes of (await service.download(name)).values()) texts.push(bytes.toString())
    return texts
  }

  it.each([
    ['a passing run', 'policy/decision.json', 'pass'],
    ['a failing run that quotes the document', 'qa/report.json', 'fail']
  ])(
    'no token reaches any output, summary, log line, file or upload: %s',
    async (_, document, status) => {
      const workspace = copyExample()
      const file = path.join(workspace, document)
      const value = JSON.parse(readFileSync(file, 'utf8'))
      if (document === 'qa/report.json') value.status = `pass ${pasted}`
      else value.obligations[0].note = `rotate ${pasted} after use`
      writeFileSync(file, JSON.stringify(value, null, 2))
      const before = new Set(readdirSync(workspace, { recursive: true, encoding: 'utf8' }))
      const result = await runActionAsync(
        workspace,
        exampleInputs({ upload: 'true', 'github-token': githubToken }),
        { ...service.env, GITHUB_TOKEN: githubToken }
      )
      expect(result.outputs.status).toBe(status)
      expect(result.code).toBe(status === 'pass' ? 0 : 1)
      expect(result.stdout).toContain(`::add-mask::${githubToken}`)
      const runtime = service.env.ACTIONS_RUNTIME_TOKEN!
      const texts = await everythingWritten(workspace, result, before)
      expect(texts.length).toBeGreaterThanOrEqual(5)
      for (const text of texts) {
        for (const secret of [runtime, runtime.split('.')[1]!, githubToken, pasted])
          expect(text).not.toContain(secret)
      }
      if (status === 'fail') expect(texts.join('\n')).toContain('pass [redacted]')
    }
  )
})
