// remote-assets: fetch on object stores, through their official SDKs against servers that run
// here: s3:// with the AWS SDK against s3rver (an S3-compatible server from npm, in-process),
// az://, abfss:// and blob https URLs with the Azure SDK against Azurite. The S3 answer from
// metadata (a full-object SHA-256 checksum, x-amz-checksum-sha256) is tested against a loopback
// server that answers HeadObject with it, since s3rver keeps no checksums: the real SDK parses
// the real header. Credentials and endpoints come from the environment, as in a workflow.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ChildProcess } from 'node:child_process'
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob'
import S3rver from 's3rver'
import { parseOptions } from '../../src/options/parse.js'
import { evaluateRun } from '../../src/pipeline.js'
import { ACCOUNT, KEY, startAzurite } from '../helpers/artifact-service.js'
import { exampleFiles, publishExample, sha256Hex } from '../helpers/remote-copies.js'
import { copyExample, exampleInputs, removeTempDirs, tempDir } from '../helpers/workspace.js'

const saved = { ...process.env }
afterAll(() => {
  process.env = saved
  removeTempDirs()
})

const FETCH = { 'remote-assets': 'fetch', 'remote-assets-timeout-seconds': '10' }

function run(workspace: string) {
  return evaluateRun(parseOptions(exampleInputs(FETCH), workspace))
}

describe('s3:// with the AWS SDK, against s3rver', () => {
  let server: S3rver
  beforeAll(async () => {
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: tempDir('pm-s3-'),
      configureBuckets: [{ name: 'river-data', configs: [] }]
    })
    const { port } = (await server.run()) as AddressInfo
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`
    })
    const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3')
    const client = new S3Client({ forcePathStyle: true })
    for (const [name, bytes] of exampleFiles())
      await client.send(
        new PutObjectCommand({ Bucket: 'river-data', Key: `v1/${name}`, Body: bytes })
      )
    await client.send(
      new PutObjectCommand({ Bucket: 'river-data', Key: 'v0/stations.geojson', Body: '{}' })
    )
  })
  afterAll(() => server.close())

  it('passes when every object holds its artifact, hashed as it streams', async () => {
    const workspace = copyExample()
    publishExample(workspace, '', {
      checksums: true,
      store: 'local',
      url: (name) => `s3://river-data/v1/${name}`
    })
    const result = await run(workspace)
    expect(result.violations).toEqual([])
    expect(result.remoteAssets).toContainEqual({
      url: 's3://river-data/v1/stations.geojson',
      catalog: 'catalog/dcat.jsonld',
      copyOf: 'data/processed/stations.geojson',
      by: 'bytes'
    })
  })

  it('a changed object is REMOTE_ASSET_MISMATCH; a missing one REMOTE_ASSET_UNREADABLE (404)', async () => {
    const workspace = copyExample()
    publishExample(workspace, '', {
      store: 'local',
      checksums: true,
      url: (name) =>
        name === 'stations.geojson'
          ? 's3://river-data/v0/stations.geojson'
          : name === 'basin_dem.tif'
            ? 's3://river-data/v1/missing.tif'
            : `s3://river-data/v1/${name}`
    })
    const result = await run(workspace)
    const codes = result.violations.map((v) => v.code).sort()
    expect(codes).toEqual([
      'REMOTE_ASSET_MISMATCH',
      'REMOTE_ASSET_MISMATCH',
      'REMOTE_ASSET_UNREADABLE',
      'REMOTE_ASSET_UNREADABLE'
    ])
    const unreadable = result.violations.find((v) => v.code === 'REMOTE_ASSET_UNREADABLE')!
    expect(unreadable.message).toContain('s3://river-data/v1/missing.tif: no such object (404)')
    expect(JSON.stringify(result)).not.toContain('S3RVER')
  })
})

