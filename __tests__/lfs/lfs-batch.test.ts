// The Git LFS Batch API client against a loopback LFS server: which objects are missing, in
// batches GitHub accepts, and a clear stop (never a token in it) on anything but an answer.
import { createHash } from 'node:crypto'
import {
  LFS_BATCH_SIZE,
  LFS_CONCURRENCY,
  LfsServerError,
  missingLfsObjects
} from '../../src/github/lfs-batch.js'
import type { LfsObject } from '../../src/inventory/lfs-entries.js'
import { startLfsServer, type LfsServer } from '../helpers/lfs-server.js'

const TOKEN = 'ghs_lfsTestToken0123456789abcdefABCDEF'
const oid = (n: number) => createHash('sha256').update(String(n)).digest('hex')
const object = (n: number): LfsObject => ({ oid: oid(n), size: String(n), paths: [`f/${n}.tif`] })

let server: LfsServer
beforeEach(async () => {
  server = await startLfsServer()
})
afterEach(() => server.close())

async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(LfsServerError)
  const message = (error as Error).message
  expect(message).not.toContain(TOKEN)
  expect(message).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'))
  return message
}

describe('asking the LFS server for objects', () => {
  it('names the objects the server does not have, asking a download with the token', async () => {
    server.objects = new Set([oid(1), oid(3)])
    const objects = [1, 2, 3, 4].map(object)
    const missing = await missingLfsObjects({ url: server.url, token: TOKEN, objects })
    expect(missing.map((o) => o.paths[0])).toEqual(['f/2.tif', 'f/4.tif'])
    const [request] = server.requests
    expect(request).toMatchObject({
      path: '/kfm/datasets.git/info/lfs/objects/batch',
      contentType: 'application/vnd.git-lfs+json',
      accept: 'application/vnd.git-lfs+json',
      authorization: `Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`,
      body: { operation: 'download', objects: [1, 2, 3, 4].map((n) => ({ oid: oid(n), size: n })) }
    })
  })

  it('asks in batches of at most 100 objects, each object once', async () => {
    const objects = Array.from({ length: 250 }, (_v, n) => object(n))
    server.objects = new Set(objects.map((o) => o.oid))
    expect(await missingLfsObjects({ url: server.url, token: TOKEN, objects })).toEqual([])
    const sizes = server.requests.map((r) => r.body.objects!.length)
    expect(sizes.every((size) => size <= LFS_BATCH_SIZE)).toBe(true)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(250)
    const asked = server.requests.flatMap((r) => r.body.objects!.map((o) => o.oid))
    expect(new Set(asked).size).toBe(250)
  })

  it('keeps at most 4 requests in flight', async () => {
    const objects = Array.from({ length: 1000 }, (_v, n) => object(n))
    server.delayMs = 50
    expect(await missingLfsObjects({ url: server.url, token: TOKEN, objects })).toHaveLength(1000)
    expect(server.requests).toHaveLength(10)
    expect(server.maxInFlight).toBeGreaterThan(1)
    expect(server.maxInFlight).toBeLessThanOrEqual(LFS_CONCURRENCY)
  })

  it('stops on an answer that is not JSON', async () => {
    server.behaviour = 'garbage'
    const message = await refusal(
      missingLfsObjects({ url: server.url, token: TOKEN, objects: [object(1)] })
    )
    expect(message).toMatch(/LFS server at http:\/\/127\.0\.0\.1:\d+\/.* not JSON.*the run stops/)
  })

  it('stops on an answer about an object it was not asked about', async () => {
    server.behaviour = 'wrong-oid'
    const message = await refusal(
      missingLfsObjects({ url: server.url, token: TOKEN, objects: [object(1)] })
    )
    expect(message).toContain('not asked about')
  })

  it('stops when the server does not answer in time', async () => {
    server.behaviour = 'slow'
    const message = await refusal(
      missingLfsObjects({ url: server.url, token: TOKEN, objects: [object(1)], timeoutMs: 300 })
    )
    expect(message).toContain('did not answer within 0.3 s')
  })

  it('never follows a redirect: the other host is never sent the token', async () => {
    const other = await startLfsServer()
    try {
      server.behaviour = 'redirect'
      server.redirectTo = `${other.url}/objects/batch`
      const message = await refusal(
        missingLfsObjects({ url: server.url, token: TOKEN, objects: [object(1)] })
      )
      expect(message).toContain('redirects are not followed')
      expect(other.requests).toEqual([])
    } finally {
      await other.close()
    }
  })

  it('says what to check when the token is refused', async () => {
    server.behaviour = 'unauthorized'
    const message = await refusal(
      missingLfsObjects({ url: server.url, token: TOKEN, objects: [object(1)] })
    )
    expect(message).toContain('contents: read')
  })

  it('says so when the server cannot be reached', async () => {
    const url = server.url
    await server.close()
    server = await startLfsServer()
    const message = await refusal(missingLfsObjects({ url, token: TOKEN, objects: [object(1)] }))
    expect(message).toContain('could not be reached (ECONNREFUSED)')
  })

  it('sends the token only over https, or plain http to loopback', async () => {
    for (const url of ['http://lfs.example.org/x', 'ftp://127.0.0.1/x', 'not a url'])
      await refusal(missingLfsObjects({ url, token: TOKEN, objects: [object(1)] }))
    const message = await refusal(
      missingLfsObjects({
        url: 'https://user:secret@lfs.example.org/x',
        token: TOKEN,
        objects: [object(1)]
      })
    )
    expect(message).toContain('carries credentials')
    expect(message).not.toContain('secret')
  })
})
