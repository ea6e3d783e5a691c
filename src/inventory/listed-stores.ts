// The directory stores a written manifest lists, looked for under the dataset root: every file in
// each found and hashed (with the walk's path-safety rules), and the store's dirHash made from
// them. What each file should be comes from the checksums file beside the manifest, which lists a
// store file by file; whether it all matches is gate E's to say.
import { statSync } from 'node:fs'
import path from 'node:path'
import { findFiles } from './find-files.js'
import { globEscape } from './glob-pattern.js'
import { finding, type InventoryFinding } from './findings.js'
import type { HashPool } from './hash-pool.js'
import type { LfsPointer } from '../model/lfs-pointer.js'
import { dirHash } from './stores.js'

/** One store entry of a manifest's artifacts (its path ends in `/`). */
interface ListedStore {
  path: string
  digest: string
}

export interface StoreFile {
  /** Root-relative. */
  path: string
  digest: string
  /** On disk, the Git LFS pointer the file is, when it is one: not the content it stands for. */
  pointer?: LfsPointer
}

export interface ListedStoreCheck extends ListedStore {
  /** The files under the store on disk that could be hashed, sorted by path. */
  files: StoreFile[]
  /** Their dirHash; undefined when the store holds no file (or is not there). */
  found?: string
  /**
   * The store's files as the checksums file lists them, when those lines make the manifest's
   * digest: the expectation each file on disk is held to. Undefined without such lines.
   */
  expected?: StoreFile[]
  /** Links out of the root, dangling links, unreadable files met inside the store. */
  findings: InventoryFinding[]
}

/** A checksums file's lines as (path, digest), names unescaped as sha256sum reads them. */
export function checksumsEntries(text: string): StoreFile[] {
  const entries: StoreFile[] = []
  for (const line of text.split('\n')) {
    const match = /^(\\?)([0-9a-f]{64}) {2}(.*)$/.exec(line)
    if (!match) continue
    const [, escaped, hex, name] = match
    const path = escaped
      ? name!.replace(/\\(.)/g, (_all, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c))
      : name!
    entries.push({ path, digest: `sha256:${hex}` })
  }
  return entries
}

/** The lines of the checksums file under each store, when they make its digest. */
export function expectedStoreFiles(
  stores: readonly ListedStore[],
  checksums: readonly StoreFile[] | undefined
): Map<string, StoreFile[]> {
  const expected = new Map<string, StoreFile[]>()
  if (!checksums) return expected
  for (const store of stores) {
    const files = checksums.filter((entry) => entry.path.startsWith(store.path))
    if (files.length > 0 && dirHash(files, store.path) === store.digest)
      expected.set(store.path, files)
  }
  return expected
}

/** Whether a directory is there (through links): a store that is not is missing as a whole. */
function isDirectory(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory()
  } catch {
    return false
  }
}

/** Every listed store found and hashed under `root`, one after the other on the pool. */
export async function checkListedStores(
  root: string,
  stores: readonly ListedStore[],
  expected: ReadonlyMap<string, StoreFile[]>,
  pool: HashPool,
  display: (relative: string) => string
): Promise<ListedStoreCheck[]> {
  const checks: ListedStoreCheck[] = []
  for (const store of stores) {
    if (!isDirectory(path.join(root, store.path))) {
      checks.push({ ...store, files: [], findings: [] })
      continue
    }
    const walk = await findFiles(root, [`${globEscape(store.path)}**`], 'artifacts', display)
    // A store with nothing in it is reported as missing, not as a pattern that matches nothing.
    const findings = walk.findings.filter((f) => f.kind !== 'PATTERN_MATCHES_NOTHING')
    const outcomes =
      walk.files.length > 0 ? await pool.hash(walk.files.map((f) => f.absolute)) : undefined
    const files: StoreFile[] = []
    walk.files.forEach((file, index) => {
      const outcome = outcomes!.get(index)
      if ('digest' in outcome)
        files.push({
          path: file.path,
          digest: outcome.digest,
          ...(outcome.pointer ? { pointer: outcome.pointer } : {})
        })
      else {
        const shown = display(file.path)
        const message = `${shown} (in the store ${store.path}) cannot be read (${outcome.error}); restore the store from the promoted version, or promote again.`
        findings.push(finding('FILE_UNREADABLE', shown, message))
      }
    })
    const stated = expected.get(store.path)
    checks.push({
      ...store,
      files,
      ...(files.length > 0 ? { found: dirHash(files, store.path) } : {}),
      ...(stated ? { expected: stated } : {}),
      findings
    })
  }
  return checks
}
