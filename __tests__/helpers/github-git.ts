// The Git Data part of the loopback GitHub API: blobs, trees, commits and refs, kept in memory
// with GitHub's payload shapes (trimmed), and a ref update refused as GitHub refuses it: 422
// "Update is not a fast forward" unless the new commit descends from the tip, 422 "Reference
// already exists" when creating a ref that is there. GitHub's API itself cannot run here.
import { createHash } from 'node:crypto'

export interface GitCommit {
  tree: string
  parents: string[]
  message: string
}

export interface GitStore {
  blobs: Map<string, Buffer>
  /** A tree as the paths of its blobs (nested folders flattened to `a/b` paths). */
  trees: Map<string, Map<string, string>>
  commits: Map<string, GitCommit>
  /** `heads/<branch>` and `tags/<tag>` → commit sha. */
  refs: Map<string, string>
  /** When above zero, ref writes wait until this many have arrived, then run in arrival order. */
  holdRefWrites: number
  /** Ref writes refused (not a fast forward, or the ref already exists). */
  refusedRefWrites: number
  /** The ref writes waiting while holdRefWrites is set. */
  heldWrites: Array<() => void>
}

export type Reply = (status: number, value: unknown) => void

export function newGitStore(): GitStore {
  return {
    blobs: new Map(),
    trees: new Map(),
    commits: new Map(),
    refs: new Map(),
    holdRefWrites: 0,
    refusedRefWrites: 0,
    heldWrites: []
  }
}

function sha(kind: string, content: string | Buffer): string {
  return createHash('sha1').update(`${kind}\0`).update(content).digest('hex')
}

/** The text of the file at `file` in the tip of `branch`, or undefined. */
export function fileAt(store: GitStore, branch: string, file: string): string | undefined {
  const tip = store.refs.get(`heads/${branch}`)
  const tree = tip ? store.trees.get(store.commits.get(tip)!.tree) : undefined
  const blob = tree?.get(file)
  return blob ? store.blobs.get(blob)!.toString('utf8') : undefined
}

function descends(store: GitStore, commit: string, ancestor: string): boolean {
  const seen = new Set<string>()
  const queue = [commit]
  while (queue.length > 0) {
    const at = queue.shift()!
    if (at === ancestor) return true
    if (seen.has(at)) continue
    seen.add(at)
    queue.push(...(store.commits.get(at)?.parents ?? []))
  }
  return false
}

const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }

function refBody(base: string, ref: string, target: string) {
  return {
    ref: `refs/${ref}`,
    node_id: `REF_${ref}`,
    url: `${base}/git/refs/${ref}`,
    object: { sha: target, type: 'commit', url: `${base}/git/commits/${target}` }
  }
}

function treeEntries(tree: Map<string, string>, store: GitStore) {
  const folders = new Set<string>()
  for (const file of tree.keys()) {
    const parts = file.split('/')
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'))
  }
  return [
    ...[...folders].map((folder) => ({
      path: folder,
      mode: '040000',
      type: 'tree',
      sha: sha('tree', folder)
    })),
    ...[...tree].map(([file, blob]) => ({
      path: file,
      mode: '100644',
      type: 'blob',
      sha: blob,
      size: store.blobs.get(blob)?.length ?? 0
    }))
  ].sort((a, b) => (a.path < b.path ? -1 : 1))
}

function writeRef(
  store: GitStore,
  method: string,
  ref: string,
  body: Record<string, unknown>,
  reply: Reply
): void {
  const target = String(body.sha)
  if (!store.commits.has(target)) return reply(422, { message: 'Object does not exist' })
  const current = store.refs.get(ref)
  if (method === 'POST' && current !== undefined) {
    store.refusedRefWrites++
    return reply(422, { message: 'Reference already exists', status: '422' })
  }
  if (method === 'PATCH' && current === undefined)
    return reply(422, { message: 'Reference does not exist', status: '422' })
  if (method === 'PATCH' && body.force !== true && !descends(store, target, current!)) {
    store.refusedRefWrites++
    return reply(422, { message: 'Update is not a fast forward', status: '422' })
  }
  store.refs.set(ref, target)
  reply(method === 'POST' ? 201 : 200, refBody('', ref, target))
}

