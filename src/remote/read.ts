// remote-assets: fetch: every remote asset link read once, a few at a time, each to the digest
// of its bytes or a sentence saying why it could not be had. The object stores' SDKs are loaded
// only when a link of their scheme is read, so no other run pays for them.
import { hasUserInfo } from '../model/shown-url.js'
import type { RemoteReading } from './reading.js'
import { ReadFailure, withRetries, type TryPolicy } from './failure.js'
import { readHttp } from './http.js'
import { azureTarget, readAzure } from './azure-target.js'

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
export const DEFAULT_CONCURRENCY = 8

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

/** One link's digest, by the reader its scheme needs. */
async function readOne(url: string, policy: TryPolicy, env: NodeJS.ProcessEnv) {
  if (hasUserInfo(url))
    throw new ReadFailure(
      'the URL carries a user name or password, which the catalog publishes to everyone who reads it; remove them (the gate takes credentials only from the environment, docs/remote-assets.md).',
      false
    )
  if (namesFolder(url)) throw new ReadFailure(FOLDER_REFUSED, false)
  const scheme = url.slice(0, url.indexOf(':')).toLowerCase()
  const azure = azureTarget(url, scheme, env)
  if (azure) return readAzure(azure, policy)
  if (scheme === 'http' || scheme === 'https')
    return {
      ...(await withRetries(policy, () => readHttp(url, policy))),
      source: 'stream' as const
    }
  if (scheme === 's3') {
    const { readS3 } = await import('./s3.js')
    return readS3(url, policy, env)
  }
  if (scheme === 'gs') throw new ReadFailure(GS_REFUSED, false)
  throw new ReadFailure(
    `${scheme}: is not a scheme the gate reads (http, https, s3, az, abfss); link the copy by one of them.`,
    false
  )
}

async function reading(url: string, policy: TryPolicy, env: NodeJS.ProcessEnv) {
  try {
    return (await readOne(url, policy, env)) satisfies RemoteReading
  } catch (error) {
    if (error instanceof ReadFailure) return { problem: error.message }
    // An SDK's own error: its message, never its stack (it may name the request's headers).
    return { problem: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }
  }
}

/** Each distinct URL read once, at most `concurrency` at a time. */
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
  const readings = new Map<string, RemoteReading>()
  let next = 0
  const worker = async () => {
    while (next < distinct.length) {
      const url = distinct[next++]!
      readings.set(url, await reading(url, policy, env))
    }
  }
  const workers = Math.min(settings.concurrency ?? DEFAULT_CONCURRENCY, distinct.length)
  await Promise.all(Array.from({ length: workers }, worker))
  return readings
}
