// Remote assets through dist/, as the runner runs it: the example release with its catalogs
// linking published copies, in each remote-assets mode. The copies are served on loopback: by an
// HTTP server, by s3rver (S3) and by Azurite (Azure blobs), read by the bundled SDKs.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob'
import S3rver from 's3rver'
import { ACCOUNT, KEY, startAzurite } from '../helpers/artifact-service.js'
import { serveFiles } from '../helpers/fixture-server.js'
import {
  exampleFiles,
  publishExample,
  riverObjects,
  startObjectServer
} from '../helpers/remote-copies.js'
import { PROJECT, runAction, runActionAsync, runCliBundle } from '../helpers/runner.js'
import {
  cliFlags,
  copyExample,
  exampleInputs,
  removeTempDirs,
  tempDir
} from '../helpers/workspace.js'

afterAll(removeTempDirs)

const BASE = 'https://data.example.org/'

function violationCodes(outputs: Record<string, string>): string[] {
  return (JSON.parse(outputs.violations ?? '[]') as Array<{ code: string }>).map((v) => v.code)
}

describe('remote-assets: require-checksum (the default)', () => {
  it('passes links whose checksums name artifacts, and lists them in the summary', () => {
    const workspace = copyExample()
    publishExample(workspace, BASE, { checksums: true })
    const run = runAction(workspace, exampleInputs())
    expect(run.code).toBe(0)
    expect(existsSync(path.join(workspace, 'promotion_manifest.json'))).toBe(true)
    expect(run.summary).toContain(
      '10 remote asset links (10 https; remote-assets: require-checksum)'
    )
    expect(run.summary).toContain('<b>Remote assets</b> (10)')
    expect(run.summary).toContain(
      '| catalog/stac/items/discharge_daily.json | data/processed/stations.geojson | its checksum |'
    )
    // The store's links (a folder's copy) are tied by the store's digest, its dirHash.
    expect(run.summary).toContain(
      '| catalog/stac/items/discharge_daily.json | data/processed/discharge_cube.zarr/ | its checksum |'
    )
  })

  it('refuses links without checksums, saying what to add, and writes no manifest', () => {
    const workspace = copyExample()
    publishExample(workspace, BASE, { checksums: false })
    const run = runAction(workspace, exampleInputs())
    expect(run.code).toBe(1)
    expect(violationCodes(run.outputs)).toEqual(Array(10).fill('REMOTE_ASSET_UNVERIFIED'))
    expect(run.stdout).toContain('"file:checksum": "1220')
    expect(existsSync(path.join(workspace, 'promotion_manifest.json'))).toBe(false)
  })
})

describe('remote-assets: allow', () => {
  it('passes, listing every link as unverified', () => {
    const workspace = copyExample()
    publishExample(workspace, BASE, { checksums: false })
    const run = runAction(workspace, exampleInputs({ 'remote-assets': 'allow' }))
    expect(run.code).toBe(0)
    expect(run.summary).toContain('⚠️ **10 remote asset links unverified** (remote-assets: allow)')
    expect(run.summary.match(/\| ⚠️ unverified/g)).toHaveLength(10)
  })
})