/** Answers a Git Data call under `repo` (`/repos/o/r`); false when `p` is not one. */
export function handleGitData(
  store: GitStore,
  method: string,
  repo: string,
  p: string,
  text: string,
  reply: Reply
): boolean {
  if (!p.startsWith(`${repo}/git/`)) return false
  const rest = p.slice(`${repo}/git/`.length)
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  const getRef = /^ref\/(.+)$/.exec(rest)
  if (method === 'GET' && getRef) {
    const ref = decodeURIComponent(getRef[1]!)
    const target = store.refs.get(ref)
    reply(target ? 200 : 404, target ? refBody(repo, ref, target) : NOT_FOUND)
    return true
  }
  const patchRef = /^refs\/(.+)$/.exec(rest)
  if ((method === 'POST' && rest === 'refs') || (method === 'PATCH' && patchRef)) {
    const ref =
      method === 'POST'
        ? String(body.ref).replace(/^refs\//, '')
        : decodeURIComponent(patchRef![1]!)
    const write = () => writeRef(store, method, ref, body, reply)
    if (store.holdRefWrites <= 0) write()
    else {
      store.heldWrites.push(write)
      if (store.heldWrites.length >= store.holdRefWrites) {
        store.holdRefWrites = 0
        for (const held of store.heldWrites.splice(0)) held()
      }
    }
    return true
  }
  if (method === 'POST' && rest === 'blobs') {
    const bytes = Buffer.from(String(body.content), body.encoding === 'base64' ? 'base64' : 'utf8')
    const id = sha('blob', bytes)
    store.blobs.set(id, bytes)
    reply(201, { sha: id, url: `${repo}/git/blobs/${id}` })
    return true
  }
  const blob = /^blobs\/([0-9a-f]{40})$/.exec(rest)
  if (method === 'GET' && blob) {
    const bytes = store.blobs.get(blob[1]!)
    if (!bytes) reply(404, NOT_FOUND)
    else
      reply(200, {
        sha: blob[1],
        size: bytes.length,
        encoding: 'base64',
        content: bytes.toString('base64')
      })
    return true
  }
  if (method === 'POST' && rest === 'trees') {
    const base = body.base_tree
      ? store.trees.get(String(body.base_tree))
      : new Map<string, string>()
    if (!base) return (reply(422, { message: 'base_tree is not a tree' }), true)
    const tree = new Map(base)
    for (const entry of body.tree as Array<{ path: string; sha: string | null }>) {
      if (entry.sha === null) tree.delete(entry.path)
      else tree.set(entry.path, entry.sha)
    }
    const id = sha('tree', JSON.stringify([...tree].sort()))
    store.trees.set(id, tree)
    reply(201, { sha: id, truncated: false, tree: treeEntries(tree, store) })
    return true
  }
  const tree = /^trees\/([0-9a-f]{40})$/.exec(rest)
  if (method === 'GET' && tree) {
    const found = store.trees.get(tree[1]!)
    if (!found) reply(404, NOT_FOUND)
    else reply(200, { sha: tree[1], truncated: false, tree: treeEntries(found, store) })
    return true
  }
  if (method === 'POST' && rest === 'commits') {
    const commit: GitCommit = {
      tree: String(body.tree),
      parents: (body.parents as string[] | undefined) ?? [],
      message: String(body.message)
    }
    if (!store.trees.has(commit.tree)) return (reply(422, { message: 'Tree does not exist' }), true)
    const id = sha('commit', JSON.stringify(commit))
    store.commits.set(id, commit)
    reply(201, commitBody(repo, id, commit))
    return true
  }
  const commit = /^commits\/([0-9a-f]{40})$/.exec(rest)
  if (method === 'GET' && commit && store.commits.has(commit[1]!)) {
    reply(200, commitBody(repo, commit[1]!, store.commits.get(commit[1]!)!))
    return true
  }
  return false
}

function commitBody(repo: string, id: string, commit: GitCommit) {
  const person = { name: 'github-actions[bot]', email: 'bot@example', date: '2026-02-21T00:00:00Z' }
  return {
    sha: id,
    url: `${repo}/git/commits/${id}`,
    author: person,
    committer: person,
    message: commit.message,
    tree: { sha: commit.tree, url: `${repo}/git/trees/${commit.tree}` },
    parents: commit.parents.map((parent) => ({ sha: parent, url: `${repo}/git/commits/${parent}` }))
  }
}

/** Puts `text` at `file` on `branch` as one commit on its tip (or the branch's first). */
export function seedFile(store: GitStore, branch: string, file: string, text: string): string {
  const blob = sha('blob', text)
  store.blobs.set(blob, Buffer.from(text))
  const tip = store.refs.get(`heads/${branch}`)
  const base = tip ? store.trees.get(store.commits.get(tip)!.tree)! : new Map<string, string>()
  const tree = new Map(base).set(file, blob)
  const treeSha = sha('tree', JSON.stringify([...tree].sort()))
  store.trees.set(treeSha, tree)
  const commit = { tree: treeSha, parents: tip ? [tip] : [], message: `seed ${file}` }
  const commitSha = sha('commit', JSON.stringify(commit))
  store.commits.set(commitSha, commit)
  store.refs.set(`heads/${branch}`, commitSha)
  return commitSha
}
