// Gate D, remote assets (docs/decisions.md, "Remote assets"): the example release with its catalogs'
// asset links rewritten to the URLs of published copies, run through the real pipeline. Without
// fetch nothing is read: the checksums tie the links to the artifacts; with fetch a loopback
// server serves the copies (src/remote/ reads them, gate D judges what it read).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseOptions } from '../../src/options/parse.js'
import { evaluateRun } from '../../src/pipeline.js'
import { renderSummary } from '../../src/report/summary.js'
import {
  exampleFiles,
  exampleStore,
  publishExample,
  riverObjects,
  sha256Hex,
  startObjectServer,
  type ObjectServer
} from '../helpers/remote-copies.js'
import { copyExample, exampleInputs, removeTempDirs } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const BASE = 'https://data.example.org/'
const STAC_ITEM = 'catalog/stac/items/discharge_daily.json'

function run(workspace: string, inputs: Record<string, string> = {}) {
  return evaluateRun(parseOptions(exampleInputs(inputs), workspace))
}

function patchAsset(workspace: string, key: string, fields: Record<string, unknown>) {
  const file = path.join(workspace, STAC_ITEM)
  const item = JSON.parse(readFileSync(file, 'utf8'))
  Object.assign(item.assets[key], fields)
  for (const [name, value] of Object.entries(fields))
    if (value === undefined) delete item.assets[key][name]
  writeFileSync(file, JSON.stringify(item, null, 2))
}

const codes = (result: { violations: Array<{ code: string }> }) =>
  result.violations.map((v) => v.code)

describe('a remote link with a checksum names an artifact of the release', () => {
  it('passes, and the summary lists each link as the published copy of its artifact', async () => {
    const workspace = copyExample()
    publishExample(workspace, BASE, { checksums: true })
    const result = await run(workspace)
    expect(result.violations).toEqual([])
    expect(result.status).toBe('pass')
    expect(result.remoteAssets).toHaveLength(10)
    expect(result.remoteAssets).toContainEqual({
      url: 'https://data.example.org/river/discharge_daily.parquet',
      catalog: STAC_ITEM,
      copyOf: 'data/processed/discharge_daily.parquet',
      by: 'checksum'
    })
    const gateD = result.gates.find((g) => g.gate === 'D')!
    expect(gateD.checked).toContain(
      '10 remote asset links (10 https; remote-assets: require-checksum): 10 tied by checksum'
    )
    const summary = renderSummary(result)
    expect(summary).toContain('<b>Remote assets</b> (10)')
    expect(summary).toContain('| data/processed/discharge_daily.parquet | its checksum |')
    expect(summary).toContain(
      '| catalog/stac/items/discharge_daily.json | data/processed/discharge_cube.zarr/ | its checksum |'
    )
  })

  it('REMOTE_ASSET_UNKNOWN: a checksum of no artifact, at the line of the link', async () => {
    const workspace = copyExample()
    publishExample(workspace, BASE, { checksums: true })
    patchAsset(workspace, 'stations_geojson', { 'file:checksum': `1220${'ab'.repeat(32)}` })
    const result = await run(workspace)
    expect(codes(result)).toEqual(['REMOTE_ASSET_UNKNOWN'])
    const [found] = result.violations
    expect(found).toMatchObject({ gate: 'D', path: STAC_ITEM })
    expect(found!.line).toBeGreaterThan(1)
    expect(
      readFileSync(path.join(workspace, STAC_ITEM), 'utf8').split('\n')[found!.line! - 1]
    ).toContain('stations.geojson')
    expect(found!.message).toContain(`sha256:${'ab'.repeat(32)}`)
  })

  it("says so when the file name of the link is not the artifact's, and passes", async () => {
    const workspace = copyExample()
    publishExample(workspace, BASE, { checksums: true })
    patchAsset(workspace, 'stations_geojson', { href: `${BASE}river/stations-v2.geojson` })
    const result = await run(workspace)
    expect(result.violations).toEqual([])
    expect(result.remoteAssets).toContainEqual({
      url: 'https://data.example.org/river/stations-v2.geojson',
      catalog: STAC_ITEM,
      copyOf: 'data/processed/stations.geojson',
      by: 'checksum',
      note: "file name stations-v2.geojson is not the artifact's (stations.geojson)"
    })
    expect(result.gates.find((g) => g.gate === 'D')!.checked.join('\n')).toContain(
      "1 whose file name is not its artifact's"
    )
  })

  it('a checksum that is not SHA-256 cannot be matched: CHECKSUM_UNSUPPORTED', async () => {
    const workspace = copyExample()
    publishExample(workspace, BASE, { checksums: true })
    patchAsset(workspace, 'stations_geojson', { 'file:checksum': `d50110${'ab'.repeat(16)}` })
    expect(codes(await run(workspace))).toEqual(['CHECKSUM_UNSUPPORTED'])
  })

  it('counts every scheme, and reads nothing without fetch', async () => {
    const workspace = copyExample()
    const schemes = [
      's3://bucket/',
      'gs://bucket/',
      'az://container/',
      'abfss://c@acct.dfs.core.windows.net/'
    ]
    let index = 0
    publishExample(workspace, BASE, {
      checksums: true,
      url: (name) => `${schemes[index++ % schemes.length]}river/${name}`
    })
    const result = await run(workspace)
    expect(result.violations).toEqual([])
    expect(result.gates.find((g) => g.gate === 'D')!.checked.join('\n')).toContain(
      '10 remote asset links (3 gs, 2 az, 2 abfss, 3 s3; remote-assets: require-checksum)'
    )
  })

  it('shows a link without the credentials it carries', async () => {
    const workspace = copyExample()
    publishExample(workspace, BASE, { checksums: true })
    patchAsset(workspace, 'stations_geojson', {
      href: 'https://publisher:hunter2@data.example.org/river/stations.geojson?sig=s3cr3t&sv=1',
      'file:checksum': undefined
    })
    const result = await run(workspace)
    expect(codes(result)).toEqual(['REMOTE_ASSET_UNVERIFIED'])
    const shown = JSON.stringify(result) + renderSummary(result)
    expect(shown).not.toMatch(/hunter2|s3cr3t|publisher/)
    expect(result.violations[0]!.message).toContain(
      'https://data.example.org/river/stations.geojson?sig=…&sv=…'
    )
  })
})