describe('remote-assets: fetch', () => {
  // The store's links stay local here: fetch reads one object per link and refuses a store's
  // copy, a folder of objects (__tests__/gates/remote-assets.test.ts).
  const FETCH = { 'remote-assets': 'fetch', 'remote-assets-timeout-seconds': '5' }

  it('over http: passes when the copies hold the artifacts, fails on a changed one', async () => {
    const server = await startObjectServer(riverObjects())
    try {
      const workspace = copyExample()
      publishExample(workspace, server.base, { checksums: true, store: 'local' })
      const passed = await runActionAsync(workspace, exampleInputs(FETCH))
      expect(passed.code).toBe(0)
      expect(passed.summary).toContain('8 read and compared')
      server.objects.set('/river/basin_dem.tif', Buffer.from('another raster'))
      const failed = await runActionAsync(workspace, exampleInputs(FETCH))
      expect(failed.code).toBe(1)
      expect(violationCodes(failed.outputs)).toEqual([
        'REMOTE_ASSET_MISMATCH',
        'REMOTE_ASSET_MISMATCH'
      ])
    } finally {
      await server.close()
    }
  })

  it('through the CLI flag', () => {
    const files: Record<string, Uint8Array> = {}
    for (const [name, bytes] of exampleFiles()) files[`/river/${name}`] = bytes
    // Served from a worker thread: spawnSync stops this thread's event loop.
    const base = serveFiles(files)
    const workspace = copyExample()
    publishExample(workspace, base, { checksums: false, store: 'local' })
    const run = runCliBundle(workspace, cliFlags(exampleInputs(FETCH)))
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 })
    expect(run.stderr).toContain('gate D pass')
  })

  it('s3:// with the bundled AWS SDK, against s3rver', async () => {
    const server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: tempDir('pm-s3-'),
      configureBuckets: [{ name: 'river-data', configs: [] }]
    })
    const { port } = (await server.run()) as AddressInfo
    try {
      const env = {
        AWS_ACCESS_KEY_ID: 'S3RVER',
        AWS_SECRET_ACCESS_KEY: 'S3RVER',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`
      }
      const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3')
      const client = new S3Client({ ...envConfig(env), forcePathStyle: true })
      for (const [name, bytes] of exampleFiles())
        await client.send(new PutObjectCommand({ Bucket: 'river-data', Key: name, Body: bytes }))
      const workspace = copyExample()
      publishExample(workspace, '', {
        checksums: true,
        store: 'local',
        url: (name) => `s3://river-data/${name}`
      })
      const run = await runActionAsync(workspace, exampleInputs(FETCH), env)
      expect({ code: run.code, violations: run.outputs.violations }).toMatchObject({ code: 0 })
      expect(run.summary).toContain('| s3://river-data/stations.geojson |')
      expect(run.stdout + run.summary).not.toContain('S3RVER')
    } finally {
      await server.close()
    }
  })

  it('az:// with the bundled Azure SDK, against Azurite', async () => {
    const azurite = await startAzurite()
    try {
      const blobs = new BlobServiceClient(azurite.url, new StorageSharedKeyCredential(ACCOUNT, KEY))
      const container = blobs.getContainerClient('river')
      await container.createIfNotExists()
      for (const [name, bytes] of exampleFiles())
        await container.getBlockBlobClient(name).uploadData(bytes)
      const workspace = copyExample()
      publishExample(workspace, '', {
        checksums: true,
        store: 'local',
        url: (name) => `az://river/${name}`
      })
      const run = await runActionAsync(workspace, exampleInputs(FETCH), {
        AZURE_STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=${azurite.url};`
      })
      expect({ code: run.code, violations: run.outputs.violations }).toMatchObject({ code: 0 })
      expect(run.summary).toContain('8 read and compared')
      expect(run.stdout + run.summary).not.toContain(KEY)
    } finally {
      azurite.process.kill()
    }
  }, 60_000)
})

describe('the SDKs are loaded only when a link needs them', () => {
  // Records every module file the process loads (ESM chunks included), through module hooks.
  const HOOK = `
import { registerHooks } from 'node:module'
import { appendFileSync } from 'node:fs'
registerHooks({
  load(url, context, next) {
    appendFileSync(process.env.MODULE_LOG, url + '\\n')
    return next(url, context)
  }
})
`
  /** The chunks of dist/ that hold a text: where ncc put a dynamically imported package. */
  function chunksHolding(text: string): string[] {
    return readdirSync(path.join(PROJECT, 'dist'))
      .filter((name) => name.endsWith('.index.js'))
      .filter((name) => readFileSync(path.join(PROJECT, 'dist', name), 'utf8').includes(text))
  }

  function loadedChunks(
    workspace: string,
    inputs: Record<string, string>,
    env: NodeJS.ProcessEnv = {}
  ) {
    const dir = tempDir('pm-modules-')
    const hook = path.join(dir, 'hook.mjs')
    const log = path.join(dir, 'modules.log')
    writeFileSync(hook, HOOK)
    writeFileSync(log, '')
    const run = runAction(workspace, inputs, {
      ...env,
      NODE_OPTIONS: `--import ${pathToFileURL(hook).href}`,
      MODULE_LOG: log
    })
    const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean)
    return { run, loaded: loaded.map((url) => path.basename(url)) }
  }

  it('a run without fetch loads neither the reader nor an SDK; one with an s3:// link does', () => {
    const s3 = chunksHolding('HeadObjectCommand')
    const reader = chunksHolding('redirects more than')
    expect(s3.length).toBeGreaterThan(0)
    expect(reader.length).toBeGreaterThan(0)
    const workspace = copyExample()
    publishExample(workspace, '', { checksums: true, url: (name) => `s3://river-data/${name}` })
    const plain = loadedChunks(workspace, exampleInputs())
    expect(plain.run.code).toBe(0)
    expect(plain.loaded).toContain('index.js')
    for (const chunk of [...s3, ...reader]) expect(plain.loaded).not.toContain(chunk)
    const fetching = loadedChunks(
      workspace,
      exampleInputs({ 'remote-assets': 'fetch', 'remote-assets-timeout-seconds': '1' }),
      // Nothing listens there: the SDK is loaded, asked, and refused at once.
      {
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9'
      }
    )
    expect(fetching.run.code).toBe(1)
    expect(s3.some((chunk) => fetching.loaded.includes(chunk))).toBe(true)
  })
})

/** The client settings the SDK would read from this environment, for the test's own uploads. */
function envConfig(env: Record<string, string>) {
  return {
    region: env.AWS_REGION,
    endpoint: env.AWS_ENDPOINT_URL_S3,
    credentials: {
      accessKeyId: env.AWS_ACCESS_KEY_ID!,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY!
    }
  }
}
