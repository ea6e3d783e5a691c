// The example release with published copies: its catalogs' asset links rewritten to remote URLs
// (as a data steward publishing to object storage writes them), and a loopback HTTP server that
// serves those copies, changed, missing, slow, failing or redirecting as a test asks.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { EXAMPLE } from './workspace.js'

const DATA = 'data/processed'
const STAC_ITEM = 'catalog/stac/items/discharge_daily.json'
const DCAT = 'catalog/dcat.jsonld'

/** The example's artifacts: file name → bytes. */
export function exampleArtifacts(): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const name of readdirSync(path.join(EXAMPLE, DATA)).sort())
    files.set(name, readFileSync(path.join(EXAMPLE, DATA, name)))
  return files
}

export interface Publication {
  /** Whether the links keep their checksums (STAC file:checksum; DCAT gains spdx:checksum). */
  checksums: boolean
  /** The URL of an artifact's copy, by its file name; default `${base}river/<name>`. */
  url?: (name: string) => string
}

/**
 * Rewrites the example's STAC asset hrefs and DCAT downloadURLs in `workspace` to the copies'
 * URLs. The artifacts stay in the release: the links name their published copies.
 */
export function publishExample(workspace: string, base: string, publication: Publication): void {
  const url = publication.url ?? ((name: string) => `${base}river/${name}`)
  const itemPath = path.join(workspace, STAC_ITEM)
  const item = JSON.parse(readFileSync(itemPath, 'utf8')) as {
    assets: Record<string, { href: string; 'file:checksum'?: string }>
  }
  for (const asset of Object.values(item.assets)) {
    asset.href = url(path.posix.basename(asset.href))
    if (!publication.checksums) delete asset['file:checksum']
  }
  writeFileSync(itemPath, `${JSON.stringify(item, null, 2)}\n`)
  const dcatPath = path.join(workspace, DCAT)
  const dcat = JSON.parse(readFileSync(dcatPath, 'utf8')) as {
    '@context': Record<string, string>
    'dcat:distribution': Array<Record<string, unknown> & { 'dcat:downloadURL': { '@id': string } }>
  }
  dcat['@context'].spdx = 'http://spdx.org/rdf/terms#'
  const artifacts = exampleArtifacts()
  for (const distribution of dcat['dcat:distribution']) {
    const name = path.posix.basename(distribution['dcat:downloadURL']['@id'])
    distribution['dcat:downloadURL'] = { '@id': url(name) }
    if (publication.checksums)
      distribution['spdx:checksum'] = {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
        'spdx:checksumValue': sha256Hex(artifacts.get(name)!)
      }
  }
  writeFileSync(dcatPath, `${JSON.stringify(dcat, null, 2)}\n`)
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** What the server answers for one path: bytes, or a behaviour. */
export type Served =
  Buffer | { status: number; times?: number; then?: Served } | { redirect: string } | { slow: true }

export interface ObjectServer {
  base: string
  /** Every request: method, path and the headers it came with. */
  requests: Array<{ method: string; path: string; headers: IncomingMessage['headers'] }>
  objects: Map<string, Served>
  close(): Promise<void>
}

function answer(
  served: Served,
  response: ServerResponse,
  objects: Map<string, Served>,
  at: string
) {
  if (Buffer.isBuffer(served)) {
    response.writeHead(200, { 'content-length': served.length })
    response.end(served)
  } else if ('redirect' in served) {
    response.writeHead(302, { location: served.redirect })
    response.end()
  } else if ('slow' in served) {
    // Headers at once, then nothing: a server that stalls mid-body. Closed with the server.
    response.writeHead(200, { 'content-length': 1000 })
    response.write('x')
  } else {
    response.writeHead(served.status)
    response.end()
    const left = (served.times ?? Infinity) - 1
    if (left <= 0 && served.then) objects.set(at, served.then)
    else if (served.times !== undefined) objects.set(at, { ...served, times: left })
  }
}

/** A loopback server of the given objects, by URL path (`/river/stations.geojson`). */
export async function startObjectServer(
  objects: Map<string, Served>,
  host = '127.0.0.1'
): Promise<ObjectServer> {
  const requests: ObjectServer['requests'] = []
  const server: Server = createServer((request, response) => {
    const at = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    requests.push({ method: request.method ?? '', path: at, headers: request.headers })
    const served = objects.get(at)
    if (served === undefined) {
      response.writeHead(404)
      response.end()
      return
    }
    answer(served, response, objects, at)
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://${host}:${port}/`,
    requests,
    objects,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** The example's artifacts served at `/river/<name>`. */
export function riverObjects(): Map<string, Served> {
  const objects = new Map<string, Served>()
  for (const [name, bytes] of exampleArtifacts()) objects.set(`/river/${name}`, bytes)
  return objects
}
