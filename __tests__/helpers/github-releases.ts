// The releases part of the loopback GitHub API: create a draft, upload an asset (on the upload
// host, here the same server under /uploads), publish, get by tag (published releases only, as
// GitHub answers), list (drafts too, for a token that can push), download an asset. Publishing
// creates the tag on the release's target commit. GitHub's API itself cannot run here.
import type { GitStore, Reply } from './github-git.js'

export interface LoopbackAsset {
  id: number
  name: string
  content: Buffer
  content_type: string
}

export interface LoopbackRelease {
  id: number
  tag_name: string
  target_commitish: string
  name: string
  body: string
  draft: boolean
  assets: LoopbackAsset[]
}

export interface ReleaseStore {
  releases: LoopbackRelease[]
  nextId: number
  /** An asset name whose next upload is refused with 502, once: a publication cut part-way. */
  failUploadOf?: string
}

export function newReleaseStore(): ReleaseStore {
  return { releases: [], nextId: 100 }
}

const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }

function assetBody(base: string, repo: string, asset: LoopbackAsset) {
  return {
    id: asset.id,
    name: asset.name,
    size: asset.content.length,
    state: 'uploaded',
    content_type: asset.content_type,
    url: `${base}${repo}/releases/assets/${asset.id}`,
    browser_download_url: `https://github.com${repo.replace('/repos', '')}/releases/download/x/${asset.name}`
  }
}

function releaseBody(base: string, repo: string, release: LoopbackRelease) {
  const web = `https://github.com${repo.replace('/repos', '')}`
  return {
    id: release.id,
    tag_name: release.tag_name,
    target_commitish: release.target_commitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: false,
    html_url: release.draft
      ? `${web}/releases/tag/untagged-${release.id.toString(16).padStart(20, '0')}`
      : `${web}/releases/tag/${release.tag_name}`,
    url: `${base}${repo}/releases/${release.id}`,
    upload_url: `${base}/uploads${repo}/releases/${release.id}/assets{?name,label}`,
    assets: release.assets.map((asset) => assetBody(base, repo, asset))
  }
}

const TAKEN = {
  message: 'Validation Failed',
  errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
  documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release'
}

/** Answers a releases call; false when it is not one. */
export function handleReleases(
  store: ReleaseStore,
  git: GitStore,
  base: string,
  request: { method: string; accept: string; search: URLSearchParams },
  repo: string,
  p: string,
  bytes: Buffer,
  reply: Reply,
  send: (status: number, bytes: Buffer) => void
): boolean {
  const { method } = request
  const shown = (release: LoopbackRelease) => releaseBody(base, repo, release)
  const published = (tag: string) => store.releases.find((r) => !r.draft && r.tag_name === tag)
  const upload = new RegExp(`^/uploads${repo}/releases/(\\d+)/assets$`).exec(p)
  if (method === 'POST' && upload) {
    const release = store.releases.find((r) => r.id === Number(upload[1]))
    const name = request.search.get('name') ?? ''
    if (!release) return (reply(404, NOT_FOUND), true)
    if (store.failUploadOf === name) {
      store.failUploadOf = undefined
      return (reply(502, { message: 'Server Error' }), true)
    }
    if (!release.draft || release.assets.some((a) => a.name === name))
      return (
        reply(422, {
          message: 'Validation Failed',
          errors: [{ code: 'already_exists', field: 'name' }]
        }),
        true
      )
    const asset = {
      id: store.nextId++,
      name,
      content: bytes,
      content_type: 'application/octet-stream'
    }
    release.assets.push(asset)
    return (reply(201, assetBody(base, repo, asset)), true)
  }
  if (!p.startsWith(`${repo}/releases`)) return false
  const rest = p.slice(`${repo}/releases`.length)
  const body = () => JSON.parse(bytes.toString('utf8') || '{}') as Record<string, unknown>
  if (method === 'GET' && rest === '') {
    const page = Number(request.search.get('page') ?? 1)
    const perPage = Number(request.search.get('per_page') ?? 30)
    const newestFirst = [...store.releases].reverse()
    return (reply(200, newestFirst.slice((page - 1) * perPage, page * perPage).map(shown)), true)
  }
  const byTag = /^\/tags\/(.+)$/.exec(rest)
  if (method === 'GET' && byTag) {
    const release = published(decodeURIComponent(byTag[1]!))
    return (reply(release ? 200 : 404, release ? shown(release) : NOT_FOUND), true)
  }
  if (method === 'POST' && rest === '') {
    const given = body()
    if (published(String(given.tag_name))) return (reply(422, TAKEN), true)
    const release: LoopbackRelease = {
      id: store.nextId++,
      tag_name: String(given.tag_name),
      target_commitish: String(given.target_commitish ?? 'main'),
      name: String(given.name ?? ''),
      body: String(given.body ?? ''),
      draft: given.draft === true,
      assets: []
    }
    store.releases.push(release)
    return (reply(201, shown(release)), true)
  }
  const asset = /^\/assets\/(\d+)$/.exec(rest)
  if (asset) {
    const owner = store.releases.find((r) => r.assets.some((a) => a.id === Number(asset[1])))
    const found = owner?.assets.find((a) => a.id === Number(asset[1]))
    if (!owner || !found) return (reply(404, NOT_FOUND), true)
    if (method === 'GET' && request.accept === 'application/octet-stream')
      return (send(200, found.content), true)
    if (method === 'GET') return (reply(200, assetBody(base, repo, found)), true)
    if (method === 'DELETE' && owner.draft) {
      owner.assets = owner.assets.filter((a) => a !== found)
      return (reply(204, ''), true)
    }
  }
  const one = /^\/(\d+)$/.exec(rest)
  const release = one ? store.releases.find((r) => r.id === Number(one[1])) : undefined
  if (one && !release) return (reply(404, NOT_FOUND), true)
  if (release && method === 'GET') return (reply(200, shown(release)), true)
  if (release && method === 'DELETE' && release.draft) {
    store.releases = store.releases.filter((r) => r !== release)
    return (reply(204, ''), true)
  }
  if (release && method === 'PATCH') {
    const given = body()
    if (!release.draft) return (reply(422, { message: 'Cannot modify an immutable release' }), true)
    if (given.body !== undefined) release.body = String(given.body)
    if (given.draft === false) {
      if (published(release.tag_name)) return (reply(422, TAKEN), true)
      release.draft = false
      const tag = `tags/${release.tag_name}`
      if (!git.refs.has(tag)) git.refs.set(tag, release.target_commitish)
    }
    return (reply(200, shown(release)), true)
  }
  return false
}

/** A release published before the test: its tag made on `commit`. */
export function seedRelease(
  store: ReleaseStore,
  git: GitStore,
  release: { tag: string; commit: string; assets: Record<string, string> }
): void {
  store.releases.push({
    id: store.nextId++,
    tag_name: release.tag,
    target_commitish: release.commit,
    name: release.tag,
    body: '',
    draft: false,
    assets: Object.entries(release.assets).map(([name, content]) => ({
      id: store.nextId++,
      name,
      content: Buffer.from(content),
      content_type: 'application/octet-stream'
    }))
  })
  git.refs.set(`tags/${release.tag}`, release.commit)
}