describe('a remote link without a checksum follows remote-assets', () => {
  it('require-checksum (the default): REMOTE_ASSET_UNVERIFIED, with the checksum to add', async () => {
    const workspace = copyExample()
    publishExample(workspace, BASE, { checksums: false })
    const result = await run(workspace)
    expect(codes(result)).toEqual(Array(10).fill('REMOTE_ASSET_UNVERIFIED'))
    const stations = sha256Hex(exampleFiles().get('stations.geojson')!)
    expect(result.violations.map((v) => v.message)).toContainEqual(
      expect.stringContaining(
        `"file:checksum": "1220${stations}" (the digest of data/processed/stations.geojson)`
      )
    )
    expect(result.violations.map((v) => v.message)).toContainEqual(
      expect.stringContaining(`spdx:checksumValue ${stations}`)
    )
  })

  it('allow: passes, each link listed as unverified, with the artifact of its file name', async () => {
    const workspace = copyExample()
    publishExample(workspace, BASE, { checksums: false })
    const result = await run(workspace, { 'remote-assets': 'allow' })
    expect(result.violations).toEqual([])
    expect(result.remoteAssets).toContainEqual({
      url: 'https://data.example.org/river/basin_dem.tif',
      catalog: 'catalog/dcat.jsonld',
      by: 'unverified',
      note: 'not checked; by its file name, data/processed/basin_dem.tif'
    })
    const summary = renderSummary(result)
    expect(summary).toContain('⚠️ **10 remote asset links unverified**')
    expect(summary).toContain('⚠️ unverified')
  })

  it('refuses an unknown mode as a usage error', () => {
    expect(() => parseOptions(exampleInputs({ 'remote-assets': 'skip' }), copyExample())).toThrow(
      'remote-assets must be one of require-checksum, allow, fetch, not "skip".'
    )
  })
})

