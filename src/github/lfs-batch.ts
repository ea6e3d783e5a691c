// Whether a Git LFS server has the objects a run's pointers name, through the Git LFS Batch API
// (git-lfs docs/api/batch.md): a `download` request per batch of oids, reading only whether each
// object would be served; nothing is transferred. The token goes to the endpoint given and
// nowhere else: redirects are refused, not followed, and no message carries it.
import type { LfsObject } from '../inventory/lfs-entries.js'
import { printable } from '../model/printable.js'

/** GitHub's batch endpoint takes at most 100 objects a request. */
export const LFS_BATCH_SIZE = 100
/** Requests in flight at once: enough to overlap round trips, few enough for a shared server. */
export const LFS_CONCURRENCY = 4
/** The longest one request may take, by default. */
const LFS_TIMEOUT_MS = 30_000
/** A batch answer for 100 objects is a few tens of KB; more than this is not an answer. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024

const MEDIA_TYPE = 'application/vnd.git-lfs+json'

interface LfsBatchRequest {
  /** The LFS server URL; requests go to `<url>/objects/batch`. */
  url: string
  token: string
  objects: readonly LfsObject[]
  timeoutMs?: number
}

export class LfsServerError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost'])

/** The batch URL, or why the server URL cannot be sent a token. */
function batchUrl(server: string): URL {
  let url: URL
  try {
    url = new URL(server)
  } catch {
    throw new LfsServerError(`The LFS server URL "${printable(server)}" is not a URL.`)
  }
  const shown = printable(`${url.protocol}//${url.host}${url.pathname}`)
  if (url.username || url.password)
    throw new LfsServerError(
      `The LFS server URL ${shown} carries credentials; give the URL alone (the token is github-token).`
    )
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    throw new LfsServerError(
      `The LFS server URL ${shown} is not https; the token is sent only over https.`
    )
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/objects/batch`
  url.search = ''
  url.hash = ''
  return url
}

/** An HTTP status as a sentence that says what to check. */
function statusProblem(status: number): string {
  if (status === 401 || status === 403)
    return `refused the token (HTTP ${status}); check that github-token may read the repository's contents (contents: read)`
  if (status === 404)
    return 'has no such repository or LFS store (HTTP 404); check lfs-url, or that the repository uses Git LFS'
  if (status >= 300 && status < 400)
    return `redirected the request (HTTP ${status}); redirects are not followed, so the token goes nowhere else: set lfs-url to the server's own URL`
  return `answered HTTP ${status}; check the server's status and re-run the job`
}

/** Reads a body, refusing one over the limit. */
async function boundedText(response: Response): Promise<string> {
  const reader = response.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let total = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.length
    if (total > MAX_ANSWER_BYTES) {
      await reader.cancel()
      throw new LfsServerError(`answered with more than ${MAX_ANSWER_BYTES} bytes`)
    }
    chunks.push(read.value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The oids of a batch answer the server says it does not have; throws on any other answer. */
function missingIn(text: string, asked: readonly LfsObject[]): Set<string> {
  let answer: unknown
  try {
    answer = JSON.parse(text)
  } catch {
    throw new LfsServerError('answered with something that is not JSON')
  }
  const objects = (answer as { objects?: unknown } | null)?.objects
  if (!Array.isArray(objects)) throw new LfsServerError('answered without an "objects" list')
  const wanted = new Set(asked.map((object) => object.oid))
  const answered = new Set<string>()
  const missing = new Set<string>()
  for (const item of objects as unknown[]) {
    const { oid, error } = (item ?? {}) as { oid?: unknown; error?: { code?: unknown } }
    if (typeof oid !== 'string' || !wanted.has(oid))
      throw new LfsServerError('answered for an object it was not asked about')
    answered.add(oid)
    if (error === undefined) continue
    // 404: not on the server; 410: removed from it. Either way the content cannot be had.
    if (error?.code === 404 || error?.code === 410) missing.add(oid)
    else
      throw new LfsServerError(
        `answered error ${printable(String(error?.code))} for object ${oid}, which says neither that it has it nor that it does not`
      )
  }
  const unanswered = [...wanted].find((oid) => !answered.has(oid))
  if (unanswered) throw new LfsServerError(`did not answer for object ${unanswered}`)
  return missing
}

/** One batch request: the oids the server does not have. */
async function askBatch(
  url: URL,
  token: string,
  objects: readonly LfsObject[],
  timeoutMs: number
): Promise<Set<string>> {
  const body = JSON.stringify({
    operation: 'download',
    transfers: ['basic'],
    objects: objects.map((object) => ({ oid: object.oid, size: Number(object.size) })),
    hash_algo: 'sha256'
  })
  const where = `The LFS server at ${printable(`${url.origin}${url.pathname}`)}`
  const stopped = (problem: string): LfsServerError =>
    new LfsServerError(
      `${where} ${problem}; whether the objects exist cannot be known, so the run stops. Check lfs-url and the server, then re-run the job.`
    )
  const failure = (error: unknown): LfsServerError => {
    if (error instanceof LfsServerError) return stopped(error.message)
    const { name, message, cause } = error as Error & { cause?: { code?: string } }
    if (name === 'TimeoutError' || name === 'AbortError')
      return stopped(`did not answer within ${timeoutMs / 1000} s`)
    return stopped(`could not be reached (${printable(cause?.code ?? message)})`)
  }
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        accept: MEDIA_TYPE,
        'content-type': MEDIA_TYPE,
        // As actions/checkout gives git the token: basic, with the x-access-token user.
        authorization: `Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs)
    })
    if (response.status !== 200) {
      await response.body?.cancel()
      throw new LfsServerError(statusProblem(response.status))
    }
    return missingIn(await boundedText(response), objects)
  } catch (error) {
    throw failure(error)
  }
}

/**
 * The objects the server does not have, in the order given. Batches of LFS_BATCH_SIZE, at most
 * LFS_CONCURRENCY at once; any failure (network, status, an answer that is not one) throws a
 * LfsServerError whose message names the server, never the token.
 */
export async function missingLfsObjects(request: LfsBatchRequest): Promise<LfsObject[]> {
  const url = batchUrl(request.url)
  const timeoutMs = request.timeoutMs ?? LFS_TIMEOUT_MS
  const batches: LfsObject[][] = []
  for (let start = 0; start < request.objects.length; start += LFS_BATCH_SIZE)
    batches.push(request.objects.slice(start, start + LFS_BATCH_SIZE))
  const missing = new Set<string>()
  let next = 0
  const worker = async (): Promise<void> => {
    for (let batch = batches[next++]; batch; batch = batches[next++])
      for (const oid of await askBatch(url, request.token, batch, timeoutMs)) missing.add(oid)
  }
  await Promise.all(Array.from({ length: Math.min(LFS_CONCURRENCY, batches.length) }, worker))
  return request.objects.filter((object) => missing.has(object.oid))
}
