// A request that never got an answer says what failed (DNS, refused, reset, timeout), with no
// HTTP status made up for it; an answered request keeps its real status. Real clients (Octokit
// from @actions/github, the @actions/artifact upload) against real sockets: a name under the
// reserved .invalid TLD (RFC 6761: resolvers answer "no such name" without asking the network),
// a loopback port nothing listens on, and loopback servers that cut or answer.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer as createTcpServer } from 'node:net'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { getOctokit } from '@actions/github'
import { describeError } from '../../src/action/upload.js'
import { networkFailure } from '../../src/github/network-failure.js'
import { describeApiError } from '../../src/github/pull-request.js'
import { uploadArtifact } from '../../src/github/artifact-upload.js'
import { runtimeToken } from '../helpers/artifact-service.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const servers: Array<{ close(callback: () => void): unknown }> = []
afterAll(() => Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done())))))

async function listening<T extends Server | ReturnType<typeof createTcpServer>>(
  server: T
): Promise<string> {
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A loopback port that was free a moment ago and that nothing listens on now. */
async function closedPort(): Promise<number> {
  const server = createTcpServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** What describeApiError says when listing a pull request's files at `baseUrl` fails. */
async function apiFailure(baseUrl: string): Promise<string> {
  const octokit = getOctokit('token', { baseUrl, retry: { enabled: false } })
  const error = await octokit.rest.pulls.listFiles({ owner: 'o', repo: 'r', pull_number: 1 }).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeDefined()
  return describeApiError('Listing the files of pull request #1', error)
}

describe('a GitHub API request that was never answered', () => {
  it('names the DNS failure, quickly and without the network, and no HTTP status', async () => {
    const started = Date.now()
    const message = await apiFailure('http://api.github.invalid')
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(message).toBe(
      'Listing the files of pull request #1 failed: DNS failure: the name api.github.invalid could not be resolved (ENOTFOUND); no request was sent. Check that the job can reach the GitHub API (GITHUB_API_URL) and re-run the job.'
    )
  })

  it('names a refused connection, with the address', async () => {
    const port = await closedPort()
    const message = await apiFailure(`http://127.0.0.1:${port}`)
    expect(message).toContain(
      `failed: connection refused: nothing accepts connections at 127.0.0.1:${port} (ECONNREFUSED).`
    )
    expect(message).not.toContain('HTTP')
  })

  it('names a connection the server cut before answering', async () => {
    const url = await listening(createTcpServer((socket) => socket.destroy()))
    const message = await apiFailure(url)
    expect(message).toMatch(
      /failed: connection reset: .* closed the connection before it answered \((ECONNRESET|UND_ERR_SOCKET)\)\./
    )
    expect(message).not.toContain('HTTP')
  })

  it('keeps the real status of a request that was answered', async () => {
    const url = await listening(
      createServer((_request, response) => {
        response.writeHead(503, { 'content-type': 'application/json' })
        response.end('{"message":"unavailable"}')
      })
    )
    expect(await apiFailure(url)).toBe(
      'Listing the files of pull request #1 failed (HTTP 503): unavailable. Check the GitHub API status and re-run the job.'
    )
  })
})

describe('an artifact upload that never got an answer', () => {
  it('names the DNS failure of the artifact service, from the client’s own error', async () => {
    const saved = { ...process.env }
    Object.assign(process.env, {
      ACTIONS_RUNTIME_TOKEN: runtimeToken(),
      ACTIONS_RESULTS_URL: 'http://results.invalid/'
    })
    const directory = tempDir()
    writeFileSync(path.join(directory, 'a.txt'), 'a')
    try {
      const error = await uploadArtifact({
        name: 'x',
        files: [path.join(directory, 'a.txt')],
        rootDirectory: directory,
        timeoutSeconds: 30
      }).then(
        () => undefined,
        (e: unknown) => e
      )
      expect(describeError(error)).toBe(
        'DNS failure: the name of the server could not be resolved (ENOTFOUND); no request was sent'
      )
    } finally {
      process.env = saved
    }
  })
})

describe('networkFailure', () => {
  it.each([
    [
      { code: 'EAI_AGAIN', hostname: 'api.github.com' },
      'DNS failure: the name api.github.com could not be resolved (EAI_AGAIN, the resolver did not answer in time)'
    ],
    [
      { code: 'ETIMEDOUT', address: '10.0.0.1', port: 443 },
      'timeout: 10.0.0.1:443 did not answer in time (ETIMEDOUT)'
    ],
    [{ code: 'UND_ERR_CONNECT_TIMEOUT' }, 'timeout: the server did not answer in time'],
    [
      { code: 'CERT_HAS_EXPIRED', host: 'api.github.com' },
      'TLS failure: the secure connection to api.github.com could not be made (CERT_HAS_EXPIRED)'
    ],
    [{ name: 'TimeoutError' }, 'timeout: the server did not answer in time']
  ])('reads %j, however deep it is wrapped', (cause, says) => {
    const wrapped = Object.assign(new Error('Request failed'), {
      status: 500,
      cause: new TypeError('fetch failed', { cause: new AggregateError([cause]) })
    })
    expect(networkFailure(wrapped)).toContain(says)
  })

  it('does not take a sentence of ours that names a code for the failure itself', () => {
    const ours = new Error(
      'The manifest passed and was written, but uploading it failed: connection reset: the server closed the connection before it answered (ECONNRESET).'
    )
    expect(networkFailure(ours)).toBeUndefined()
    expect(describeError(ours)).toBe(ours.message)
  })

  it('says nothing of an error that is no network failure', () => {
    expect(networkFailure(Object.assign(new Error('Not Found'), { status: 404 }))).toBeUndefined()
    expect(networkFailure(new Error('EACCES: permission denied'))).toBeUndefined()
  })
})
