// The files a written manifest lists, looked for under the dataset root and hashed on the same
// threads as the inventory: for each, what is there (its digest, or why there is none). Whether
// that matches the manifest is gate E's to say.
import { normaliseRelative } from '../model/paths.js'
import type { HashPool } from './hash-pool.js'
import { locator, type Located } from './locate.js'
import type { LfsPointer } from '../model/lfs-pointer.js'

/** One entry of a manifest's `artifacts` or `catalogs`, as written there. */
export interface ListedFile {
  list: 'artifacts' | 'catalogs'
  path: string
  digest: string
}

/** What stands at a listed path under the root. */
type FoundState =
  /** With `pointer` when the file is a Git LFS pointer, not the content it stands for. */
  | { state: 'hashed'; digest: string; pointer?: LfsPointer }
  /** Nothing there, or a directory on the way is missing. */
  | { state: 'missing' }
  /** A symbolic link to nothing. */
  | { state: 'dangling' }
  /** The path, or a directory on its way, resolves outside the root through a link. */
  | { state: 'outside'; target: string }
  /** There, but not a regular file that could be read (the hasher's error code). */
  | { state: 'unreadable'; code: string }
  /** Not a root-relative path at all (absolute, `..`, a backslash). */
  | { state: 'unsafe'; reason: string }
  /** Through a link back into a directory the path is already in (a loop), never followed. */
  | { state: 'loop'; link: string }

export type ListedFileCheck = ListedFile & { found: FoundState }

/**
 * Each listed file looked for under `root` and hashed. Where each path leads is decided first,
 * before anything is opened (locate.ts): only regular files inside the root go to the hashing
 * threads, by their real path, and each real file once, however many paths lead to it.
 */
export async function checkListedFiles(
  root: string,
  listed: readonly ListedFile[],
  pool: HashPool
): Promise<ListedFileCheck[]> {
  const locate = locator(root)
  const found = new Map<number, FoundState>()
  /** Listed index → the index of its real file among those hashed. */
  const hashedAs = new Map<number, number>()
  const reals = new Map<string, number>()
  listed.forEach((file, index) => {
    const safe = normaliseRelative(file.path)
    if (!safe.ok || safe.path !== file.path) {
      const reason = safe.ok
        ? 'is not in normal form (it has . segments or doubled /)'
        : safe.reason
      found.set(index, { state: 'unsafe', reason })
      return
    }
    const where = locate(file.path)
    if (where.state === 'file') {
      let at = reals.get(where.real)
      if (at === undefined) reals.set(where.real, (at = reals.size))
      hashedAs.set(index, at)
    } else found.set(index, foundOf(where))
  })
  const outcomes = await pool.hash([...reals.keys()])
  for (const [index, at] of hashedAs) {
    const outcome = outcomes.get(at)
    found.set(
      index,
      'digest' in outcome
        ? outcome.pointer
          ? { state: 'hashed', digest: outcome.digest, pointer: outcome.pointer }
          : { state: 'hashed', digest: outcome.digest }
        : outcome.error === 'ENOENT'
          ? { state: 'missing' }
          : { state: 'unreadable', code: outcome.error }
    )
  }
  return listed.map((file, index) => ({ ...file, found: found.get(index)! }))
}

/** What a path that leads to no regular file inside the root is, as verify reports it. */
function foundOf(where: Exclude<Located, { state: 'file' }>): FoundState {
  if (where.state === 'special') return { state: 'unreadable', code: where.code }
  return where
}
