// A loopback Git LFS server answering the Batch API (git-lfs docs/api/batch.md) as GitHub's does
// for a `download`: for each object, download actions when it has it, `error: {code: 404}` when
// it does not. Only the batch endpoint exists: the gate asks, and never transfers an object. The
// real client (src/github/lfs-batch.ts) talks to it; GitHub's LFS server cannot run here.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * `garbage`: answers 200 with bytes that are not JSON. `slow`: answers nothing until closed.
 * `redirect`: answers 307 to another host (`redirectTo`), which must never be asked.
 * `unauthorized`: 401. `wrong-oid`: answers for an object it was not asked about.
 */
export type LfsBehaviour = 'ok' | 'garbage' | 'slow' | 'redirect' | 'unauthorized' | 'wrong-oid'

export interface LfsRequest {
  path: string
  authorization?: string
  contentType?: string
  accept?: string
  body: { operation?: string; objects?: Array<{ oid: string; size: number }> }
}

export interface LfsServer {
  /** The server URL as lfs-url takes it (`<url>/objects/batch` is asked). */
  url: string
  /** The oids the server has. */
  objects: Set<string>
  behaviour: LfsBehaviour
  /** Where `redirect` sends the client. */
  redirectTo?: string
  requests: LfsRequest[]
  /** Each answer waits this long, so requests overlap (default 0). */
  delayMs: number
  /** The most requests the server held at once. */
  maxInFlight: number
  close(): Promise<void>
}

function answer(server: LfsServer, body: LfsRequest['body']): unknown {
  const asked = body.objects ?? []
  if (server.behaviour === 'wrong-oid')
    return { objects: [{ oid: 'f'.repeat(64), size: 1, error: { code: 404 } }] }
  return {
    transfer: 'basic',
    objects: asked.map(({ oid, size }) =>
      server.objects.has(oid)
        ? {
            oid,
            size,
            authenticated: true,
            actions: { download: { href: `${server.url}/objects/${oid}`, expires_in: 3600 } }
          }
        : { oid, size, error: { code: 404, message: 'Object does not exist' } }
    )
  }
}

export async function startLfsServer(objects: Iterable<string> = []): Promise<LfsServer> {
  const hanging: Array<() => void> = []
  const lfs: LfsServer = {
    url: '',
    objects: new Set(objects),
    behaviour: 'ok',
    requests: [],
    delayMs: 0,
    maxInFlight: 0,
    close: async () => {}
  }
  let inFlight = 0
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      let body: LfsRequest['body'] = {}
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as LfsRequest['body']
      } catch {
        // Recorded as empty: a test reads what the client sent.
      }
      lfs.requests.push({
        path: request.url ?? '',
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
        accept: request.headers.accept,
        body
      })
      if (request.method !== 'POST' || !request.url?.endsWith('/objects/batch')) {
        response.writeHead(404).end()
        return
      }
      switch (lfs.behaviour) {
        case 'slow':
          hanging.push(() => response.destroy())
          return
        case 'garbage':
          response.writeHead(200, { 'content-type': 'application/vnd.git-lfs+json' })
          response.end('<html>not json</html>')
          return
        case 'redirect':
          response.writeHead(307, { location: lfs.redirectTo ?? 'http://127.0.0.2/' }).end()
          return
        case 'unauthorized':
          response.writeHead(401, { 'content-type': 'application/vnd.git-lfs+json' })
          response.end(JSON.stringify({ message: 'Credentials needed' }))
          return
        default:
          lfs.maxInFlight = Math.max(lfs.maxInFlight, ++inFlight)
          setTimeout(() => {
            inFlight--
            response.writeHead(200, { 'content-type': 'application/vnd.git-lfs+json' })
            response.end(JSON.stringify(answer(lfs, body)))
          }, lfs.delayMs)
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  lfs.url = `http://127.0.0.1:${port}/kfm/datasets.git/info/lfs`
  lfs.close = async () => {
    for (const release of hanging) release()
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return lfs
}

/** Runs `use` with a loopback LFS server holding these oids, closed after. */
export async function withLfsServer<T>(
  objects: Iterable<string>,
  use: (server: LfsServer) => Promise<T>
): Promise<T> {
  const server = await startLfsServer(objects)
  try {
    return await use(server)
  } finally {
    await server.close()
  }
}
