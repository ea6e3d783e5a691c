// A loopback HTTP server answering the GitHub REST calls the action makes, with the payload
// shapes GitHub returns (trimmed to the fields clients read) and Link-header pagination, so the
// real Octokit client of @actions/github talks to it through GITHUB_API_URL. GitHub's API itself
// cannot run here.
import { writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { tempDir } from './temp.js'
import { handleGitData, newGitStore, type GitStore } from './github-git.js'
import { handleReleases, newReleaseStore, type ReleaseStore } from './github-releases.js'

export const OWNER = 'kfm'
export const REPO = 'datasets'
export const PR_NUMBER = 7
export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
export const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'

export interface PullFile {
  filename: string
  status?: string
  previous_filename?: string
}

export interface Review {
  login: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'
  submitted_at: string
  commit_id: string
}

export interface GithubApi {
  url: string
  files: PullFile[]
  reviews: Review[]
  teams: Record<string, string[]>
  comments: Array<{ id: number; body: string; user?: { login: string; type: string } }>
  /** When set, team membership answers with this status (GITHUB_TOKEN gets 403 there). */
  teamsRefuse?: number
  /** The login GET /user answers with (a personal token); unset, it refuses as for GITHUB_TOKEN. */
  authenticated?: string
  requests: Array<{ method: string; path: string; authorization?: string }>
  /** When set, every call answers with this status. */
  failWith?: number
  /** The head commit's committer date, as GET /repos/{owner}/{repo}/git/commits/{sha} gives it. */
  committedAt: string
  /**
   * The event's environment; `pullRequest` fields are merged into the payload's pull_request
   * (a title, labels, an updated_at: what editing a pull request changes).
   */
  env(eventName?: string, pullRequest?: Record<string, unknown>): NodeJS.ProcessEnv
  /** Git Data: blobs, trees, commits, refs (github-git.ts). */
  git: GitStore
  /** Releases and their assets (github-releases.ts). */
  releases: ReleaseStore
  close(): Promise<void>
}

function page<T>(
  items: T[],
  url: URL,
  base: string,
  response: import('node:http').ServerResponse
): T[] {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
  const current = Number(url.searchParams.get('page') ?? 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (n: number): string => {
    const next = new URL(url.pathname, base)
    next.searchParams.set('per_page', String(perPage))
    next.searchParams.set('page', String(n))
    return next.href
  }
  const links = []
  if (current < last)
    links.push(`<${link(current + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
  if (current > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(current - 1)}>; rel="prev"`)
  if (links.length) response.setHeader('link', links.join(', '))
  return items.slice((current - 1) * perPage, current * perPage)
}

export async function startGithubApi(): Promise<GithubApi> {
  let nextComment = 9000
  const api: GithubApi = {
    url: '',
    files: [],
    reviews: [],
    teams: {},
    comments: [],
    requests: [],
    committedAt: '2026-02-20T12:30:00Z',
    git: newGitStore(),
    releases: newReleaseStore(),
    env(eventName = 'pull_request', pullRequest = {}) {
      const dir = tempDir('pm-event-')
      const eventPath = path.join(dir, 'event.json')
      writeFileSync(
        eventPath,
        JSON.stringify({
          action: 'synchronize',
          number: PR_NUMBER,
          pull_request: {
            number: PR_NUMBER,
            state: 'open',
            changed_files: api.files.length,
            head: { sha: HEAD_SHA, ref: 'update-gauges' },
            base: { sha: '0'.repeat(40), ref: 'main' },
            ...pullRequest
          },
          repository: { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } }
        })
      )
      return {
        GITHUB_API_URL: api.url,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        'INPUT_GITHUB-TOKEN': TOKEN
      }
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (c: Buffer) => chunks.push(c))
    request.on('end', () => {
      const bytes = Buffer.concat(chunks)
      const text = bytes.toString('utf8')
      const url = new URL(request.url ?? '/', api.url)
      api.requests.push({
        method: request.method ?? '',
        path: `${url.pathname}${url.search}`,
        authorization: request.headers.authorization
      })
      const reply = (status: number, value: unknown): void => {
        if (status === 204) return void response.writeHead(204).end()
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
        response.end(JSON.stringify(value))
      }
      const send = (status: number, content: Buffer): void => {
        response.writeHead(status, { 'content-type': 'application/octet-stream' })
        response.end(content)
      }
      if (api.failWith)
        return reply(api.failWith, {
          message: api.failWith === 403 ? 'Resource not accessible by integration' : 'Server Error',
          documentation_url: 'https://docs.github.com/rest',
          status: String(api.failWith)
        })
      const repo = `/repos/${OWNER}/${REPO}`
      const p = url.pathname
      if (request.method === 'GET' && p === `${repo}/pulls/${PR_NUMBER}/files`) {
        return reply(
          200,
          // GitHub lists at most 3,000 files of a pull request, silently.
          page(api.files.slice(0, 3000), url, api.url, response).map((f, i) => ({
            sha: i.toString(16).padStart(40, '0'),
            filename: f.filename,
            status: f.status ?? 'modified',
            additions: 1,
            deletions: 0,
            changes: 1,
            blob_url: `https://github.com/${OWNER}/${REPO}/blob/${HEAD_SHA}/${f.filename}`,
            raw_url: `https://github.com/${OWNER}/${REPO}/raw/${HEAD_SHA}/${f.filename}`,
            contents_url: `https://api.github.com${repo}/contents/${f.filename}?ref=${HEAD_SHA}`,
            patch: '@@ -1 +1 @@',
            ...(f.previous_filename ? { previous_filename: f.previous_filename } : {})
          }))
        )
      }
      if (request.method === 'GET' && p === `${repo}/pulls/${PR_NUMBER}/reviews`) {
        return reply(
          200,
          page(api.reviews, url, api.url, response).map((r, i) => ({
            id: 80 + i,
            node_id: `PRR_${i}`,
            user: { login: r.login, id: 1000 + i, type: 'User' },
            body: '',
            state: r.state,
            html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR_NUMBER}#pullrequestreview-${80 + i}`,
            pull_request_url: `https://api.github.com${repo}/pulls/${PR_NUMBER}`,
            author_association: 'MEMBER',
            submitted_at: r.submitted_at,
            commit_id: r.commit_id
          }))
        )
      }
      if (request.method === 'GET' && p === `${repo}/git/commits/${HEAD_SHA}`) {
        const person = { name: 'Gauge Bot', email: 'bot@kfm.example', date: api.committedAt }
        return reply(200, {
          sha: HEAD_SHA,
          node_id: 'C_1',
          url: `https://api.github.com${repo}/git/commits/${HEAD_SHA}`,
          html_url: `https://github.com/${OWNER}/${REPO}/commit/${HEAD_SHA}`,
          author: person,
          committer: person,
          message: 'Update gauges',
          tree: {
            sha: 'e'.repeat(40),
            url: `https://api.github.com${repo}/git/trees/${'e'.repeat(40)}`
          },
          parents: [],
          verification: { verified: false, reason: 'unsigned', signature: null, payload: null }
        })
      }
      const method = request.method ?? ''
      if (handleGitData(api.git, method, repo, p, text, reply)) return
      const call = { method, accept: request.headers.accept ?? '', search: url.searchParams }
      if (handleReleases(api.releases, api.git, api.url, call, repo, p, bytes, reply, send)) return
      const membership = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(p)
      if (request.method === 'GET' && membership && api.teamsRefuse) {
        return reply(api.teamsRefuse, { message: 'Resource not accessible by integration' })
      }
      if (request.method === 'GET' && membership) {
        const members = api.teams[`${membership[1]}/${membership[2]}`] ?? []
        return members.includes(membership[3]!)
          ? reply(200, { url: `https://api.github.com${p}`, role: 'member', state: 'active' })
          : reply(404, {
              message: 'Not Found',
              documentation_url: 'https://docs.github.com/rest',
              status: '404'
            })
      }
      if (request.method === 'GET' && p === '/user') {
        // An installation token (GITHUB_TOKEN) cannot ask who it is; a personal token can.
        return api.authenticated
          ? reply(200, { login: api.authenticated, type: 'User' })
          : reply(403, { message: 'Resource not accessible by integration', status: '403' })
      }
      if (p === `${repo}/issues/${PR_NUMBER}/comments`) {
        if (request.method === 'GET')
          return reply(
            200,
            page(api.comments, url, api.url, response).map((c) => ({
              id: c.id,
              body: c.body,
              user: c.user ?? { login: 'github-actions[bot]', type: 'Bot' }
            }))
          )
        if (request.method === 'POST') {
          const comment = { id: nextComment++, body: String(JSON.parse(text).body) }
          api.comments.push(comment)
          return reply(201, { ...comment, user: { login: 'github-actions[bot]', type: 'Bot' } })
        }
      }
      const edit = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(p)
      if (request.method === 'PATCH' && edit) {
        const comment = api.comments.find((c) => c.id === Number(edit[1]))
        if (!comment) return reply(404, { message: 'Not Found' })
        comment.body = String(JSON.parse(text).body)
        return reply(200, { ...comment, user: { login: 'github-actions[bot]', type: 'Bot' } })
      }
      return reply(404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404'
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return api
}
