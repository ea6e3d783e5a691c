// remote-assets: fetch: every remote asset link read once, a few at a time, each to the digest
// of its bytes or a sentence saying why it could not be had. The object stores' SDKs are loaded
// only when a link of their scheme is read, so no other run pays for them.
import { hasUserInfo } from '../model/shown-url.js'
import type { RemoteReading } from './reading.js'
import { ReadFailure, problemOf, type TryPolicy } from './failure.js'
import { readOnThreads } from './http-threads.js'
import { azureTarget, readAzure, type AzureTarget } from './azure-target.js'

export interface ReadSettings {
  /** The longest a server may keep one try waiting, in milliseconds. */
  idleMs: number
  /** Links read at once. */
  concurrency?: number
  tries?: number
  backoffMs?: number
  /** Where the SDKs' settings and credentials are read from (the process's environment). */
  env?: NodeJS.ProcessEnv
}

/** Links read at once by default: enough to hide a server's latency, few enough to be polite. */
const DEFAULT_CONCURRENCY = 8

const GS_REFUSED =
  "gs:// links are not read: the Google Cloud Storage SDK is not bundled, since no GCS server can be run to test it; link the object's https://storage.googleapis.com/<bucket>/<object> URL (read without credentials), or give it a checksum and run with remote-assets: require-checksum, which ties it by that checksum without reading it."

const FOLDER_REFUSED =
  "the URL's path ends in /, so it names a folder (a directory store such as a Zarr store), not one object, and remote-assets: fetch reads one object per link; give the link the store's checksum (its dirHash, the store's digest in this release) and run with remote-assets: require-checksum, which ties it by that checksum (remote-assets: allow lists it as unverified)."

/**
 * A URL whose path ends in `/` (not the bare host): a folder, which an object store may answer
 * with an empty folder marker and a web server with a listing page, neither of them the folder.
 */
function namesFolder(url: string): boolean {
  const pathname = URL.parse(url)?.pathname ?? ''
  return pathname.length > 1 && pathname.endsWith('/')
}

/** How a link is read: by fetch on the reading threads, or here by its store's SDK. */
type Route = 'fetch' | 's3' | { azure: AzureTarget }

/** The route of a link by its scheme, or a ReadFailure saying why it is not read. */
function routeOf(url: string, env: NodeJS.ProcessEnv): Route {
  if (hasUserInfo(url))
    throw new ReadFailure(
      'the URL carries a user name or password, which the catalog publishes to everyone who reads it; remove them (the gate takes credentials only from the environment, docs/remote-assets.md).',
      false
    )
  if (namesFolder(url)) throw new ReadFailure(FOLDER_REFUSED, false)
  const scheme = url.slice(0, url.indexOf(':')).toLowerCase()
  const azure = azureTarget(url, scheme, env)
  if (azure) return { azure }
  if (scheme === 'http' || scheme === 'https') return 'fetch'
  if (scheme === 's3') return 's3'
  if (scheme === 'gs') throw new ReadFailure(GS_REFUSED, false)
  throw new ReadFailure(
    `${scheme}: is not a scheme the gate reads (http, https, s3, az, abfss); link the copy by one of them.`,
    false
  )
}

/**
 * A link refused, or read here through its store's SDK: its reading; or `fetch`, when it is an
 * http(s) link for the reading threads.
 */
async function readingHere(
  url: string,
  policy: TryPolicy,
  env: NodeJS.ProcessEnv
): Promise<RemoteReading | 'fetch'> {
  try {
    const route = routeOf(url, env)
    if (route === 'fetch') return route
    if (route === 's3') {
      const { readS3 } = await import('./s3.js')
      return await readS3(url, policy, env)
    }
    return await readAzure(route.azure, policy)
  } catch (error) {
    return problemOf(error)
  }
}

/**
 * Each distinct URL read once, at most `concurrency` at a time: the links refused or read through
 * an object store's SDK here, then the http(s) links on the reading threads.
 */
export async function readRemoteLinks(
  urls: readonly string[],
  settings: ReadSettings
): Promise<Map<string, RemoteReading>> {
  const distinct = [...new Set(urls)]
  const policy: TryPolicy = {
    tries: settings.tries ?? 3,
    backoffMs: settings.backoffMs ?? 500,
    idleMs: settings.idleMs
  }
  const env = settings.env ?? process.env
  const concurrency = settings.concurrency ?? DEFAULT_CONCURRENCY
  const readings = new Map<string, RemoteReading>()
  const fetched: string[] = []
  let next = 0
  const worker = async () => {
    while (next < distinct.length) {
      const url = distinct[next++]!
      const reading = await readingHere(url, policy, env)
      if (reading === 'fetch') fetched.push(url)
      else readings.set(url, reading)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, distinct.length) }, worker))
  for (const [url, reading] of await readOnThreads(fetched, policy, concurrency))
    readings.set(url, reading)
  return readings
}