describe('remote-assets: fetch reads every link and compares its bytes', () => {
  let server: ObjectServer
  beforeEach(async () => {
    server = await startObjectServer(riverObjects())
  })
  afterEach(() => server.close())

  // The store's links stay local in these tests: fetch reads one object per link and refuses a
  // store's copy (see "a directory store's published copy" below).
  const fetchInputs = { 'remote-assets': 'fetch', 'remote-assets-timeout-seconds': '1' }

  it('passes when every copy holds its artifact, with or without checksums', async () => {
    for (const checksums of [true, false]) {
      const workspace = copyExample()
      publishExample(workspace, server.base, { checksums, store: 'local' })
      const result = await run(workspace, fetchInputs)
      expect(result.violations).toEqual([])
      expect(result.remoteAssets).toContainEqual({
        url: `${server.base}river/stations.geojson`,
        catalog: STAC_ITEM,
        copyOf: 'data/processed/stations.geojson',
        by: 'bytes'
      })
    }
    // Each distinct URL read once per run, though STAC and DCAT both link it.
    expect(server.requests.filter((r) => r.path === '/river/stations.geojson')).toHaveLength(2)
    expect(server.requests.every((r) => r.headers.authorization === undefined)).toBe(true)
  })

  it('REMOTE_ASSET_MISMATCH: a changed remote object, with its checksum or by its name', async () => {
    server.objects.set('/river/stations.geojson', Buffer.from('{"type":"FeatureCollection"}'))
    for (const checksums of [true, false]) {
      const workspace = copyExample()
      publishExample(workspace, server.base, { checksums, store: 'local' })
      const result = await run(workspace, fetchInputs)
      expect(codes(result)).toEqual(['REMOTE_ASSET_MISMATCH', 'REMOTE_ASSET_MISMATCH'])
      expect(result.violations[0]!.message).toContain('data/processed/stations.geojson')
    }
  })

  it('REMOTE_ASSET_UNKNOWN: bytes of no artifact behind a name no artifact has', async () => {
    server.objects.set('/river/other.bin', Buffer.from('other bytes'))
    const workspace = copyExample()
    publishExample(workspace, server.base, { checksums: false, store: 'local' })
    patchAsset(workspace, 'stations_geojson', { href: `${server.base}river/other.bin` })
    const result = await run(workspace, fetchInputs)
    expect(codes(result)).toEqual(['REMOTE_ASSET_UNKNOWN'])
  })

  it('REMOTE_ASSET_UNREADABLE: a 404 is said once, not retried', async () => {
    server.objects.delete('/river/stations.geojson')
    const workspace = copyExample()
    publishExample(workspace, server.base, { checksums: true, store: 'local' })
    const result = await run(workspace, fetchInputs)
    expect(codes(result)).toEqual(['REMOTE_ASSET_UNREADABLE', 'REMOTE_ASSET_UNREADABLE'])
    expect(result.violations[0]!.message).toContain('answered 404 Not Found')
    expect(server.requests.filter((r) => r.path === '/river/stations.geojson')).toHaveLength(1)
  })

  it('a 503 then the object passes: retried with backoff', async () => {
    const bytes = exampleFiles().get('stations.geojson')!
    server.objects.set('/river/stations.geojson', { status: 503, times: 1, then: bytes })
    const workspace = copyExample()
    publishExample(workspace, server.base, { checksums: true, store: 'local' })
    const result = await run(workspace, fetchInputs)
    expect(result.violations).toEqual([])
    expect(server.requests.filter((r) => r.path === '/river/stations.geojson')).toHaveLength(2)
  })

  it('a server that stalls fails that link after the timeout, tried 3 times', async () => {
    server.objects.set('/river/stations.geojson', { slow: true })
    const workspace = copyExample()
    publishExample(workspace, server.base, { checksums: true, store: 'local' })
    const result = await run(workspace, fetchInputs)
    expect(codes(result)).toEqual(['REMOTE_ASSET_UNREADABLE', 'REMOTE_ASSET_UNREADABLE'])
    expect(result.violations[0]!.message).toContain(
      'sent nothing for 1 s (remote-assets-timeout-seconds); tried 3 times.'
    )
  })

  it('a redirect loop is cut, with a sentence', async () => {
    server.objects.set('/river/stations.geojson', { redirect: '/loop/a' })
    server.objects.set('/loop/a', { redirect: '/loop/b' })
    server.objects.set('/loop/b', { redirect: '/loop/a' })
    const workspace = copyExample()
    publishExample(workspace, server.base, { checksums: true, store: 'local' })
    const result = await run(workspace, fetchInputs)
    expect(codes(result)).toEqual(['REMOTE_ASSET_UNREADABLE', 'REMOTE_ASSET_UNREADABLE'])
    expect(result.violations[0]!.message).toContain(
      'redirects more than 5 times (a redirect loop?)'
    )
  })

  it('follows a redirect to another host without any credential', async () => {
    const other = await startObjectServer(riverObjects(), 'localhost')
    try {
      server.objects.set('/river/stations.geojson', {
        redirect: `${other.base}river/stations.geojson`
      })
      const workspace = copyExample()
      publishExample(workspace, server.base, { checksums: true, store: 'local' })
      const result = await run(workspace, fetchInputs)
      expect(result.violations).toEqual([])
      const there = other.requests.filter((r) => r.path === '/river/stations.geojson')
      expect(there).toHaveLength(1)
      expect(there[0]!.headers.authorization).toBeUndefined()
      expect(there[0]!.headers.cookie).toBeUndefined()
    } finally {
      await other.close()
    }
  })

  it('refuses a redirect to another scheme, or from https down to http', async () => {
    server.objects.set('/river/stations.geojson', { redirect: 'file:///etc/passwd' })
    const workspace = copyExample()
    publishExample(workspace, server.base, { checksums: true, store: 'local' })
    const result = await run(workspace, fetchInputs)
    expect(codes(result)).toEqual(['REMOTE_ASSET_UNREADABLE', 'REMOTE_ASSET_UNREADABLE'])
    expect(result.violations[0]!.message).toContain(
      'redirects to a file: URL, which is not followed'
    )
  })

  it('refuses a link that carries a password, without asking any server', async () => {
    const workspace = copyExample()
    publishExample(workspace, server.base, { checksums: true, store: 'local' })
    const withPassword = server.base.replace('http://', 'http://publisher:hunter2@')
    patchAsset(workspace, 'stations_geojson', { href: `${withPassword}river/stations.geojson` })
    const result = await run(workspace, fetchInputs)
    expect(codes(result)).toEqual(['REMOTE_ASSET_UNREADABLE'])
    expect(result.violations[0]!.message).toContain('carries a user name or password')
    expect(JSON.stringify(result)).not.toContain('hunter2')
  })

  it('refuses gs:// with a sentence saying what to link instead', async () => {
    const workspace = copyExample()
    publishExample(workspace, server.base, { checksums: true, store: 'local' })
    patchAsset(workspace, 'stations_geojson', { href: 'gs://bucket/river/stations.geojson' })
    const result = await run(workspace, fetchInputs)
    expect(codes(result)).toEqual(['REMOTE_ASSET_UNREADABLE'])
    expect(result.violations[0]!.message).toContain('https://storage.googleapis.com/')
  })
})

