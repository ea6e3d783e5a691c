// The promotion pipeline, shared by the action, the CLI and the library: read the evidence
// (inventory, documents, catalogs), run the gate table on it, and build the manifest. It reads
// files and returns plain values; writing and reporting belong to the adapters.
import path from 'node:path'
import { readStacExtensionSchemas } from './catalogs/extension-schemas.js'
import { readCatalogs } from './catalogs/read.js'
import { readDocument, type Approval } from './documents/evidence.js'
import { readReceipts } from './documents/receipts.js'
import { readSpecEvidence } from './documents/spec.js'
import { derivedVersionId, identityOf } from './gates/a-identity.js'
import { approvalsOf, policyDecisionOf, type PolicyDecision } from './gates/c-policy.js'
import type { Evidence, Judged } from './gates/evidence.js'
import { qaOutcomeOf, type QaOutcome } from './gates/f-contract.js'
import { judge, type GateReport } from './gates/index.js'
import { findFiles } from './inventory/find-files.js'
import { HashPool } from './inventory/hash-pool.js'
import { collectInventory, type Inventory, type InventoryEntry } from './inventory/collect.js'
import {
  listShardTree,
  mergedEntries,
  overrideLine,
  readShardFiles,
  type ShardEvidence
} from './inventory/shards.js'
import {
  buildManifest,
  manifestCanonicalDigest,
  manifestPieces,
  type PromotionManifest
} from './manifest/build.js'
import { checksumsPieces, type StoreFiles } from './manifest/checksums.js'
import { groupStores, storeFilesOf, storeMatcher, type StoreMatcher } from './inventory/stores.js'
import { outputPaths } from './manifest/outputs.js'
import { buildStatement } from './manifest/statement.js'
import { sha256DigestOfPieces } from './model/digest.js'
import { confineToWorkspace, writeFilesAtomic } from './manifest/write.js'
import type { Violation } from './model/violation.js'
import { rootDisplay, type Options } from './options/parse.js'
import { jsonPieces } from './model/json.js'
import { causeFirst } from './report/causes.js'
import { lfsEvidence, type LfsEvidence, type LfsObjectChecker } from './inventory/lfs-entries.js'
import { remoteAssetsOf, type PublishedCopy } from './gates/d-remote-assets.js'
import { remoteLinksOf } from './catalogs/remote-links.js'
import type { CatalogReading } from './catalogs/read.js'
import type { RemoteEvidence } from './remote/reading.js'

export interface PromotionResult {
  status: 'pass' | 'fail'
  datasetSlug: string
  /** The dataset root as the inputs name it (workspace-relative; `.` for the workspace). */
  rootPath?: string
  datasetVersionId?: string
  specHash?: string
  releasedAt?: string
  artifacts: InventoryEntry[]
  catalogs: InventoryEntry[]
  qa?: QaOutcome
  policy?: PolicyDecision
  approvals: Approval[]
  /** Every remote asset link of the catalogs tied to an artifact or listed as unverified. */
  remoteAssets?: PublishedCopy[]
  /** Built whenever every part exists, so its schema is checked even beside other violations. */
  manifest?: PromotionManifest
  /** The exact bytes to write; only on pass, as are the fields below. */
  manifestText?: string
  /** The digest of those bytes: what sha256sum, the Statement and actions/attest give. */
  manifestDigest?: string
  /** The digest of the manifest's RFC 8785 form, the same for any indentation. */
  manifestCanonicalDigest?: string
  /** The in-toto Statement sidecar's bytes. */
  statementText?: string
  /** The sha256sum-format list of every artifact and catalog. */
  checksumsText?: string
  violations: Violation[]
  gates: GateReport[]
  /** Git LFS pointers among the artifacts, when there were any or lfs is pointers. */
  lfs?: LfsEvidence
}

export interface PipelineContext {
  /** Where released_at came from when the input is empty (the adapters ask git). */
  releasedAtSource: 'input' | 'commit' | 'none'
  /** Approvals from outside the approvals file (pull-request reviews), and where they came from. */
  extraApprovals?: { approvals: Approval[]; source: string }
  /** Asks the LFS server whether the objects of lfs: pointers exist (the action, with a token). */
  lfsObjects?: LfsObjectChecker
}

type Sealed = Pick<
  PromotionResult,
  'manifestText' | 'manifestDigest' | 'manifestCanonicalDigest' | 'statementText' | 'checksumsText'
>

/** The texts of a passing run's three files, each as the pieces it is written in. */
interface SealedPieces {
  manifest: readonly string[]
  statement: readonly string[]
  checksums: readonly string[]
}

