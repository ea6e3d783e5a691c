// Verifying a written manifest with a directory store: every file in the store is checked, strict
// or not, and a changed, added or removed file is named, with the checksums file beside the
// manifest saying what each file was.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseOptions, parseVerifyOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { verifyWritten } from '../../src/verify-written.js'
import { copyExample, exampleInputs, removeTempDirs } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const CUBE = 'data/processed/discharge_cube.zarr/'

async function promoted(): Promise<string> {
  const workspace = copyExample()
  const result = await promote(parseOptions(exampleInputs(), workspace))
  expect(result.violations).toEqual([])
  return workspace
}

const verify = (workspace: string, raw: Record<string, string> = {}) =>
  verifyWritten(parseVerifyOptions({ manifest: 'promotion_manifest.json', ...raw }, workspace))

const found = (result: { violations: Array<{ code: string; path: string }> }) =>
  result.violations.map((v) => [v.code, v.path])

describe('verifying a directory store', () => {
  it('passes on what promotion wrote, under strict patterns too', async () => {
    const workspace = await promoted()
    const result = await verify(workspace, { strict: 'data/processed/**\ncatalog/**' })
    expect(result.violations).toEqual([])
  })

  it('names a changed, an added and a removed file of the store, without strict', async () => {
    const workspace = await promoted()
    writeFileSync(path.join(workspace, CUBE, 'discharge', '0.0'), 'changed')
    writeFileSync(path.join(workspace, CUBE, 'discharge', '9.9'), 'added')
    rmSync(path.join(workspace, CUBE, '.zattrs'))
    const result = await verify(workspace)
    expect(found(result)).toEqual([
      ['FILE_MISSING', `${CUBE}.zattrs`],
      ['DIGEST_MISMATCH', `${CUBE}discharge/0.0`],
      ['FILE_UNLISTED', `${CUBE}discharge/9.9`]
    ])
  })

  it('reports an added file once under strict patterns, in the shard that holds the store', async () => {
    const workspace = await promoted()
    writeFileSync(path.join(workspace, CUBE, 'late.0'), 'added')
    const strict = 'data/processed/**'
    expect(found(await verify(workspace, { strict }))).toEqual([['FILE_UNLISTED', `${CUBE}late.0`]])
    const shards = await Promise.all(
      [1, 2, 3].map((index) => verify(workspace, { shard: `${index}/3`, strict }))
    )
    expect(shards.flatMap(found)).toEqual([['FILE_UNLISTED', `${CUBE}late.0`]])
  })

  it('says the store digest differs when no checksums file names its files', async () => {
    const workspace = await promoted()
    rmSync(path.join(workspace, 'promotion_manifest.sha256sums'))
    writeFileSync(path.join(workspace, CUBE, 'discharge', '1.0'), 'changed')
    const result = await verify(workspace)
    expect(found(result)).toEqual([['DIGEST_MISMATCH', CUBE]])
    expect(result.violations[0]!.message).toContain('checksums file')
  })

  it('reports a store that is gone as one missing artifact', async () => {
    const workspace = await promoted()
    renameSync(path.join(workspace, CUBE), path.join(workspace, 'data', 'elsewhere'))
    expect(found(await verify(workspace))).toEqual([['FILE_MISSING', CUBE]])
  })

  it('refuses a checksums file whose lines for the store do not make its digest', async () => {
    const workspace = await promoted()
    const sums = path.join(workspace, 'promotion_manifest.sha256sums')
    const lines = readFileSync(sums, 'utf8').split('\n')
    const first = lines.findIndex((line) => line.slice(66).startsWith(CUBE))
    const chunk = lines.findIndex((line) => line.endsWith(`${CUBE}discharge/0.0`))
    lines[chunk] = `${'0'.repeat(64)}${lines[chunk]!.slice(64)}`
    writeFileSync(sums, lines.join('\n'))
    const result = await verify(workspace)
    // The files are as promoted; the sidecar disagrees with the manifest from the store's lines on.
    expect(result.violations.map((v) => [v.code, v.path, v.line])).toEqual([
      ['SIDECAR_MISMATCH', 'promotion_manifest.sha256sums', first + 1]
    ])
  })
})
