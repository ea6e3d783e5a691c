// `s3://<bucket>/<key>` links, read with the AWS SDK v3 (@aws-sdk/client-s3: its own signing,
// credential chain, retries and region redirects; nothing signed by hand), loaded only when an
// s3:// link is read. Credentials, region and endpoint are what the SDK reads itself
// (AWS_ACCESS_KEY_ID, AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL_S3, ...). An object that S3
// stored with a full-object SHA-256 checksum is answered from it (HeadObject with checksum mode,
// the x-amz-checksum-sha256 header), without a download; any other is hashed as it streams.
import type { S3Client } from '@aws-sdk/client-s3'
import { IdleTimer, ReadFailure, type TryPolicy } from './failure.js'
import { hashStream } from './hash-stream.js'
import type { RemoteReading } from './reading.js'
import { shownUrl } from '../model/shown-url.js'

/** One client per setting, so its credentials are resolved once for all the links of a run. */
const clients = new Map<string, S3Client>()

async function s3Client(policy: TryPolicy, env: NodeJS.ProcessEnv) {
  const sdk = await import('@aws-sdk/client-s3')
  // The SDK needs a region to sign; a bucket elsewhere is found by its region redirect.
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1'
  // An S3-compatible store at its own endpoint (MinIO, a test server) names buckets by path.
  const endpoint = env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL
  const forcePathStyle = Boolean(endpoint)
  const key = `${region} ${endpoint} ${policy.tries}`
  let client = clients.get(key)
  if (!client) {
    client = new sdk.S3Client({
      region,
      followRegionRedirects: true,
      forcePathStyle,
      maxAttempts: policy.tries
    })
    clients.set(key, client)
  }
  return { sdk, client }
}

/** The bucket and key of an s3:// URL. */
function bucketAndKey(url: string): { Bucket: string; Key: string } {
  const parsed = new URL(url)
  const Key = decodeURIComponent(parsed.pathname.slice(1))
  if (!parsed.host || !Key)
    throw new ReadFailure(
      `${shownUrl(url)} names no object (s3://bucket/key); fix the link.`,
      false
    )
  return { Bucket: parsed.host, Key }
}

/** The SHA-256 S3 keeps for the whole object, when it keeps one (not a checksum of parts). */
function fullObjectSha256(head: { ChecksumSHA256?: string; ChecksumType?: string }) {
  const checksum = head.ChecksumSHA256
  if (!checksum || checksum.includes('-') || head.ChecksumType === 'COMPOSITE') return undefined
  const bytes = Buffer.from(checksum, 'base64')
  return bytes.length === 32 ? `sha256:${bytes.toString('hex')}` : undefined
}

function failure(url: string, error: unknown): ReadFailure {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
  const name = error instanceof Error ? error.name : 'Error'
  if (status === 404 || name === 'NotFound' || name === 'NoSuchKey')
    return new ReadFailure(
      `${shownUrl(url)}: no such object (404); publish the artifact there, or fix the link.`,
      false
    )
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return new ReadFailure(
    `${shownUrl(url)}${status ? ` (${status})` : ''}: ${name}: ${message}`,
    false
  )
}

export async function readS3(
  url: string,
  policy: TryPolicy,
  env: NodeJS.ProcessEnv
): Promise<RemoteReading> {
  const target = bucketAndKey(url)
  const { sdk, client } = await s3Client(policy, env)
  const timer = new IdleTimer(policy.idleMs)
  const abortSignal = timer.controller.signal
  try {
    const head = await client.send(
      new sdk.HeadObjectCommand({ ...target, ChecksumMode: 'ENABLED' }),
      { abortSignal }
    )
    timer.reset()
    const stored = fullObjectSha256(head)
    if (stored)
      return {
        digest: stored,
        size: head.ContentLength,
        source: { metadata: "S3's SHA-256 checksum of the object (x-amz-checksum-sha256)" }
      }
    const object = await client.send(new sdk.GetObjectCommand(target), { abortSignal })
    const body = object.Body as AsyncIterable<Uint8Array> | undefined
    if (!body) throw new ReadFailure(`${shownUrl(url)} gave no body.`, false)
    return { ...(await hashStream(body, timer)), source: 'stream' }
  } catch (error) {
    if (error instanceof ReadFailure) throw error
    if (timer.timedOut) throw timer.stalled(url, false)
    throw failure(url, error)
  } finally {
    timer.stop()
  }
}
