// Azure Blob Storage links: `az://<container>/<blob>` (the account of the connection string, as
// adlfs reads it), `abfss://<container>@<account>.dfs.core.windows.net/<blob>`, and http(s)
// URLs under the blob endpoint of AZURE_STORAGE_CONNECTION_STRING. They are read with the
// official SDK (@azure/storage-blob, which signs its requests; nothing is signed by hand), loaded
// only here. The connection string's key goes only to its own endpoint: an abfss link to
// another account is read without credentials, an http(s) URL elsewhere by plain fetch.
import { IdleTimer, ReadFailure, type TryPolicy } from './failure.js'
import { hashStream } from './hash-stream.js'
import type { RemoteReading } from './reading.js'
import { shownUrl } from '../model/shown-url.js'

export interface AzureTarget {
  /** The blob service URL, ending in `/`. */
  endpoint: string
  container: string
  blob: string
  /** Present when the link is on the connection string's own account. */
  connectionString?: string
  /** The link, for messages. */
  url: string
}

interface Connection {
  account: string
  endpoint: string
  connectionString: string
}

/** The account and blob endpoint of AZURE_STORAGE_CONNECTION_STRING, when it is set. */
function connectionOf(env: NodeJS.ProcessEnv): Connection | undefined {
  const connectionString = env.AZURE_STORAGE_CONNECTION_STRING?.trim()
  if (!connectionString) return undefined
  const parts = new Map<string, string>()
  for (const part of connectionString.split(';')) {
    const at = part.indexOf('=')
    if (at > 0) parts.set(part.slice(0, at).trim(), part.slice(at + 1).trim())
  }
  const account = parts.get('AccountName') ?? ''
  const endpoint =
    parts.get('BlobEndpoint') ??
    `${parts.get('DefaultEndpointsProtocol') ?? 'https'}://${account}.blob.${parts.get('EndpointSuffix') ?? 'core.windows.net'}`
  return { account, endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, connectionString }
}

/** `container/blob/path` → its two parts; a path without a blob is no blob. */
function containerAndBlob(path: string, url: string): { container: string; blob: string } {
  const at = path.indexOf('/')
  const container = at > 0 ? path.slice(0, at) : ''
  const blob = at > 0 ? decodeURIComponent(path.slice(at + 1)) : ''
  if (!container || !blob)
    throw new ReadFailure(`${shownUrl(url)} names no blob (container/blob); fix the link.`, false)
  return { container, blob }
}

/** The Azure blob a link names, or undefined when it is not one (plain http(s), s3, ...). */
export function azureTarget(
  url: string,
  scheme: string,
  env: NodeJS.ProcessEnv
): AzureTarget | undefined {
  const connection = connectionOf(env)
  const parsed = new URL(url)
  if (scheme === 'az') {
    if (!connection)
      throw new ReadFailure(
        'an az:// link names no storage account: set AZURE_STORAGE_CONNECTION_STRING for the account that holds it, or link the blob by its https URL.',
        false
      )
    const { container, blob } = containerAndBlob(`${parsed.host}${parsed.pathname}`, url)
    return { ...connection, container, blob, url }
  }
  if (scheme === 'abfss') {
    const account = parsed.hostname.split('.')[0] ?? ''
    const { blob } = containerAndBlob(`x${parsed.pathname}`, url)
    const container = decodeURIComponent(parsed.username)
    if (!container)
      throw new ReadFailure(`${shownUrl(url)} names no container; fix the link.`, false)
    if (connection && connection.account === account) return { ...connection, container, blob, url }
    return { endpoint: `https://${account}.blob.core.windows.net/`, container, blob, url }
  }
  if (
    connection &&
    (scheme === 'http' || scheme === 'https') &&
    url.startsWith(connection.endpoint)
  )
    return { ...connection, ...containerAndBlob(url.slice(connection.endpoint.length), url), url }
  return undefined
}

/** The blob's bytes hashed as they stream, through the SDK (its own retries, the idle timer). */
export async function readAzure(target: AzureTarget, policy: TryPolicy): Promise<RemoteReading> {
  const { AnonymousCredential, BlobServiceClient, RestError } = await import('@azure/storage-blob')
  const options = { retryOptions: { maxTries: policy.tries, retryDelayInMs: policy.backoffMs } }
  const service = target.connectionString
    ? BlobServiceClient.fromConnectionString(target.connectionString, options)
    : new BlobServiceClient(target.endpoint, new AnonymousCredential(), options)
  const blob = service.getContainerClient(target.container).getBlobClient(target.blob)
  const timer = new IdleTimer(policy.idleMs)
  try {
    const response = await blob.download(0, undefined, { abortSignal: timer.controller.signal })
    const body = response.readableStreamBody
    if (!body) throw new ReadFailure(`${shownUrl(target.url)} gave no body.`, false)
    return { ...(await hashStream(body as AsyncIterable<Uint8Array>, timer)), source: 'stream' }
  } catch (error) {
    if (error instanceof ReadFailure) throw error
    if (timer.timedOut) throw timer.stalled(target.url, false)
    if (error instanceof RestError && error.statusCode === 404)
      throw new ReadFailure(
        `${shownUrl(target.url)}: no such blob (404); publish the artifact there, or fix the link.`,
        false
      )
    const status = error instanceof RestError && error.statusCode ? ` (${error.statusCode})` : ''
    throw new ReadFailure(
      `${shownUrl(target.url)}${status}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      false
    )
  } finally {
    timer.stop()
  }
}
