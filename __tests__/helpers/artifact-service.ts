// A real blob store (Azurite, under Node 24, on loopback) behind a small loopback server that
// speaks the artifact service's JSON calls (CreateArtifact, FinalizeArtifact; ListArtifacts and
// DeleteArtifact for overwrite; ListArtifacts and GetSignedArtifactURL for downloads) and hands
// out SAS URLs into Azurite, so the real @actions/artifact client uploads and downloads for real. As the real service does, it refuses a second artifact of one name in
// a run. Only the artifact service itself is stood in for: it is GitHub's, and cannot run here.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Readable } from 'node:stream'
import {
  BlobSASPermissions,
  BlobServiceClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters
} from '@azure/storage-blob'
import unzip from 'unzip-stream'
import { NODE, PROJECT } from './runner.js'

// Azurite's documented development account (public, not a secret).
export const ACCOUNT = 'devstoreaccount1'
export const KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const CONTAINER = 'artifacts'
const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

/**
 * `drop-blob`: the service answers, but the upload into blob storage goes through a loopback
 * relay that cuts the connection once the first bytes of the body have arrived.
 * `tamper-download`: a download gets another artifact's blob (a valid zip of other bytes), as
 * storage that mixed them up would.
 */
export type Behaviour = 'ok' | 'refuse' | 'error' | 'hang' | 'drop-blob' | 'tamper-download'

export interface Finalized {
  name: string
  size: string
  hash?: string
  id: number
  /** Deleted through DeleteArtifact (overwrite). */
  deleted?: boolean
}

