// Verifying a written manifest before publishing: the manifest is valid and the one expected, its
// sidecars agree with it, and every file it lists is under the root with the listed digest (and,
// with strict patterns, nothing else is). Reads evidence and runs the verify gate table, as
// pipeline.ts does for promotion; the adapters report.
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { readDocument, type DocumentEvidence } from './documents/evidence.js'
import {
  DocumentError,
  decodeUtf8,
  parseJsonText,
  readDocumentBytes
} from './documents/json-document.js'
import type { SidecarEvidence, VerifyEvidence } from './gates/evidence.js'
import { judgeWritten, type GateReport } from './gates/index.js'
import { findFiles } from './inventory/find-files.js'
import { HashPool } from './inventory/hash-pool.js'
import { checkListedFiles, type ListedFile } from './inventory/listed-files.js'
import { shardOf } from './inventory/partition.js'
import { checksumsText } from './manifest/checksums.js'
import type { PromotionManifest } from './manifest/build.js'
import { outputPaths } from './manifest/outputs.js'
import { buildStatement } from './manifest/statement.js'
import { isRecord } from './model/json.js'
import type { Violation } from './model/violation.js'
import { rootDisplay, type VerifyOptions } from './options/parse.js'
import { withoutAbout } from './model/violation.js'

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

/** The Statement's text read strictly, as every input document is. */
function statementValue(shown: string, text: string): { actual: unknown } | { problem: string } {
  try {
    return { actual: parseJsonText(shown, Buffer.from(text)).value }
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
  listed: readonly ListedFile[]
): Promise<SidecarEvidence[]> {
  if (!manifest.readable) return []
  // A sidecar that is not there is not checked; anything else must be a readable text file.
  const read = async (
    absolute: string,
    shown: string
  ): Promise<{ text: string } | { problem: string } | undefined> => {
    const absent = await lstat(absolute).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT'
    )
    if (absent) return undefined
    try {
      const confine = options.manifest.confine
      const bytes = await readDocumentBytes(absolute, shown, confine ? { confine } : {})
      return { text: decodeUtf8(shown, bytes) }
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error
      return { problem: error.message.replace(`${shown} `, '') }
    }
  }
  const { absolute, path: shown } = options.manifest
  const files = outputPaths(absolute)
  const names = outputPaths(shown)
  const [statement, checksums] = await Promise.all([
    read(files.statement, names.statement),
    read(files.checksums, names.checksums)
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
    const found = 'text' in statement ? statementValue(names.statement, statement.text) : statement
    sidecars.push({ path: names.statement, kind: 'statement', expected, ...found })
  }
  if (checksums) {
    const byList = (list: string) => listed.filter((file) => file.list === list)
    sidecars.push({
      path: names.checksums,
      kind: 'checksums',
      expected: checksumsText({ artifacts: byList('artifacts'), catalogs: byList('catalogs') }),
      ...('text' in checksums ? { actual: checksums.text } : checksums)
    })
  }
  return sidecars
}

/** Reads the manifest, its sidecars and the files it lists into evidence; nothing here judges. */
export async function readVerifyEvidence(
  options: VerifyOptions,
  pool: HashPool
): Promise<VerifyEvidence> {
  const display = rootDisplay(options.rootPath)
  const manifest = await readDocument(options.manifest)
  const listed = listedFiles(manifest)
  // A shard checks its own part of the list and of the strict patterns' files; the manifest
  // and its sidecars (which need the whole list) are checked by every shard.
  const { shard } = options
  const mine = (path: string): boolean => !shard || shardOf(path, shard.count) === shard.index
  const own = Object.values(outputPaths(options.manifest.absolute))
  const [checks, sidecars, strict] = await Promise.all([
    checkListedFiles(
      options.root,
      listed.filter((file) => mine(file.path)),
      pool
    ),
    readSidecars(options, manifest, listed),
    options.strict.length > 0
      ? findFiles(options.root, options.strict, 'strict', display, new Set(own))
      : undefined
  ])
  // The checkout's own repository is no dataset content; any other .git under the patterns is.
  const checkout = path.join(options.workspace, '.git')
  const gitDirectories = (strict?.neverEntered ?? []).filter(
    (relative) => path.join(options.root, relative) !== checkout
  )
  return {
    manifest,
    expectDigest: options.expectDigest,
    sidecars,
    listed: checks,
    display,
    ...(strict
      ? {
          strict: {
            files: strict.files.filter((f) => mine(f.path)),
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
  const { violations, gates } = judgeWritten(evidence)
  const count = (list: string) => evidence.listed.filter((file) => file.list === list).length
  return {
    status: violations.length === 0 ? 'pass' : 'fail',
    manifestPath: options.manifest.path,
    ...(evidence.manifest.readable ? { manifestDigest: evidence.manifest.digest } : {}),
    artifacts: count('artifacts'),
    catalogs: count('catalogs'),
    violations: violations.map(withoutAbout),
    gates
  }
}
