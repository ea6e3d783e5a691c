// What failed when a request to a remote service (the GitHub API, the artifact service) never got
// an answer: the name did not resolve, the connection was refused, reset or timed out, or TLS
// failed. Clients wrap these in their own errors (Octokit as a RequestError with status 500,
// fetch as "fetch failed" with the cause inside, the artifact client as a message naming the
// code), so the sentence is found in the error's causes, not in the status it was given: a
// request that was never answered has no HTTP status, and saying "HTTP 500" sends the reader to
// the service's status page instead of the runner's network.
import { printable } from '../model/printable.js'

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA'])
const REFUSED = new Set(['ECONNREFUSED'])
const RESET = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED'])
const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN'])
const TIMEOUT = new Set([
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT'
])
/** OpenSSL's certificate codes and Node's TLS errors. */
const TLS =
  /^(?:CERT_\w+|ERR_TLS_\w+|ERR_SSL_\w+|UNABLE_TO_\w+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH|EPROTO)$/

const isKnown = (code: string): boolean =>
  DNS.has(code) ||
  REFUSED.has(code) ||
  RESET.has(code) ||
  UNREACHABLE.has(code) ||
  TIMEOUT.has(code) ||
  TLS.test(code)

/** The fields Node and undici put on a failed connection's error. */
interface SystemError {
  code?: unknown
  name?: unknown
  message?: unknown
  hostname?: unknown
  host?: unknown
  address?: unknown
  port?: unknown
  cause?: unknown
  errors?: unknown
}

/** The error and everything it wraps (`cause`, an AggregateError's `errors`), breadth first. */
function chainOf(error: unknown): SystemError[] {
  const chain: SystemError[] = []
  const queue: unknown[] = [error]
  while (queue.length > 0 && chain.length < 32) {
    const next = queue.shift()
    if (next === null || typeof next !== 'object' || chain.includes(next as SystemError)) continue
    const found = next as SystemError
    chain.push(found)
    queue.push(found.cause, ...(Array.isArray(found.errors) ? found.errors : []))
  }
  return chain
}

/**
 * Where the clients only wrote the code into a message: the artifact client's "Unable to make
 * request: ENOTFOUND", and Node's own "getaddrinfo ENOTFOUND host", "connect ECONNREFUSED …",
 * "read ECONNRESET". Only these shapes: a message of ours that already says what failed (and so
 * names a code) is not taken for the failure itself.
 */
const CODE_IN_MESSAGE =
  /(?:Unable to make request: |\b(?:getaddrinfo|connect|read|write) )([A-Z][A-Z0-9_]+)\b/

function codeInMessage(chain: readonly SystemError[]): string | undefined {
  for (const error of chain) {
    if (typeof error.message !== 'string') continue
    const code = CODE_IN_MESSAGE.exec(error.message)?.[1]
    if (code !== undefined && isKnown(code)) return code
  }
  return undefined
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? printable(String(value)) : undefined

/** Where the request went, as far as the errors say. */
function placeOf(chain: readonly SystemError[]): { host?: string; address?: string } {
  let host: string | undefined
  let address: string | undefined
  for (const error of chain) {
    host ??= text(error.hostname) ?? text(error.host)
    const ip = text(error.address)
    const port = text(error.port)
    if (ip !== undefined) address ??= port === undefined ? ip : `${ip}:${port}`
  }
  return { host, address }
}

function sentence(code: string, place: { host?: string; address?: string }): string {
  const at = place.address ?? place.host
  if (DNS.has(code))
    return `DNS failure: the name ${place.host ?? 'of the server'} could not be resolved (${code}${code === 'EAI_AGAIN' ? ', the resolver did not answer in time' : ''}); no request was sent`
  if (REFUSED.has(code))
    return `connection refused: nothing accepts connections at ${at ?? 'the server'} (${code})`
  if (RESET.has(code))
    return `connection reset: ${at ?? 'the server'} closed the connection before it answered (${code})`
  if (UNREACHABLE.has(code))
    return `network unreachable: no route to ${at ?? 'the server'} (${code})`
  if (TIMEOUT.has(code)) return `timeout: ${at ?? 'the server'} did not answer in time (${code})`
  return `TLS failure: the secure connection to ${at ?? 'the server'} could not be made (${code}); check the certificate the server (or a proxy between) presents`
}

/**
 * The network failure behind `error`, as a sentence that says what failed and has no HTTP status;
 * undefined when the request was answered (the error is the service's, with its real status).
 */
export function networkFailure(error: unknown): string | undefined {
  const chain = chainOf(error)
  const place = placeOf(chain)
  for (const link of chain) {
    const code = typeof link.code === 'string' ? link.code : undefined
    if (code !== undefined && isKnown(code)) return sentence(code, place)
  }
  // fetch's own timeout (AbortSignal.timeout) has a name, not a code.
  if (chain.some((link) => link.name === 'TimeoutError'))
    return `timeout: ${place.address ?? place.host ?? 'the server'} did not answer in time`
  const code = codeInMessage(chain)
  return code === undefined ? undefined : sentence(code, place)
}