export interface ArtifactService {
  env: NodeJS.ProcessEnv
  behaviour: Behaviour
  finalized: Finalized[]
  requests: Array<{ method: string; authorization?: string; body: Record<string, unknown> }>
  download(name: string): Promise<Map<string, Buffer>>
  close(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export async function startAzurite(): Promise<{ process: ChildProcess; url: string }> {
  const port = await freePort()
  const child = spawn(
    NODE,
    [
      path.join(PROJECT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js'),
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--inMemoryPersistence',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--loose'
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Azurite did not start within 30 s')), 30_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('successfully listens')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.on('exit', (code) => reject(new Error(`Azurite exited with ${code}`)))
  })
  return { process: child, url: `http://127.0.0.1:${port}/${ACCOUNT}` }
}

/** A token of the runtime's shape: the client reads run and job ids from its scp claim. */
export function runtimeToken(): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: 'Actions.GenericRead Actions.Results:run-backend-1:job-backend-1' })}.c2lnbmF0dXJl`
}

export async function startArtifactService(): Promise<ArtifactService> {
  const azurite = await startAzurite()
  const credential = new StorageSharedKeyCredential(ACCOUNT, KEY)
  const blobs = new BlobServiceClient(azurite.url, credential)
  await blobs.getContainerClient(CONTAINER).createIfNotExists()
  const blobName = (name: string): string => `run-backend-1/${name}.zip`
  // In a URL, as the service signs it: a name's `#`, `?` or space must not end the path.
  const blobPath = (name: string): string =>
    blobName(name).split('/').map(encodeURIComponent).join('/')
  let nextId = 1000

  const service: ArtifactService = {
    env: {},
    behaviour: 'ok',
    finalized: [],
    requests: [],
    async download(name) {
      const buffer = await blobs
        .getContainerClient(CONTAINER)
        .getBlobClient(blobName(name))
        .downloadToBuffer()
      const files = new Map<string, Buffer>()
      const reading: Array<Promise<void>> = []
      await new Promise<void>((resolve, reject) => {
        Readable.from([buffer])
          .pipe(unzip.Parse())
          .on('entry', (entry: unzip.Entry) => {
            const chunks: Buffer[] = []
            reading.push(
              new Promise((done) => {
                entry.on('data', (c: Buffer) => chunks.push(c))
                entry.on('end', () => {
                  files.set(entry.path, Buffer.concat(chunks))
                  done()
                })
              })
            )
          })
          .on('close', resolve)
          .on('error', reject)
      })
      await Promise.all(reading)
      return files
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      azurite.process.kill()
    }
  }

  const server: Server = createServer((request, response) => {
    if ((request.url ?? '').startsWith('/blob/')) {
      service.requests.push({ method: `blob ${request.method}`, body: {} })
      request.once('data', () => request.socket.destroy())
      request.on('end', () => request.socket.destroy())
      return
    }
    let text = ''
    request.on('data', (c: Buffer) => (text += c.toString()))
    request.on('end', () => {
      const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>
      const method = (request.url ?? '').replace(SERVICE, '')
      service.requests.push({ method, authorization: request.headers.authorization, body })
      const reply = (status: number, value: object): void => {
        response.writeHead(status, { 'content-type': 'application/json' })
        response.end(JSON.stringify(value))
      }
      if (service.behaviour === 'hang') return
      if (service.behaviour === 'refuse')
        return reply(403, {
          code: 'permission_denied',
          msg: 'artifact uploads are disabled for this repository'
        })
      if (service.behaviour === 'error')
        return reply(500, { code: 'internal', msg: 'storage unavailable' })
      const live = (name: string) => service.finalized.filter((f) => f.name === name && !f.deleted)
      if (method === 'ListArtifacts') {
        const filter = body.name_filter ?? body.nameFilter
        const id = body.id_filter ?? body.idFilter
        const found = service.finalized.filter(
          (f) =>
            !f.deleted &&
            (filter === undefined || f.name === filter) &&
            (id === undefined || String(f.id) === String(id))
        )
        return reply(200, {
          artifacts: found.map((f) => ({
            workflow_run_backend_id: 'run-backend-1',
            workflow_job_run_backend_id: 'job-backend-1',
            database_id: String(f.id),
            name: f.name,
            size: f.size,
            ...(f.hash ? { digest: f.hash } : {})
          }))
        })
      }
      if (method === 'GetSignedArtifactURL') {
        const [found] = live(String(body.name))
        if (!found) return reply(404, { code: 'not_found', msg: 'artifact not found' })
        const other = service.finalized.find((f) => !f.deleted && f.name !== found.name)
        const served = service.behaviour === 'tamper-download' && other ? other : found
        const sas = generateBlobSASQueryParameters(
          {
            containerName: CONTAINER,
            blobName: blobName(served.name),
            permissions: BlobSASPermissions.parse('r'),
            expiresOn: new Date(Date.now() + 10 * 60_000)
          },
          credential
        ).toString()
        return reply(200, {
          signed_url: `${azurite.url}/${CONTAINER}/${blobPath(served.name)}?${sas}`
        })
      }
      if (method === 'DeleteArtifact') {
        const [found] = live(String(body.name))
        if (!found) return reply(404, { code: 'not_found', msg: 'artifact not found' })
        found.deleted = true
        return reply(200, { ok: true, artifact_id: String(found.id) })
      }
      if (method === 'CreateArtifact') {
        const name = String(body.name)
        if (live(name).length > 0)
          return reply(409, {
            code: 'already_exists',
            msg: 'an artifact with this name already exists on the workflow run'
          })
        const sas = generateBlobSASQueryParameters(
          {
            containerName: CONTAINER,
            blobName: blobName(name),
            permissions: BlobSASPermissions.parse('cw'),
            expiresOn: new Date(Date.now() + 10 * 60_000)
          },
          credential
        ).toString()
        const blob = `${CONTAINER}/${blobPath(name)}?${sas}`
        return reply(200, {
          ok: true,
          signed_upload_url:
            service.behaviour === 'drop-blob'
              ? `http://127.0.0.1:${port}/blob/${ACCOUNT}/${blob}`
              : `${azurite.url}/${blob}`
        })
      }
      if (method === 'FinalizeArtifact') {
        const id = nextId++
        service.finalized.push({
          name: String(body.name),
          size: String(body.size),
          hash: body.hash as string | undefined,
          id
        })
        return reply(200, { ok: true, artifact_id: String(id) })
      }
      return reply(404, { code: 'bad_route', msg: `no method ${method}` })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  service.env = {
    ACTIONS_RUNTIME_TOKEN: runtimeToken(),
    ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'kfm/datasets',
    GITHUB_RUN_ID: '4242'
  }
  return service
}