/**
 * The bytes of a passing run: the manifest, its digests, and the sidecars that name it. Each
 * text is hashed and written as its pieces; the result's strings join them without a copy, so
 * the manifest and Statement of 100,000 artifacts (80 MB) are not held twice.
 */
function sealed(
  manifest: PromotionManifest,
  manifestName: string,
  stores: StoreFiles
): { fields: Sealed; pieces: SealedPieces } {
  const [json, newline] = manifestPieces(manifest)
  const digest = sha256DigestOfPieces([json, newline])
  const [statementJson, statementNewline] = jsonPieces(
    buildStatement(manifest, digest, manifestName)
  )
  const checksums = checksumsPieces(manifest, stores)
  return {
    fields: {
      manifestText: `${json}${newline}`,
      manifestDigest: digest,
      manifestCanonicalDigest: manifestCanonicalDigest(manifest),
      statementText: `${statementJson}${statementNewline}`,
      // Pieces added, not joined: V8 then keeps them as they are until the text is read.
      checksumsText: checksums.reduce((text, piece) => text + piece, '')
    },
    pieces: {
      manifest: [json, newline],
      statement: [statementJson, statementNewline],
      checksums
    }
  }
}

/** The run receipts the patterns find, read, with what finding them met. */
async function receiptEvidence(
  options: Options,
  display: (relative: string) => string,
  skip: ReadonlySet<string>
): Promise<Evidence['receipts']> {
  const found = await findFiles(options.root, options.runReceipts, 'run-receipts', display, skip)
  return { ...(await readReceipts(options.root, found.files, display)), search: found.findings }
}

/**
 * The artifacts inventory merged from inventory shard files, and the shards for gate E. The
 * promote job lists its own tree (this run's patterns, else the shards' own, which gate E holds
 * to one another) so the merge is what an unsharded run here would write: the same files, sizes
 * and media types, the shards giving only the digests. A store's files may be in several shards:
 * its entry is made here, from the merged files' digests.
 */
async function shardedArtifacts(
  options: Options,
  display: (relative: string) => string,
  skip: ReadonlySet<string>,
  stores: StoreMatcher | undefined
): Promise<{ inventory: Inventory; shards: ShardEvidence }> {
  const reading = await readShardFiles(options.artifactsShards)
  const patterns =
    options.artifacts.length > 0 ? options.artifacts : (reading.shards[0]?.patterns ?? [])
  const listed =
    patterns.length > 0
      ? await listShardTree({
          root: options.root,
          patterns,
          overrides: options.mediaTypes,
          display,
          skip,
          lfs: options.lfs,
          stores
        })
      : undefined
  const merged = groupStores(
    mergedEntries(reading.shards, listed?.tree),
    stores,
    display,
    options.mediaTypes
  )
  return {
    inventory: {
      entries: merged.entries,
      findings: [...reading.findings, ...(listed?.findings ?? []), ...merged.findings]
    },
    shards: {
      input: 'artifacts-shards',
      shards: reading.shards,
      expected: {
        root: options.rootPath,
        patterns: options.artifacts,
        mediaTypes: options.mediaTypes.map(overrideLine)
      },
      ...(listed ? { tree: listed.tree, display } : {})
    }
  }
}

/**
 * The remote-assets mode, and with fetch every remote asset link read: evidence gathered before
 * the gates run. Nothing remote is read unless the workflow asks for it; the reader (and any
 * SDK it needs) is loaded only then.
 */
async function remoteEvidence(options: Options, catalogs: CatalogReading): Promise<RemoteEvidence> {
  const mode = options.remoteAssets
  if (mode !== 'fetch') return { mode }
  const links = remoteLinksOf(catalogs.documents)
  if (links.length === 0) return { mode, readings: new Map() }
  const { readRemoteLinks } = await import('./remote/read.js')
  const idleMs = options.remoteAssetsTimeoutSeconds * 1000
  return {
    mode,
    readings: await readRemoteLinks(
      links.map((link) => link.url),
      { idleMs }
    )
  }
}

