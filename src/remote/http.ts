// An http(s) link read with the platform's fetch: the body hashed as it streams, redirects
// followed by hand so each hop is seen. No credential is ever sent on these reads (no
// Authorization header, no cookie, a URL with a user or password is refused before), so a
// redirect to another host gets nothing secret; a redirect to another scheme, or from https
// down to http, is refused with a sentence.
import { IdleTimer, ReadFailure, type TryPolicy } from './failure.js'
import { hashStream, type StreamDigest } from './hash-stream.js'
import { sha256Digest } from '../model/digest.js'
import { shownUrl } from '../model/shown-url.js'

/** Hops a link may take before it is taken for a redirect loop. */
const MAX_REDIRECTS = 5

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** The digest of no bytes: a body-less answer (a 204) is an empty object. */
const EMPTY_DIGEST = sha256Digest('')

/** A fetch error in words: undici hides the socket's reason in `cause`. */
function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const said = cause?.code ?? cause?.message
  return said ?? (error instanceof Error ? error.message : String(error))
}

/** The next URL of a redirect, or a failure saying why it is not followed. */
function redirectTarget(from: URL, location: string | null): URL {
  const target = location === null ? null : URL.parse(location, from.href)
  if (target === null)
    throw new ReadFailure(
      `${shownUrl(from.href)} redirects without a usable Location; link the object's own URL.`,
      false
    )
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new ReadFailure(
      `${shownUrl(from.href)} redirects to a ${target.protocol} URL, which is not followed; link the object's own http(s) URL.`,
      false
    )
  if (from.protocol === 'https:' && target.protocol === 'http:')
    throw new ReadFailure(
      `${shownUrl(from.href)} redirects from https to plain http (${shownUrl(target.href)}), which is not followed; publish the copy over https.`,
      false
    )
  return target
}

/** One try at a link: the request, its redirects, and the body hashed. */
export async function readHttp(url: string, policy: TryPolicy): Promise<StreamDigest> {
  let current = new URL(url)
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const timer = new IdleTimer(policy.idleMs)
    try {
      const response = await fetch(current, {
        redirect: 'manual',
        signal: timer.controller.signal,
        headers: { accept: '*/*' }
      })
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel()
        current = redirectTarget(current, response.headers.get('location'))
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        const answer = `${shownUrl(current.href)} answered ${response.status} ${response.statusText}`
        if (response.status >= 500) throw new ReadFailure(`${answer}.`, true)
        throw new ReadFailure(
          response.status === 404
            ? `${answer}: nothing is published there; publish the artifact there, or fix the link.`
            : `${answer}; the gate reads remote links without credentials, so the object must be readable without them (docs/remote-assets.md).`,
          false
        )
      }
      if (!response.body) return { digest: EMPTY_DIGEST, size: 0 }
      return await hashStream(response.body, timer)
    } catch (error) {
      if (error instanceof ReadFailure) throw error
      if (timer.timedOut) throw timer.stalled(current.href, true)
      throw new ReadFailure(`${shownUrl(current.href)}: ${networkProblem(error)}.`, true)
    } finally {
      timer.stop()
    }
  }
  throw new ReadFailure(
    `${shownUrl(url)} redirects more than ${MAX_REDIRECTS} times (a redirect loop?); link the object's final URL.`,
    false
  )
}
