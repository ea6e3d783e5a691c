// Everything the gates judge, read once by the pipeline: plain values, no file handles. A gate
// is a pure function of this object, so what blocks promotion is decided in gates/ alone.
import type { CatalogReading } from '../catalogs/read-catalogs.js'
import type { Approval, PolicyDecision, QaOutcome } from '../documents/decisions.js'
import type { DocumentEvidence } from '../documents/read-document.js'
import type { ReceiptReading } from '../documents/receipts.js'
import type { SpecReading } from '../documents/spec.js'
import type { InventoryFinding } from '../inventory/findings.js'
import type { Inventory } from '../inventory/collect.js'
import type { LfsEvidence } from '../inventory/lfs-entries.js'
import type { FoundFile } from '../inventory/find-files.js'
import type { ListedFileCheck } from '../inventory/listed-files.js'
import type { ListedStoreCheck } from '../inventory/listed-stores.js'
import type { ShardEvidence } from '../inventory/shards.js'
import type { PromotionManifest } from '../manifest/build.js'
import type { GateLetter } from '../model/gate-letter.js'
import type { Violation } from '../model/violation.js'
import type { RemoteEvidence } from '../remote/reading.js'

export interface Evidence {
  datasetSlug: string
  /** Identity values as the user gave them, if given. */
  given: { datasetVersionId?: string; specHash?: string; releasedAt?: string }
  /** Where released_at came from: the input, the commit, or nowhere. */
  releasedAtSource: 'input' | 'commit' | 'none'
  /** The spec document, when one was given. */
  spec?: SpecReading
  artifacts: Inventory
  /** When the artifacts come from inventory shards: the shard files, merged into `artifacts`. */
  artifactShards?: ShardEvidence
  catalogs: Inventory
  /** Root-relative path → workspace-relative path, for messages. */
  display: (relative: string) => string
  /** Each undefined when its input was not given. */
  qaReport?: DocumentEvidence
  policyDecision?: DocumentEvidence
  /**
   * The base branch's copy of the policy decision, when base-policy-decision was given; unreadable
   * with `absent` when nothing is there (the dataset is new on the branch).
   */
  basePolicyDecision?: DocumentEvidence
  approvals?: DocumentEvidence
  /** Approvals from pull-request reviews, and where they came from. */
  reviewApprovals?: { approvals: Approval[]; source: string }
  requiredApprovals: Readonly<Record<string, readonly string[]>>
  catalogDocuments: CatalogReading
  stacApplicable: boolean
  /** The remote-assets mode, and with fetch what reading each remote asset link gave. */
  remoteAssets: RemoteEvidence
  /**
   * Undefined when no run-receipts patterns were given; `search` is what finding the files met
   * (a pattern leaving the root, a link out).
   */
  receipts?: ReceiptReading & { search: InventoryFinding[] }
  sboms: DocumentEvidence[]
  attestations: DocumentEvidence[]
  /** Git LFS pointers among the artifacts: what they stood for, and what the server said. */
  lfs?: LfsEvidence
  /** Where the manifest is written (workspace-relative), as messages name it. */
  manifestPath: string
}

/** A document's or an input's typed value where it allows one, and every violation found. */
export interface Judged<T> {
  value?: T
  violations: Violation[]
}

interface GateOutcome {
  violations: Violation[]
  /** What the gate checked, in words, for the summary ("3 artifacts hashed"). */
  checked: string[]
  /** True when the gate has nothing to check unless asked to (gate G without SBOMs). */
  notRequired?: boolean
}

/** What gates A, C and E take from dataset_slug, spec_hash, released_at and the version id. */
export interface Identity {
  specHash?: string
  datasetVersionId?: string
  releasedAt?: string
  releasedInstant?: string
  violations: Violation[]
}

/** One remote link as the summary lists it. */
export interface PublishedCopy {
  /** Without credentials (shownUrl). */
  url: string
  /** The catalog that links it, workspace-relative. */
  catalog: string
  /** The artifact's root-relative path, when the link is tied to one. */
  copyOf?: string
  /** What ties it: its checksum, its bytes (read), the store's checksum, or nothing. */
  by: 'checksum' | 'bytes' | 'store checksum' | 'unverified'
  /** Said beside it: the file names differ, or how an unverified link was guessed. */
  note?: string
}

/** The remote asset links of the catalogs judged: gate D's violations and the summary's list. */
export interface RemoteAssetsOutcome {
  violations: Violation[]
  copies: PublishedCopy[]
  checked: string[]
}

/**
 * What more than one gate, the manifest or the result reads from the evidence, worked out once
 * per run by factsOf (facts.ts) and handed to every gate. A document's judgement holds its value
 * and its violations; the gate that owns the document reports the violations.
 */
export interface Facts {
  identity: Identity
  /** The policy decision judged, when one was given and could be read. */
  policyDecision?: Judged<PolicyDecision>
  /** The QA report judged, when one was given and could be read. */
  qaReport?: Judged<QaOutcome>
  /** The approvals file judged, when one was given and could be read. */
  approvalsFile?: Judged<Approval[]>
  /** Every approval that counts as evidence: the file's well-formed ones, then the reviews'. */
  approvals: Approval[]
  remoteAssets: RemoteAssetsOutcome
  /** The manifest the facts give, whenever every part of it exists, valid or not. */
  manifest?: PromotionManifest
}

export interface Gate<E = Evidence, F = Facts> {
  letter: GateLetter
  check(evidence: E, facts: F): GateOutcome
}

/**
 * A sidecar beside a written manifest, read when it is there. For the checksums file, `actual` is
 * its text and `expected` the text the manifest's lists give; for the in-toto Statement, `actual`
 * is the Statement as read (strict JSON) and `expected` the Statement this manifest's bytes give
 * (its digest as the first subject, each artifact as a subject, the manifest as the predicate).
 */
export type SidecarEvidence =
  | { path: string; kind: 'checksums'; actual?: string; expected: string; problem?: string }
  | { path: string; kind: 'statement'; actual?: unknown; expected: unknown; problem?: string }

/** Everything verifying a written manifest judges: the file, its sidecars, the files it lists. */
export interface VerifyEvidence {
  manifest: DocumentEvidence
  /** The digest the manifest's bytes must have, when given (`expect-digest`). */
  expectDigest?: string
  /** The sidecars that are there (a missing one is not checked). */
  sidecars: SidecarEvidence[]
  /** Each file the manifest lists, as found under the root. */
  listed: ListedFileCheck[]
  /** Each directory store the manifest lists, its files as found under the root. */
  stores: ListedStoreCheck[]
  /**
   * With `strict` patterns: the files they find, what finding them met, and the `.git`
   * directories under them, never searched (the checkout's own, at the workspace's top, left out).
   */
  strict?: { files: FoundFile[]; findings: InventoryFinding[]; gitDirectories: string[] }
  /** Root-relative path → the workspace-relative path used in messages. */
  display: (relative: string) => string
}

/** The violation an absent required input gets: promotion fails closed without it. */
export function missingInput(what: string, input: string): string {
  return `${input} is not given; ${what}. Promotion fails closed without it.`
}
