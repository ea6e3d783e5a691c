// Verifying a written manifest before publishing: the manifest is valid and the one expected, its
// sidecars agree with it, and every file it lists is under the root with the listed digest (and,
// with strict patterns, nothing else is). Reads evidence and runs the verify gate table, as
// pipeline.ts does for promotion; the adapters report.
import { isUtf8 } from 'node:buffer'
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { readDocument, type DocumentEvidence } from './documents/read-document.js'
import {
  DocumentError,
  decodeUtf8,
  parseJsonText,
  readDocumentBytes
} from './documents/json-document.js'
import { listedCounts } from './gates/e-written.js'
import {
  judgeWritten,
  type GateReport,
  type SidecarEvidence,
  type VerifyEvidence
} from './gates/index.js'
import { findFiles } from './inventory/find-files.js'
import { HashPool } from './inventory/hash-pool.js'
import { checkListedFiles, type ListedFile } from './inventory/listed-files.js'
import {
  checkListedStores,
  checksumsEntries,
  expectedStoreFiles,
  type StoreFile
} from './inventory/listed-stores.js'
import { shardOf } from './inventory/partition.js'
import { checksumsText } from './manifest/checksums.js'
import type { PromotionManifest } from './manifest/build.js'
import { outputPaths } from './manifest/output-paths.js'
import { buildStatement } from './manifest/statement.js'
import { isRecord } from './model/json.js'
import type { Violation } from './model/violation.js'
import { rootDisplay, type VerifyOptions } from './options/parse.js'

export interface VerifyResult {
  status: 'pass' | 'fail'
  /** Workspace-relative path of the manifest checked. */
  manifestPath: string
  /** The digest of the manifest's bytes, when it could be read. */
  manifestDigest?: string
  artifacts: number
  catalogs: number
  violations: Violation[]
  gates: GateReport[]
}

/** The entries of the manifest's two lists that have a string path and digest; the schema judges the rest. */
function listedFiles(document: DocumentEvidence): ListedFile[] {
  if (!document.readable || !isRecord(document.value)) return []
  const manifest = document.value
  return (['artifacts', 'catalogs'] as const).flatMap((list) => {
    const entries = manifest[list]
    if (!Array.isArray(entries)) return []
    return entries.flatMap((entry: unknown) =>
      isRecord(entry) && typeof entry.path === 'string' && typeof entry.digest === 'string'
        ? [{ list, path: entry.path, digest: entry.digest }]
        : []
    )
  })
}

/**
 * A sidecar's value, made from its bytes by `value`; a sidecar that is not there is not checked
 * (undefined), and anything else must be a readable file that `value` accepts.
 */
async function readSidecar<T>(
  options: VerifyOptions,
  absolute: string,
  shown: string,
  value: (bytes: Buffer) => T
): Promise<{ actual: T } | { problem: string } | undefined> {
  const absent = await lstat(absolute).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ENOENT'
  )
  if (absent) return undefined
  try {
    const confine = options.manifest.confine
    const bytes = await readDocumentBytes(absolute, shown, confine ? { confine } : {})
    return { actual: value(bytes) }
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    return { problem: error.message.replace(`${shown} `, '') }
  }
}

/**
 * The sidecars beside the manifest that are there, with what each should say. They are read as
 * the manifest is: inside the workspace (a link out of it is refused), regular files only.
 */