describe("a directory store's published copy: a folder of objects, not one object", () => {
  const store = exampleStore()
  const storeHex = store.digest.slice('sha256:'.length)

  it('is tied by the store digest its links carry, STAC without its / and DCAT with it', async () => {
    const workspace = copyExample()
    // The example's own checksum is the digest made here from the store's files.
    const item = JSON.parse(readFileSync(path.join(workspace, STAC_ITEM), 'utf8'))
    expect(item.assets.discharge_cube_zarr['file:checksum']).toBe(`1220${storeHex}`)
    publishExample(workspace, BASE, { checksums: true })
    const result = await run(workspace)
    expect(result.violations).toEqual([])
    const copies = result.remoteAssets!.filter((copy) => copy.copyOf === store.path)
    expect(copies).toEqual([
      {
        url: 'https://data.example.org/river/discharge_cube.zarr/',
        catalog: 'catalog/dcat.jsonld',
        copyOf: store.path,
        by: 'checksum'
      },
      {
        url: 'https://data.example.org/river/discharge_cube.zarr',
        catalog: STAC_ITEM,
        copyOf: store.path,
        by: 'checksum'
      }
    ])
  })

  it('without a checksum: the store digest is the one to add, or the store the guess', async () => {
    const workspace = copyExample()
    publishExample(workspace, BASE, { checksums: false })
    const refused = await run(workspace)
    expect(refused.violations.map((v) => v.message)).toContainEqual(
      expect.stringContaining(`"file:checksum": "1220${storeHex}" (the digest of ${store.path})`)
    )
    const allowed = await run(workspace, { 'remote-assets': 'allow' })
    expect(allowed.remoteAssets).toContainEqual({
      url: 'https://data.example.org/river/discharge_cube.zarr/',
      catalog: 'catalog/dcat.jsonld',
      by: 'unverified',
      note: `not checked; by its file name, ${store.path}`
    })
  })

  describe('remote-assets: fetch', () => {
    let server: ObjectServer
    beforeEach(async () => {
      server = await startObjectServer(riverObjects())
    })
    afterEach(() => server.close())
    const fetchInputs = { 'remote-assets': 'fetch', 'remote-assets-timeout-seconds': '1' }

    /** The example published with its store remote, run with fetch; the messages in order. */
    async function storeRun(checksums: boolean) {
      const workspace = copyExample()
      publishExample(workspace, server.base, { checksums })
      const result = await run(workspace, fetchInputs)
      return { result, messages: result.violations.map((v) => v.message) }
    }

    it('refuses a link to a store with a sentence saying to tie it by its checksum', async () => {
      for (const checksums of [true, false]) {
        const { result, messages } = await storeRun(checksums)
        expect(codes(result)).toEqual(['REMOTE_ASSET_UNREADABLE', 'REMOTE_ASSET_UNREADABLE'])
        for (const message of messages) {
          expect(message).toContain(`the published copy of the directory store ${store.path}`)
          expect(message).toContain('remote-assets: fetch reads one object per link')
          expect(message).toContain('run with remote-assets: require-checksum')
        }
        expect(messages[0]).toContain(`spdx:checksumValue ${storeHex}`)
        expect(messages[1]).toContain(`"file:checksum": "1220${storeHex}"`)
        // The files' links beside it are read and compared as ever.
        expect(result.remoteAssets!.filter((copy) => copy.by === 'bytes')).toHaveLength(8)
      }
      // The link written with its / names a folder: not asked for at all.
      expect(server.requests.map((r) => r.path)).not.toContain('/river/discharge_cube.zarr/')
    })

    it('never takes one object that hashes to the store digest for the store', async () => {
      // The store's own sha256sum listing, published as one object where the store should be:
      // its bytes have the store's digest, yet none of the store's chunks is there.
      server.objects.set('/river/discharge_cube.zarr', Buffer.from(store.listing))
      server.objects.set('/river/discharge_cube.zarr/', Buffer.from(store.listing))
      for (const checksums of [true, false]) {
        const { result, messages } = await storeRun(checksums)
        expect(codes(result)).toEqual(['REMOTE_ASSET_UNREADABLE', 'REMOTE_ASSET_UNREADABLE'])
        expect(messages.every((m) => m.includes(`directory store ${store.path}`))).toBe(true)
        expect(result.remoteAssets!.some((copy) => copy.copyOf === store.path)).toBe(false)
      }
    })
  })
})
