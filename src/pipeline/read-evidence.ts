// Reading a promotion run's evidence: the inventories (found and hashed here, or merged from
// shard files), the documents, the catalogs, the receipts, Git LFS and, with fetch, the remote
// asset links. Every file the options name is read here, once; nothing here judges.
import { readStacExtensionSchemas } from '../catalogs/extension-schemas.js'
import { readCatalogs, type CatalogReading } from '../catalogs/read-catalogs.js'
import { remoteLinksOf } from '../catalogs/remote-links.js'
import { readDocument, type Approval } from '../documents/read-document.js'
import { readReceipts } from '../documents/receipts.js'
import { readSpecEvidence } from '../documents/spec.js'
import type { Evidence } from '../gates/index.js'
import { findFiles } from '../inventory/find-files.js'
import { HashPool } from '../inventory/hash-pool.js'
import { collectInventory, type Inventory } from '../inventory/collect.js'
import { lfsEvidence, type LfsObjectChecker } from '../inventory/lfs-entries.js'
import { storeMatcher, type StoreMatcher } from '../inventory/stores.js'
import { outputPaths } from '../manifest/output-paths.js'
import { rootDisplay, type Options } from '../options/parse.js'
import type { RemoteEvidence } from '../remote/reading.js'
import { shardedArtifacts } from './sharded-artifacts.js'

export interface PipelineContext {
  /** Where released_at came from when the input is empty (the adapters ask git). */
  releasedAtSource: 'input' | 'commit' | 'none'
  /** Approvals from outside the approvals file (pull-request reviews), and where they came from. */
  extraApprovals?: { approvals: Approval[]; source: string }
  /** Asks the LFS server whether the objects of lfs: pointers exist (the action, with a token). */
  lfsObjects?: LfsObjectChecker
}

/** How the run's files are found: shown root-relative, the outputs skipped, stores grouped. */
interface Finding {
  display: (relative: string) => string
  skip: ReadonlySet<string>
  stores: StoreMatcher | undefined
}

/** Reads every file the options name into evidence; nothing here judges. */
export async function readEvidence(options: Options, context: PipelineContext): Promise<Evidence> {
  const display = rootDisplay(options.rootPath)
  const skip = new Set(Object.values(outputPaths(options.out.absolute)))
  const stores = storeMatcher(options.stores)
  const finding = { display, skip, stores: stores.matcher }
  // With shard files, the artifacts are theirs, merged: not found or hashed here.
  const sharded =
    options.artifactsShards.length > 0
      ? shardedArtifacts(options, display, skip, stores.matcher)
      : undefined
  const [inventories, documents] = await Promise.all([
    readInventories(options, finding, sharded && sharded.then((s) => s.inventory)),
    readDocuments(options)
  ])
  // A stores pattern that cannot be used is the artifacts inventory's finding.
  const artifacts = {
    ...inventories.artifacts,
    findings: [...stores.findings, ...inventories.artifacts.findings]
  }
  const { catalogs } = inventories
  const stacExtensionSchemas = await readStacExtensionSchemas(options.stacExtensionSchemas)
  const [catalogDocuments, receipts, lfs] = await Promise.all([
    readCatalogs(options.root, catalogs.entries, display, { stacExtensionSchemas }),
    options.runReceipts.length === 0 ? undefined : receiptEvidence(options, display, skip),
    lfsEvidence(options.lfs, artifacts.entries, context.lfsObjects)
  ])
  return {
    datasetSlug: options.datasetSlug,
    given: {
      datasetVersionId: options.datasetVersionId,
      specHash: options.specHash,
      releasedAt: options.releasedAt
    },
    releasedAtSource: context.releasedAtSource,
    ...documents,
    artifacts,
    ...(sharded ? { artifactShards: (await sharded).shards } : {}),
    catalogs,
    display,
    reviewApprovals: context.extraApprovals,
    requiredApprovals: options.requiredApprovals,
    catalogDocuments,
    stacApplicable: options.stacApplicable,
    remoteAssets: await remoteEvidence(options, catalogDocuments),
    receipts,
    lfs,
    manifestPath: options.out.path
  }
}

/** The artifacts and catalogs inventories: found and hashed here, the artifacts unless sharded. */
async function readInventories(
  options: Options,
  finding: Finding,
  sharded: Promise<Inventory> | undefined
): Promise<{ artifacts: Inventory; catalogs: Inventory }> {
  const inventory = (input: 'artifacts' | 'catalogs', pool: HashPool) =>
    collectInventory({
      ...(input === 'artifacts' ? { stores: finding.stores } : {}),
      root: options.root,
      display: finding.display,
      input,
      patterns: input === 'artifacts' ? options.artifacts : options.catalogs,
      precomputed: input === 'artifacts' ? options.artifactsManifest : options.catalogsManifest,
      overrides: options.mediaTypes,
      skip: finding.skip,
      pool,
      // Catalogs are read by the gate: never taken from a pointer, whatever the mode.
      lfs: input === 'artifacts' ? options.lfs : 'content'
    })
  // One pool for both lists, started first: its threads warm up while the first walk runs, and
  // the lists go through it one after the other (a pool takes one list at a time).
  const pool = new HashPool()
  try {
    const artifacts = sharded ? await sharded : await inventory('artifacts', pool)
    return { artifacts, catalogs: await inventory('catalogs', pool) }
  } finally {
    await pool.close()
  }
}

/** The documents the options name, each undefined when its input was not given. */
async function readDocuments(
  options: Options
): Promise<
  Pick<
    Evidence,
    | 'spec'
    | 'qaReport'
    | 'policyDecision'
    | 'basePolicyDecision'
    | 'approvals'
    | 'sboms'
    | 'attestations'
  >
> {
  const optional = <T, R>(value: T | undefined, read: (value: T) => Promise<R>) =>
    value === undefined ? undefined : read(value)
  const [spec, qaReport, policyDecision, basePolicyDecision, approvals, sboms, attestations] =
    await Promise.all([
      optional(options.spec, readSpecEvidence),
      optional(options.qaReport, readDocument),
      optional(options.policyDecision, readDocument),
      optional(options.basePolicyDecision, readDocument),
      optional(options.approvals, readDocument),
      Promise.all(options.sboms.map(readDocument)),
      Promise.all(options.attestations.map(readDocument))
    ])
  return { spec, qaReport, policyDecision, basePolicyDecision, approvals, sboms, attestations }
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
 * The remote-assets mode, and with fetch every remote asset link read: evidence gathered before
 * the gates run. Nothing remote is read unless the workflow asks for it; the reader (and any
 * SDK it needs) is loaded only then.
 */
async function remoteEvidence(options: Options, catalogs: CatalogReading): Promise<RemoteEvidence> {
  const mode = options.remoteAssets
  if (mode !== 'fetch') return { mode }
  const links = remoteLinksOf(catalogs.documents)
  if (links.length === 0) return { mode, readings: new Map() }
  const { readRemoteLinks } = await import('../remote/read-links.js')
  const idleMs = options.remoteAssetsTimeoutSeconds * 1000
  return {
    mode,
    readings: await readRemoteLinks(
      links.map((link) => link.url),
      { idleMs }
    )
  }
}