async function readSidecars(
  options: VerifyOptions,
  manifest: DocumentEvidence,
  listed: readonly ListedFile[],
  listedStores: readonly ListedFile[]
): Promise<{ sidecars: SidecarEvidence[]; storeFiles: Map<string, StoreFile[]> }> {
  if (!manifest.readable) return { sidecars: [], storeFiles: new Map() }
  const { absolute, path: shown } = options.manifest
  const files = outputPaths(absolute)
  const names = outputPaths(shown)
  const [statement, checksums] = await Promise.all([
    // Read strictly, as every input document is; bytes that are not UTF-8 say so first, BOM or not.
    readSidecar(options, files.statement, names.statement, (bytes) => {
      if (!isUtf8(bytes)) decodeUtf8(names.statement, bytes)
      return parseJsonText(names.statement, bytes).value
    }),
    readSidecar(options, files.checksums, names.checksums, (bytes) =>
      decodeUtf8(names.checksums, bytes)
    )
  ])
  const sidecars: SidecarEvidence[] = []
  if (statement) {
    // Its subjects from the entries that have a path and digest (the schema judges the rest).
    const artifacts = listed.filter((file) => file.list === 'artifacts')
    const expected = {
      ...buildStatement(
        { artifacts } as unknown as PromotionManifest,
        manifest.digest,
        path.basename(absolute)
      ),
      predicate: manifest.value
    }
    sidecars.push({ path: names.statement, kind: 'statement', expected, ...statement })
  }
  let storeFiles = new Map<string, StoreFile[]>()
  if (checksums) {
    const byList = (list: string) => listed.filter((file) => file.list === list)
    // A store is listed file by file: its lines are the file's own when they make its digest.
    if ('actual' in checksums)
      storeFiles = expectedStoreFiles(listedStores, checksumsEntries(checksums.actual))
    sidecars.push({
      path: names.checksums,
      kind: 'checksums',
      expected: checksumsText(
        { artifacts: byList('artifacts'), catalogs: byList('catalogs') },
        storeFiles
      ),
      ...checksums
    })
  }
  return { sidecars, storeFiles }
}

/** Whether a root-relative path is under one of the store paths (each ending in `/`). */
function inStore(path: string, stores: ReadonlySet<string>): boolean {
  if (stores.size === 0) return false
  for (let end = path.indexOf('/'); end >= 0; end = path.indexOf('/', end + 1))
    if (stores.has(path.slice(0, end + 1))) return true
  return false
}

/** Whether a listed file is a directory store: an artifact whose path ends in `/`. */
const isListedStore = (file: ListedFile): boolean =>
  file.list === 'artifacts' && file.path.endsWith('/')

/** Reads the manifest, its sidecars and the files it lists into evidence; nothing here judges. */
async function readVerifyEvidence(options: VerifyOptions, pool: HashPool): Promise<VerifyEvidence> {
  const display = rootDisplay(options.rootPath)
  const manifest = await readDocument(options.manifest)
  const listed = listedFiles(manifest)
  // A shard checks its own part of the list and of the strict patterns' files; the manifest
  // and its sidecars (which need the whole list) are checked by every shard.
  const { shard } = options
  const mine = (path: string): boolean => !shard || shardOf(path, shard.count) === shard.index
  const own = Object.values(outputPaths(options.manifest.absolute))
  const listedStores = listed.filter(isListedStore)
  const storePaths = new Set(listedStores.map((store) => store.path))
  const stores = listedStores.filter((store) => mine(store.path))
  const [checks, { sidecars, storeFiles }, strict] = await Promise.all([
    checkListedFiles(
      options.root,
      listed.filter((file) => mine(file.path) && !isListedStore(file)),
      pool
    ),
    readSidecars(options, manifest, listed, listedStores),
    options.strict.length > 0
      ? findFiles(options.root, options.strict, 'strict', display, new Set(own))
      : undefined
  ])
  // The checkout's own repository is no dataset content; any other .git under the patterns is.
  const checkout = path.join(options.workspace, '.git')
  const gitDirectories = (strict?.neverEntered ?? []).filter(
    (relative) => path.join(options.root, relative) !== checkout
  )
  // After the files: the pool takes one list at a time.
  const storeChecks = await checkListedStores(options.root, stores, storeFiles, pool, display)
  return {
    manifest,
    expectDigest: options.expectDigest,
    sidecars,
    listed: checks,
    stores: storeChecks,
    display,
    ...(strict
      ? {
          strict: {
            files: strict.files.filter((f) => mine(f.path) && !inStore(f.path, storePaths)),
            findings: strict.findings,
            gitDirectories
          }
        }
      : {})
  }
}

/**
 * Verifies a written manifest against the files under the root: exit-worthy `fail` on any
 * violation. Hashing runs on the inventory's threads (a pool of its own unless one is given).
 */
export async function verifyWritten(
  options: VerifyOptions,
  pool?: HashPool
): Promise<VerifyResult> {
  const threads = pool ?? new HashPool()
  let evidence: VerifyEvidence
  try {
    evidence = await readVerifyEvidence(options, threads)
  } finally {
    if (!pool) await threads.close()
  }
  const { status, violations, gates } = judgeWritten(evidence)
  return {
    status,
    manifestPath: options.manifest.path,
    ...(evidence.manifest.readable ? { manifestDigest: evidence.manifest.digest } : {}),
    ...listedCounts(evidence),
    violations,
    gates
  }
}
