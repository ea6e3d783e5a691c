// The action adapter on its own: @actions/core is mocked (as the typescript-action template does),
// so these tests read what run() asked the runner to do. The real module, through dist/, is in
// the e2e project.
import { jest } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { copyExample, exampleInputs, removeTempDirs, tempDir } from '../helpers/workspace.js'
import { shardOf } from '../../src/inventory/partition.js'
import { compareText } from '../../src/model/order.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/action/main.js')

afterAll(removeTempDirs)

function given(inputs: Record<string, string>, workspace: string): void {
  for (const name of Object.keys(core.inputs)) delete core.inputs[name]
  Object.assign(core.inputs, inputs)
  process.env.GITHUB_WORKSPACE = workspace
  // Where a failed run puts its violations report, as the runner's RUNNER_TEMP: a folder the test
  // removes, not the system's temporary folder.
  process.env.RUNNER_TEMP = tempDir('pm-runner-temp-')
  delete process.env.GITHUB_STEP_SUMMARY
}

const outputs = (): Record<string, unknown> =>
  Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, value]))

beforeEach(() => jest.clearAllMocks())

describe('run()', () => {
  it('passes the example: outputs set, manifest written, nothing failed', async () => {
    const workspace = copyExample()
    given(exampleInputs(), workspace)
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs()).toMatchObject({ status: 'pass', violations: '[]' })
    expect(outputs()['manifest-digest']).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(existsSync(path.join(workspace, 'promotion_manifest.json'))).toBe(true)
  })

  it('takes a pass back when its files then do not move: outputs emptied, summary told', async () => {
    const workspace = copyExample()
    given(exampleInputs(), workspace)
    process.env.GITHUB_STEP_SUMMARY = path.join(tempDir(), 'summary.md')
    // Written before the files move; meanwhile a directory appears where the manifest goes.
    core.summary.write.mockImplementationOnce(async () => {
      mkdirSync(path.join(workspace, 'promotion_manifest.json'))
      return core.summary
    })
    await run()
    delete process.env.GITHUB_STEP_SUMMARY
    expect(core.setFailed.mock.calls).toEqual([
      [
        'Could not write promotion_manifest.json: promotion_manifest.json is a directory; remove it or choose another out. Nothing was written, and files already there are unchanged.'
      ]
    ])
    const statuses = core.setOutput.mock.calls.filter(([name]) => name === 'status')
    expect(statuses.map(([, value]) => value)).toEqual(['pass', ''])
    expect(outputs()).toMatchObject({
      status: '',
      'manifest-path': '',
      'manifest-digest': '',
      'manifest-canonical-digest': '',
      'statement-path': '',
      'checksums-path': ''
    })
    const added = core.summary.addRaw.mock.calls.map((call) => String((call as unknown[])[0]))
    expect(added).toHaveLength(2)
    expect(added[0]).toContain('may be promoted')
    expect(added[1]).toMatch(
      /^\n## ❌ No manifest was written\n\nCould not write promotion_manifest\.json: /
    )
    // The sidecars were new: renamed into place, then removed again.
    expect(readdirSync(workspace).filter((name) => name.includes('promotion_manifest'))).toEqual([
      'promotion_manifest.json'
    ])
  })

  it('a failing run whose outputs cannot be written says which runner file, and why', async () => {
    given(exampleInputs({ 'qa-report': 'missing.json' }), copyExample())
    const runners = process.env.GITHUB_OUTPUT
    process.env.GITHUB_OUTPUT = '/runner/output'
    core.setOutput.mockImplementationOnce(() => {
      throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' })
    })
    await run()
    process.env.GITHUB_OUTPUT = runners
    if (runners === undefined) delete process.env.GITHUB_OUTPUT
    expect(core.setFailed.mock.calls).toEqual([
      [
        "Could not write the step's outputs: the runner's GITHUB_OUTPUT file (/runner/output) is a directory; check how the runner sets GITHUB_OUTPUT."
      ]
    ])
  })

  it('fails with one line naming the first violation, and annotates every violation', async () => {
    const workspace = copyExample()
    given(exampleInputs({ 'qa-report': 'missing.json' }), workspace)
    await run()
    expect(outputs()).toMatchObject({ status: 'fail' })
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(String(core.setFailed.mock.calls[0]![0])).toMatch(
      /^Promotion blocked: \d+ violations?; first: \[F QA_REPORT_INVALID\]/
    )
    expect(core.error.mock.calls.map(([, p]) => p?.title)).toContain('Gate F: QA_REPORT_INVALID')
  })

  it('with fail-on-violation false, warns instead of failing', async () => {
    const workspace = copyExample()
    given(exampleInputs({ 'qa-report': 'missing.json', 'fail-on-violation': 'false' }), workspace)
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.warning.mock.calls.map(([m]) => String(m)).join('\n')).toContain(
      'fail-on-violation is false'
    )
  })

  it('turns a usage error into a failed step with the sentence, not a stack trace', async () => {
    given({ ...exampleInputs(), mode: 'deploy' }, copyExample())
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      'mode must be one of promote, verify, changed-datasets, inventory, publish, not "deploy".'
    )
  })

  it('mode: inventory writes the shard file and outputs its path', async () => {
    const workspace = copyExample()
    // The shard file goes under RUNNER_TEMP, as on a runner: here a folder the test removes.
    process.env.RUNNER_TEMP = tempDir('pm-runner-temp-')
    given(
      {
        mode: 'inventory',
        'dataset-slug': 'river_gauges',
        artifacts: 'data/processed/**',
        shard: '2/2',
        upload: 'false'
      },
      workspace
    )
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs()).toMatchObject({ status: 'pass', violations: '[]' })
    const shard = JSON.parse(readFileSync(String(outputs()['shard-path']), 'utf8'))
    // Every file is listed, a store's one by one; this shard holds those the partition gives it.
    const files = readdirSync(path.join(workspace, 'data', 'processed'), {
      recursive: true,
      withFileTypes: true
    })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(workspace, path.join(entry.parentPath, entry.name)))
    expect(shard).toMatchObject({ shard: { index: 2, count: 2 }, path_count: files.length })
    expect(shard.entries.map((e: { path: string }) => e.path)).toEqual(
      files.filter((file) => shardOf(file, 2) === 2).sort(compareText)
    )
    expect(String(outputs()['shard-path']).startsWith(process.env.RUNNER_TEMP)).toBe(true)
    delete process.env.RUNNER_TEMP
  })

  it.each([
    [{ shard: '' }, 'mode: inventory needs shard: I/N'],
    [{ shard: '3/2' }, 'shard must read I/N'],
    [{ 'dataset-slug': '' }, 'mode: inventory needs dataset-slug'],
    [{ artifacts: '' }, 'mode: inventory needs artifacts']
  ])('mode: inventory refuses %j', async (change, message) => {
    const inputs: Record<string, string> = {
      mode: 'inventory',
      'dataset-slug': 'river_gauges',
      artifacts: 'data/processed/**',
      shard: '1/2',
      upload: 'false',
      ...change
    }
    for (const [name, value] of Object.entries(inputs)) if (value === '') delete inputs[name]
    given(inputs, copyExample())
    await run()
    expect(String(core.setFailed.mock.calls[0]![0])).toContain(message)
  })

  it('refuses upload outside a job that can upload', async () => {
    given({ ...exampleInputs(), upload: 'true' }, copyExample())
    delete process.env.ACTIONS_RUNTIME_TOKEN
    await run()
    expect(String(core.setFailed.mock.calls[0]![0])).toMatch(/^upload is true, but this is not/)
  })

  it('masks the token before anything can print it', async () => {
    given({ ...exampleInputs(), 'github-token': 'ghs_secret' }, copyExample())
    await run()
    expect(core.setSecret).toHaveBeenCalledWith('ghs_secret')
  })
})