describe("s3:// answered from S3's own SHA-256 checksum, without a download", () => {
  let server: Server
  const requests: string[] = []
  const stations = exampleFiles().get('stations.geojson')!
  beforeAll(async () => {
    // HeadObject as S3 answers it for an object uploaded with a full-object SHA-256 checksum.
    server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`)
      const checksum = Buffer.from(sha256Hex(stations), 'hex').toString('base64')
      response.writeHead(request.method === 'HEAD' ? 200 : 500, {
        'content-length': stations.length,
        'x-amz-checksum-sha256': checksum,
        'x-amz-checksum-type': 'FULL_OBJECT',
        etag: '"1"'
      })
      response.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.env.AWS_ENDPOINT_URL_S3 = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    process.env.AWS_ACCESS_KEY_ID = 'test'
    process.env.AWS_SECRET_ACCESS_KEY = 'test'
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('uses the checksum and says so', async () => {
    const workspace = copyExample()
    publishExample(workspace, '', {
      checksums: true,
      store: 'local',
      url: (name) => `s3://checked/${name}`
    })
    const result = await run(workspace)
    const stationsCopies = result.remoteAssets!.filter(
      (c) => c.url === 's3://checked/stations.geojson'
    )
    expect(stationsCopies).toHaveLength(2)
    expect(stationsCopies[0]).toMatchObject({
      copyOf: 'data/processed/stations.geojson',
      by: 'store checksum'
    })
    // The other three artifacts' copies claim the same checksum: bytes that are not theirs.
    expect(result.violations.map((v) => v.code)).toEqual(Array(6).fill('REMOTE_ASSET_MISMATCH'))
    expect(requests.every((line) => line.startsWith('HEAD '))).toBe(true)
    expect(result.gates.find((g) => g.gate === 'D')!.checked.join('\n')).toContain(
      "2 compared by the store's SHA-256"
    )
  })
})

describe('Azure blobs with the Azure SDK, against Azurite', () => {
  let azurite: { process: ChildProcess; url: string }
  beforeAll(async () => {
    azurite = await startAzurite()
    process.env.AZURE_STORAGE_CONNECTION_STRING = `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=${azurite.url};`
    const blobs = new BlobServiceClient(azurite.url, new StorageSharedKeyCredential(ACCOUNT, KEY))
    const container = blobs.getContainerClient('river')
    await container.createIfNotExists()
    for (const [name, bytes] of exampleFiles())
      await container.getBlockBlobClient(`v1/${name}`).uploadData(bytes)
    await container.getBlockBlobClient('v0/stations.geojson').uploadData(Buffer.from('{}'))
  }, 60_000)
  afterAll(() => {
    azurite.process.kill()
    delete process.env.AZURE_STORAGE_CONNECTION_STRING
  })

  it("reads az://, abfss:// and the endpoint's https URLs, each compared by its bytes", async () => {
    const forms = [
      (name: string) => `az://river/v1/${name}`,
      (name: string) => `abfss://river@${ACCOUNT}.dfs.core.windows.net/v1/${name}`,
      (name: string) => `${azurite.url}/river/v1/${name}`
    ]
    for (const url of forms) {
      const workspace = copyExample()
      publishExample(workspace, '', { checksums: false, store: 'local', url })
      const result = await run(workspace)
      expect(result.violations).toEqual([])
      expect(result.remoteAssets!.every((copy) => copy.by === 'bytes')).toBe(true)
    }
  })

  it('a changed blob is REMOTE_ASSET_MISMATCH, a missing one REMOTE_ASSET_UNREADABLE', async () => {
    const workspace = copyExample()
    publishExample(workspace, '', {
      store: 'local',
      checksums: true,
      url: (name) =>
        name === 'stations.geojson'
          ? 'az://river/v0/stations.geojson'
          : name === 'basin_dem.tif'
            ? 'az://river/v1/missing.tif'
            : `az://river/v1/${name}`
    })
    const result = await run(workspace)
    expect(result.violations.map((v) => v.code).sort()).toEqual([
      'REMOTE_ASSET_MISMATCH',
      'REMOTE_ASSET_MISMATCH',
      'REMOTE_ASSET_UNREADABLE',
      'REMOTE_ASSET_UNREADABLE'
    ])
    expect(JSON.stringify(result)).not.toContain(KEY)
  })
})