/** Reads every file the options name into evidence; nothing here judges. */
export async function readEvidence(options: Options, context: PipelineContext): Promise<Evidence> {
  const display = rootDisplay(options.rootPath)
  const skip = new Set(Object.values(outputPaths(options.out.absolute)))
  const stores = storeMatcher(options.stores)
  const inventory = (input: 'artifacts' | 'catalogs', pool: HashPool) =>
    collectInventory({
      ...(input === 'artifacts' ? { stores: stores.matcher } : {}),
      root: options.root,
      display,
      input,
      patterns: input === 'artifacts' ? options.artifacts : options.catalogs,
      precomputed: input === 'artifacts' ? options.artifactsManifest : options.catalogsManifest,
      overrides: options.mediaTypes,
      skip,
      pool,
      // Catalogs are read by the gate: never taken from a pointer, whatever the mode.
      lfs: input === 'artifacts' ? options.lfs : 'content'
    })
  // One pool for both lists, started first: its threads warm up while the first walk runs, and
  // the lists go through it one after the other (a pool takes one list at a time).
  const pool = new HashPool()
  // With shard files, the artifacts are theirs, merged: not found or hashed here.
  const sharded =
    options.artifactsShards.length > 0
      ? shardedArtifacts(options, display, skip, stores.matcher)
      : undefined
  const inventories = (async () => {
    try {
      const found = sharded ? (await sharded).inventory : await inventory('artifacts', pool)
      // A stores pattern that cannot be used is the artifacts inventory's finding.
      const artifacts = { ...found, findings: [...stores.findings, ...found.findings] }
      return { artifacts, catalogs: await inventory('catalogs', pool) }
    } finally {
      await pool.close()
    }
  })()
  const optional = <T, R>(value: T | undefined, read: (value: T) => Promise<R>) =>
    value === undefined ? undefined : read(value)
  const [
    { artifacts, catalogs },
    spec,
    qaReport,
    policyDecision,
    basePolicyDecision,
    approvals,
    sboms,
    attestations
  ] = await Promise.all([
    inventories,
    optional(options.spec, readSpecEvidence),
    optional(options.qaReport, readDocument),
    optional(options.policyDecision, readDocument),
    optional(options.basePolicyDecision, readDocument),
    optional(options.approvals, readDocument),
    Promise.all(options.sboms.map(readDocument)),
    Promise.all(options.attestations.map(readDocument))
  ])
  const stacExtensionSchemas = await readStacExtensionSchemas(options.stacExtensionSchemas)
  const [catalogDocuments, receipts, lfs] = await Promise.all([
    readCatalogs(options.root, catalogs.entries, display, { stacExtensionSchemas }),
    options.runReceipts.length === 0 ? undefined : receiptEvidence(options, display, skip),
    lfsEvidence(options.lfs, artifacts.entries, context.lfsObjects)
  ])
  const remoteAssets = await remoteEvidence(options, catalogDocuments)
  return {
    datasetSlug: options.datasetSlug,
    given: {
      datasetVersionId: options.datasetVersionId,
      specHash: options.specHash,
      releasedAt: options.releasedAt
    },
    releasedAtSource: context.releasedAtSource,
    spec,
    artifacts,
    ...(sharded ? { artifactShards: (await sharded).shards } : {}),
    catalogs,
    display,
    qaReport,
    policyDecision,
    basePolicyDecision,
    approvals,
    reviewApprovals: context.extraApprovals,
    requiredApprovals: options.requiredApprovals,
    catalogDocuments,
    stacApplicable: options.stacApplicable,
    remoteAssets,
    receipts,
    sboms,
    attestations,
    lfs
  }
}

/** The manifest the evidence gives, whenever every part of it exists, valid or not. */
function candidateManifest(evidence: Evidence): PromotionManifest | undefined {
  const identity = identityOf(evidence)
  const qa = qaOutcomeOf(evidence)
  const policy = policyDecisionOf(evidence)
  const { datasetVersionId, specHash, releasedAt } = identity
  if (!datasetVersionId || !specHash || !releasedAt || !qa || !policy) return undefined
  return buildManifest({
    datasetSlug: evidence.datasetSlug,
    datasetVersionId,
    specHash,
    releasedAt,
    artifacts: evidence.artifacts.entries,
    catalogs: evidence.catalogs.entries,
    qa,
    policy,
    approvals: approvalsOf(evidence)
  })
}

/** The result but for a passing run's bytes: the gates' verdict and the manifest they judged. */
async function judgedRun(
  options: Options,
  context: PipelineContext
): Promise<Omit<PromotionResult, keyof Sealed>> {
  const read = await readEvidence(options, context)
  const manifest = candidateManifest(read)
  const evidence = manifest
    ? { ...read, manifest: { value: manifest, path: options.out.path } }
    : read
  const verdict = judge(evidence)
  const violations = causeFirst(verdict.violations, evidence)
  const { gates } = verdict
  const identity = identityOf(evidence)
  const status = violations.length === 0 && manifest ? 'pass' : 'fail'
  return {
    status,
    datasetSlug: options.datasetSlug,
    rootPath: options.rootPath,
    datasetVersionId: identity.datasetVersionId,
    specHash: identity.specHash,
    releasedAt: identity.releasedAt,
    artifacts: evidence.artifacts.entries,
    catalogs: evidence.catalogs.entries,
    qa: qaOutcomeOf(evidence),
    policy: policyDecisionOf(evidence),
    approvals: approvalsOf(evidence),
    remoteAssets: remoteAssetsOf(evidence).copies,
    manifest,
    violations,
    gates,
    ...(evidence.lfs && (evidence.lfs.mode === 'pointers' || evidence.lfs.fromPointers > 0)
      ? { lfs: evidence.lfs }
      : {})
  }
}

