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

/** The example's file artifacts (not its directory store): file name → bytes. */
export function exampleFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const entry of readdirSync(path.join(EXAMPLE, DATA), { withFileTypes: true }))
    if (entry.isFile()) files.set(entry.name, readFileSync(path.join(EXAMPLE, DATA, entry.name)))
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** The example's directory store: one artifact, a folder of objects. */
export interface ExampleStore {
  /** Its folder's name, as a link's last segment: `discharge_cube.zarr`. */
  name: string
  /** Root-relative, with its trailing `/`. */
  path: string
  /** Its `sha256sum` listing (names relative to the store, sorted by their bytes). */
  listing: string
  /** `sha256:` + the in-toto dirHash: the SHA-256 of the listing. */
  digest: string
}

/** The example's Zarr store, its digest made here from its files, as docs/decisions.md says. */
export function exampleStore(): ExampleStore {
  const name = 'discharge_cube.zarr'
  const dir = path.join(EXAMPLE, DATA, name)
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep))
    .map((parts) => parts.join('/'))
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  const listing = files
    .map((file) => `${sha256Hex(readFileSync(path.join(dir, file)))}  ${file}\n`)
    .join('')
  const digest = `sha256:${sha256Hex(Buffer.from(listing))}`
  return { name, path: `${DATA}/${name}/`, listing, digest }
}

export interface Publication {
  /** Whether the links keep their checksums (STAC file:checksum; DCAT gains spdx:checksum). */
  checksums: boolean
  /**
   * The URL of an artifact's copy, by its file name (a store's by its folder's name; a link the
   * catalog writes with a trailing `/` keeps it); default `${base}river/<name>`.
   */
  url?: (name: string) => string
  /**
   * Where the store's links point: `remote` (the default), to its published copy like the files';
   * `local`, left as the catalogs write them, into the dataset root. A store's copy is a folder of
   * objects, which remote-assets: fetch does not read: tests of fetch keep it local.
   */
  store?: 'remote' | 'local'
}

/**
 * Rewrites the example's STAC asset hrefs and DCAT downloadURLs in `workspace` to the copies'
 * URLs. The artifacts stay in the release: the links name their published copies.
 */
export function publishExample(workspace: string, base: string, publication: Publication): void {
  const url = publication.url ?? ((name: string) => `${base}river/${name}`)
  const store = exampleStore()
  const digests = new Map([...exampleFiles()].map(([name, bytes]) => [name, sha256Hex(bytes)]))
  digests.set(store.name, store.digest.slice('sha256:'.length))
  /** The copy's URL for a link, or undefined when the link stays as it is. */
  const published = (href: string) => {
    const name = path.posix.basename(href)
    if (name === store.name && publication.store === 'local') return undefined
    return { name, url: url(name) + (href.endsWith('/') ? '/' : '') }
  }
  const itemPath = path.join(workspace, STAC_ITEM)
  const item = JSON.parse(readFileSync(itemPath, 'utf8')) as {
    assets: Record<string, { href: string; 'file:checksum'?: string }>
  }
  for (const asset of Object.values(item.assets)) {
    const copy = published(asset.href)
    if (!copy) continue
    asset.href = copy.url
    if (!publication.checksums) delete asset['file:checksum']
  }
  writeFileSync(itemPath, `${JSON.stringify(item, null, 2)}\n`)
  const dcatPath = path.join(workspace, DCAT)
  const dcat = JSON.parse(readFileSync(dcatPath, 'utf8')) as {
    '@context': Record<string, string>
    'dcat:distribution': Array<Record<string, unknown> & { 'dcat:downloadURL': { '@id': string } }>
  }
  dcat['@context'].spdx = 'http://spdx.org/rdf/terms#'
  for (const distribution of dcat['dcat:distribution']) {
    const copy = published(distribution['dcat:downloadURL']['@id'])
    if (!copy) continue
    distribution['dcat:downloadURL'] = { '@id': copy.url }
    if (publication.checksums)
      distribution['spdx:checksum'] = {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
        'spdx:checksumValue': digests.get(copy.name)!
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

/** The example's file artifacts served at `/river/<name>` (its store is not: see Publication). */
export function riverObjects(): Map<string, Served> {
  const objects = new Map<string, Served>()
  for (const [name, bytes] of exampleFiles()) objects.set(`/river/${name}`, bytes)
  return objects
}
