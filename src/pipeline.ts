// The promotion pipeline, shared by the action, the CLI and the library: read the evidence
// (inventory, documents, catalogs), run the gate table on it, and build the manifest. It reads
// files and returns plain values; writing and reporting belong to the adapters.
import path from 'node:path'
import { readCatalogs } from './catalogs/read.js'
import { readDocument, type Approval } from './documents/evidence.js'
import { readReceipts } from './documents/receipts.js'
import { readSpecEvidence } from './documents/spec.js'
import { identityOf } from './gates/a-identity.js'
import { approvalsOf, policyDecisionOf, type PolicyDecision } from './gates/c-policy.js'
import type { Evidence } from './gates/evidence.js'
import { qaOutcomeOf, type QaOutcome } from './gates/f-contract.js'
import { judge, type GateReport } from './gates/index.js'
import { collectInventory, type InventoryEntry } from './inventory/inventory.js'
import {
  buildManifest,
  manifestDigest,
  manifestText,
  type PromotionManifest
} from './manifest/build.js'
import { buildStatement, statementPath } from './manifest/statement.js'
import type { Violation } from './model/violation.js'
import type { Options } from './options.js'

export interface PromotionResult {
  status: 'pass' | 'fail'
  datasetSlug: string
  datasetVersionId?: string
  specHash?: string
  releasedAt?: string
  artifacts: InventoryEntry[]
  catalogs: InventoryEntry[]
  qa?: QaOutcome
  policy?: PolicyDecision
  approvals: Approval[]
  /** Built whenever every part exists, so its schema is checked even beside other violations. */
  manifest?: PromotionManifest
  /** The exact bytes to write and their RFC 8785 digest; only on pass. */
  manifestText?: string
  /** The in-toto Statement sidecar's bytes; only on pass. */
  statementText?: string
  manifestDigest?: string
  violations: Violation[]
  gates: GateReport[]
}

export interface PipelineContext {
  /** Where released_at came from when the input is empty (the adapters ask git). */
  releasedAtSource: 'input' | 'commit' | 'none'
  /** Approvals from outside the approvals file (pull-request reviews), and where they came from. */
  extraApprovals?: { approvals: Approval[]; source: string }
}

/** The bytes of a passing run: the manifest, its digest, and the Statement that names it. */
function sealed(
  manifest: PromotionManifest,
  manifestName: string
): Pick<PromotionResult, 'manifestText' | 'manifestDigest' | 'statementText'> {
  const text = manifestText(manifest)
  return {
    manifestText: text,
    manifestDigest: manifestDigest(manifest),
    statementText: `${JSON.stringify(buildStatement(manifest, text, manifestName), null, 2)}\n`
  }
}

/** Reads every file the options name into evidence; nothing here judges. */
export async function readEvidence(options: Options, context: PipelineContext): Promise<Evidence> {
  const display = (relative: string): string =>
    options.rootPath === '.' ? relative : path.posix.join(options.rootPath, relative)
  const skip = new Set([options.out.absolute, statementPath(options.out.absolute)])
  const inventory = (input: 'artifacts' | 'catalogs') =>
    collectInventory({
      root: options.root,
      display,
      input,
      patterns: input === 'artifacts' ? options.artifacts : options.catalogs,
      precomputed: input === 'artifacts' ? options.artifactsManifest : options.catalogsManifest,
      overrides: options.mediaTypes,
      skip
    })
  const optional = <T, R>(value: T | undefined, read: (value: T) => Promise<R>) =>
    value === undefined ? undefined : read(value)
  const [artifacts, catalogs, spec, qaReport, policyDecision, approvals, sboms, attestations] =
    await Promise.all([
      inventory('artifacts'),
      inventory('catalogs'),
      optional(options.spec, readSpecEvidence),
      optional(options.qaReport, readDocument),
      optional(options.policyDecision, readDocument),
      optional(options.approvals, readDocument),
      Promise.all(options.sboms.map(readDocument)),
      Promise.all(options.attestations.map(readDocument))
    ])
  const [catalogDocuments, receipts] = await Promise.all([
    readCatalogs(options.root, catalogs.entries, display),
    options.runReceipts.length === 0
      ? undefined
      : readReceipts(options.root, options.runReceipts, display, skip)
  ])
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
    catalogs,
    display,
    qaReport,
    policyDecision,
    approvals,
    reviewApprovals: context.extraApprovals,
    requiredApprovals: options.requiredApprovals,
    catalogDocuments,
    stacApplicable: options.stacApplicable,
    receipts,
    sboms,
    attestations
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

export async function evaluatePromotion(
  options: Options,
  context: PipelineContext
): Promise<PromotionResult> {
  const read = await readEvidence(options, context)
  const manifest = candidateManifest(read)
  const evidence = manifest
    ? { ...read, manifest: { value: manifest, path: options.out.path } }
    : read
  const { violations, gates } = judge(evidence)
  const identity = identityOf(evidence)
  const status = violations.length === 0 && manifest ? 'pass' : 'fail'
  return {
    status,
    datasetSlug: options.datasetSlug,
    datasetVersionId: identity.datasetVersionId,
    specHash: identity.specHash,
    releasedAt: identity.releasedAt,
    artifacts: evidence.artifacts.entries,
    catalogs: evidence.catalogs.entries,
    qa: qaOutcomeOf(evidence),
    policy: policyDecisionOf(evidence),
    approvals: approvalsOf(evidence),
    manifest,
    ...(status === 'pass' && manifest ? sealed(manifest, path.basename(options.out.absolute)) : {}),
    violations,
    gates
  }
}