/** A run's result, and on a pass the pieces its files are written in. */
interface Evaluated {
  result: PromotionResult
  pieces?: SealedPieces
}

async function evaluated(options: Options, context: PipelineContext): Promise<Evaluated> {
  // The evidence (every catalog's view, the receipts) is let go before the manifest's bytes are
  // made: a run of 100,000 artifacts holds one or the other, not both at once.
  const { violations, gates, ...judged } = await judgedRun(options, context)
  const { status, manifest } = judged
  const seal =
    status === 'pass' && manifest
      ? sealed(manifest, path.basename(options.out.absolute), storeFilesOf(judged.artifacts))
      : undefined
  return { result: { ...judged, ...seal?.fields, violations, gates }, pieces: seal?.pieces }
}

export async function evaluatePromotion(
  options: Options,
  context: PipelineContext
): Promise<PromotionResult> {
  return (await evaluated(options, context)).result
}

/** released_at as a run takes it: the input, else the checked-out commit's time, else none. */
export async function resolveReleasedAt(
  given: string | undefined,
  workspace: string
): Promise<{ releasedAt?: string; releasedAtSource: PipelineContext['releasedAtSource'] }> {
  if (given !== undefined) return { releasedAt: given, releasedAtSource: 'input' }
  // Loaded only here: asking git needs child_process, which a run with released-at never does.
  const { commitTime } = await import('./documents/commit-time.js')
  const fromCommit = await commitTime(workspace)
  return { releasedAt: fromCommit, releasedAtSource: fromCommit ? 'commit' : 'none' }
}

/** The dataset_version_id a promotion run with these inputs would derive (`version-id`). */
export async function versionIdOfRun(
  request: Pick<Options, 'workspace' | 'spec' | 'specHash' | 'releasedAt'>
): Promise<Judged<string>> {
  const [spec, released] = await Promise.all([
    request.spec ? readSpecEvidence(request.spec) : undefined,
    resolveReleasedAt(request.releasedAt, request.workspace)
  ])
  return derivedVersionId({ spec, specHash: request.specHash, ...released })
}

/**
 * Every gate evaluated as a run does it, writing nothing: released_at, when not given, is the
 * committer time of the checked-out commit (never "now", so a re-run gives the same manifest).
 * The library's evaluatePromotion is this; promote writes what it returns.
 */
export async function evaluateRun(
  options: Options,
  extraApprovals?: PipelineContext['extraApprovals']
): Promise<PromotionResult> {
  return (await evaluatedRun(options, extraApprovals)).result
}

async function evaluatedRun(
  options: Options,
  extraApprovals?: PipelineContext['extraApprovals'],
  lfsObjects?: LfsObjectChecker
): Promise<Evaluated> {
  const { releasedAt, releasedAtSource } = await resolveReleasedAt(
    options.releasedAt,
    options.workspace
  )
  return evaluated({ ...options, releasedAt }, { releasedAtSource, extraApprovals, lfsObjects })
}

/**
 * One promotion run as the adapters do it: evaluate every gate (evaluateRun), and write the
 * manifest atomically only when all pass. `beforeRename` gets the passing result once the
 * manifest and its sidecars are complete beside their targets and before any of them moves (the
 * action writes its outputs and summary there); when it throws, nothing moves.
 */
export async function promote(
  options: Options,
  extraApprovals?: PipelineContext['extraApprovals'],
  beforeRename?: (result: PromotionResult) => Promise<void>,
  /** Asks the LFS server about the objects of lfs: pointers (the action, with a token). */
  lfsObjects?: LfsObjectChecker
): Promise<PromotionResult> {
  const { result, pieces } = await evaluatedRun(options, extraApprovals, lfsObjects)
  if (result.status !== 'pass' || !pieces) return result
  const absolute = outputPaths(options.out.absolute)
  const shown = outputPaths(options.out.path)
  const manifest = { path: absolute.manifest, shown: shown.manifest, text: pieces.manifest }
  await confineToWorkspace(options.workspace, manifest)
  // All complete before any is in place, and the manifest renamed last: a manifest on disk
  // always has its sidecars beside it.
  await writeFilesAtomic(
    [
      { path: absolute.checksums, shown: shown.checksums, text: pieces.checksums },
      { path: absolute.statement, shown: shown.statement, text: pieces.statement },
      manifest
    ],
    { beforeRename: beforeRename && (() => beforeRename(result)) }
  )
  return result
}
