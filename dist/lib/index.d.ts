interface LfsPointer {
	oid: string;
	/** Decimal digits, without sign or leading zeros: git-lfs allows up to 2^63 - 1. */
	size: string;
}
type LfsMode = "content" | "pointers";
declare const GATES: {
	readonly A: "Identity and versioning";
	readonly B: "Licensing and rights";
	readonly C: "Sensitivity and policy decision";
	readonly D: "Catalog triplet";
	readonly E: "Inventory, digests and run receipts";
	readonly F: "Contract: QA, evidence and manifest schema";
	readonly G: "Production posture";
};
type GateLetter = keyof typeof GATES;
declare const CODES: {
	readonly SLUG_INVALID: "A";
	readonly SPEC_MISSING: "A";
	readonly SPEC_INVALID: "A";
	readonly SPEC_HASH_INVALID: "A";
	readonly SPEC_HASH_MISMATCH: "A";
	readonly VERSION_ID_INVALID: "A";
	readonly VERSION_ID_MISMATCH: "A";
	readonly RELEASED_AT_MISSING: "A";
	readonly RELEASED_AT_INVALID: "A";
	readonly RELEASE_CONFLICT: "A";
	readonly RELEASE_ROLLBACK: "A";
	readonly LICENSE_MISSING: "B";
	readonly LICENSE_INVALID: "B";
	readonly POLICY_DECISION_MISSING: "C";
	readonly POLICY_DECISION_INVALID: "C";
	readonly POLICY_DENIED: "C";
	readonly DECISION_INVALID: "C";
	readonly POLICY_LABEL_UNKNOWN: "C";
	readonly DECISION_ID_INVALID: "C";
	readonly OBLIGATIONS_MISSING: "C";
	readonly OBLIGATION_INVALID: "C";
	readonly OBLIGATION_NOT_IN_PROV: "C";
	readonly APPROVALS_INVALID: "C";
	readonly APPROVAL_TIME_INVALID: "C";
	readonly APPROVAL_DUPLICATE: "C";
	readonly APPROVAL_AFTER_RELEASE: "C";
	readonly APPROVAL_MISSING: "C";
	readonly POLICY_LABEL_LOWERED: "C";
	readonly CATALOG_INVALID: "D";
	readonly CATALOG_UNRECOGNISED: "D";
	readonly STAC_INVALID: "D";
	readonly JSONLD_INVALID: "D";
	readonly PROV_INVALID: "D";
	readonly DCAT_MISSING: "D";
	readonly STAC_MISSING: "D";
	readonly PROV_MISSING: "D";
	readonly LINK_OUTSIDE_ROOT: "D";
	readonly LINK_UNRESOLVED: "D";
	readonly CHECKSUM_UNSUPPORTED: "D";
	readonly CHECKSUM_MISMATCH: "D";
	readonly PROV_ENTITY_MISSING: "D";
	readonly PROV_DIGEST_MISMATCH: "D";
	readonly PROV_NOT_GENERATED: "D";
	readonly PROV_ACTIVITY_UNDECLARED: "D";
	readonly REMOTE_ASSET_UNKNOWN: "D";
	readonly REMOTE_ASSET_UNVERIFIED: "D";
	readonly REMOTE_ASSET_MISMATCH: "D";
	readonly REMOTE_ASSET_UNREADABLE: "D";
	readonly PATTERN_OUTSIDE_ROOT: "E";
	readonly PATTERN_MATCHES_NOTHING: "E";
	readonly NO_PATTERNS: "E";
	readonly PATH_OUTSIDE_ROOT: "E";
	readonly SYMLINK_DANGLING: "E";
	readonly SYMLINK_LOOP: "E";
	readonly GLOB_FAILED: "E";
	readonly FILE_UNREADABLE: "E";
	readonly PRECOMPUTED_INVALID: "E";
	readonly DIGEST_INVALID: "E";
	readonly DIGEST_MISMATCH: "E";
	readonly DUPLICATE_PATH: "E";
	readonly PATH_COLLISION: "E";
	readonly PATH_UNSAFE: "E";
	readonly RECEIPTS_MISSING: "E";
	readonly RECEIPT_INVALID: "E";
	readonly RECEIPT_VERSION_MISMATCH: "E";
	readonly RECEIPT_NOT_PASSED: "E";
	readonly RECEIPT_DIGEST_MISMATCH: "E";
	readonly ARTIFACT_WITHOUT_RECEIPT: "E";
	readonly FILE_MISSING: "E";
	readonly FILE_UNLISTED: "E";
	readonly SHARD_MISSING: "E";
	readonly SHARD_INVALID: "E";
	readonly SHARD_MISMATCH: "E";
	readonly LEDGER_UNREADABLE: "E";
	readonly LEDGER_RECORD_INVALID: "E";
	readonly LEDGER_CHAIN_BROKEN: "E";
	readonly LEDGER_SEQUENCE_BROKEN: "E";
	readonly LEDGER_TIME_REVERSED: "E";
	readonly LEDGER_RECORD_CONFLICT: "E";
	readonly LEDGER_TIP_MISMATCH: "E";
	readonly LFS_POINTER: "E";
	readonly LFS_OBJECT_MISSING: "E";
	readonly STORE_EMPTY: "E";
	readonly STORE_NESTED: "E";
	readonly STORE_PATTERN_MATCHES_FILE: "E";
	readonly QA_REPORT_MISSING: "F";
	readonly QA_REPORT_INVALID: "F";
	readonly QA_STATUS_INVALID: "F";
	readonly QA_NOT_PASSED: "F";
	readonly EVIDENCE_UNRESOLVED: "F";
	readonly MANIFEST_SCHEMA: "F";
	readonly MANIFEST_UNREADABLE: "F";
	readonly MANIFEST_DIGEST_UNEXPECTED: "F";
	readonly SIDECAR_MISMATCH: "F";
	readonly SBOM_INVALID: "G";
	readonly ATTESTATION_INVALID: "G";
};
type ViolationCode = keyof typeof CODES;
interface EntryPointer extends LfsPointer {
	standsIn: boolean;
}
interface LfsObject {
	oid: string;
	size: string;
	paths: string[];
}
type LfsObjectCheck = {
	asked: true;
	endpoint: string;
	missing: LfsObject[];
} | {
	asked: false;
	reason: string;
};
interface LfsEvidence {
	mode: LfsMode;
	/** Artifact files (each file of a store) whose entry was made from their pointer. */
	fromPointers: number;
	/** Whether those objects exist, when there were any. */
	objects?: LfsObjectCheck;
}
interface InventoryEntry {
	/** Root-relative, `/`-separated, normalised. */
	path: string;
	digest: string;
	mediaType: string;
	/** Bytes on disk; absent for a precomputed entry whose file is not present. */
	size?: number;
	/** False only for a precomputed entry whose file is not present to check. */
	verified: boolean;
	/** The Git LFS pointer the file on disk is, when it is one (lfs-entries.ts). */
	lfsPointer?: EntryPointer;
}
interface Approval {
	role: string;
	principal: string;
	/** Normalised to UTC, seconds precision. */
	approvedAt: string;
	approvedInstant: string;
	line?: number;
}
declare const QA_STATUSES: readonly [
	"pass",
	"warn",
	"fail"
];
interface QaOutcome {
	status: (typeof QA_STATUSES)[number];
	reportDigest: string;
	path: string;
}
declare const POLICY_LABELS: readonly [
	"public",
	"internal",
	"restricted",
	"confidential"
];
type PolicyLabel = (typeof POLICY_LABELS)[number];
interface Obligation {
	id: string;
	type: string;
}
interface PolicyDecision {
	decisionId: string;
	policyLabel: PolicyLabel;
	decision: "allow" | "deny";
	obligations: Obligation[];
	path: string;
	digest: string;
}
export interface PromotionManifest {
	kfm_promotion_manifest_version: "v1";
	dataset_slug: string;
	dataset_version_id: string;
	spec_hash: string;
	released_at: string;
	artifacts: Array<{
		path: string;
		digest: string;
		media_type: string;
	}>;
	catalogs: Array<{
		path: string;
		digest: string;
	}>;
	qa: {
		status: string;
		report_digest: string;
	};
	policy: {
		policy_label: string;
		decision_id: string;
	};
	approvals: Array<{
		role: string;
		principal: string;
		approved_at: string;
	}>;
}
/** What a manifest is made of, in the manifest's own terms: the library builds from these. */
export interface ManifestFields {
	datasetSlug: string;
	datasetVersionId: string;
	specHash: string;
	releasedAt: string;
	artifacts: ReadonlyArray<PromotionManifest["artifacts"][number]>;
	catalogs: ReadonlyArray<PromotionManifest["catalogs"][number]>;
	qa: PromotionManifest["qa"];
	policy: PromotionManifest["policy"];
	approvals: ReadonlyArray<PromotionManifest["approvals"][number]>;
}
interface About {
	/** A file (root-relative) looked for in these lists and not found there: a link's target. */
	missing?: {
		path: string;
		lists: ReadonlyArray<"artifacts" | "catalogs">;
	};
	/** The digest of the artifact the violation is about, which an unreadable document may name. */
	digest?: string;
	/** What the violation found absent: a catalog kind, or a list of the manifest left empty. */
	absent?: "dcat" | "stac" | "prov" | "artifacts" | "catalogs";
	/**
	 * The root-relative patterns a pattern that matched nothing stands for: the one given, and
	 * the one it would match as ("did you mean"). A file they match is one it would have found.
	 */
	patterns?: readonly string[];
	/** The shard (its index) a sharded inventory lacks: the links into it follow from that. */
	shard?: number;
	/** The violation its own gate knows explains this one, by code and path. */
	explainedBy?: {
		code: ViolationCode;
		path: string;
	};
	/**
	 * The artifact (root-relative) whose file is a Git LFS pointer, not its content: its
	 * LFS_POINTER explains a digest the file does not have.
	 */
	lfsPointer?: string;
}
export interface Violation {
	gate: GateLetter;
	/** Stable, documented in the README; tests and users may match on it. */
	code: ViolationCode;
	/** The file (workspace-relative) or the input the violation is about. */
	path: string;
	/** A sentence a person can act on: what is wrong and what to do. */
	message: string;
	/** 1-based line in `path`, where the parser could tell. */
	line?: number;
	/** For linking it to its cause (gates/causes.ts); not reported. */
	about?: About;
	/**
	 * The index, in the same list, of the violation that explains this one (always an earlier
	 * one): set by gates/causes.ts, so reports fold this one under it.
	 */
	causedBy?: number;
}
/**
 * The v1 manifest for these fields: the contract's field order, artifacts and catalogs sorted by
 * path, approvals by role, principal and time (UTF-8 byte order), as the action writes it.
 * Nothing is checked here: validatePromotionManifestOrThrow does that.
 */
export declare function buildPromotionManifest(fields: ManifestFields): PromotionManifest;
/** A value that is not a valid v1 promotion manifest; `violations` lists every schema problem. */
export declare class PromotionManifestError extends Error {
	readonly violations: readonly Violation[];
	readonly name = "PromotionManifestError";
	constructor(violations: readonly Violation[]);
}
/** Returns when `value` is a valid v1 manifest; throws PromotionManifestError otherwise. */
export declare function validatePromotionManifestOrThrow(value: unknown): asserts value is PromotionManifest;
/**
 * Writes `value` as two-space JSON with a final newline, atomically (a synced temporary file
 * beside the target, then renamed over it), and returns the absolute path and the SHA-256 of the
 * bytes written, as sha256sum gives it. A value JSON cannot hold exactly (undefined, NaN, a
 * function, a cycle, …) throws a TypeError naming where it is, before anything is written.
 */
export declare function writeJsonAtomic(file: string, value: unknown): Promise<{
	path: string;
	digest: string;
}>;
declare const INPUTS: {
	manifest: {
		readonly modes: readonly [
			"verify",
			"publish"
		];
		readonly kind: "file";
		readonly commands: readonly [
			"verify"
		];
		readonly required: "verify";
		readonly description: "The written manifest to check, workspace-relative. Its sidecars beside it (the in-toto Statement, the checksums file), when there, must agree with it.";
	};
	"expect-digest": {
		readonly modes: readonly [
			"verify",
			"publish"
		];
		readonly kind: "digest";
		readonly commands: readonly [
			"verify"
		];
		readonly description: "The digest the manifest's bytes must have: the generating job's manifest-digest output, or the digest an attestation names.";
	};
	strict: {
		readonly modes: readonly [
			"verify",
			"publish"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly commands: readonly [
			"verify"
		];
		readonly description: "Patterns relative to the root, one per line; a file they find that the manifest does not list is a violation (something was added after the gate).";
	};
	shard: {
		readonly modes: readonly [
			"inventory",
			"verify",
			"publish"
		];
		readonly kind: "text";
		readonly commands: readonly [
			"inventory",
			"verify"
		];
		readonly description: "inventory mode (CLI: inventory --shard): I/N, hash shard I of N of the artifacts (e.g. 2/4, from a matrix). Every shard lists all the files; a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1. verify mode (CLI: verify --shard): check only the listed files of shard I.";
	};
	"ledger-branch": {
		readonly modes: readonly [
			"promote",
			"publish"
		];
		readonly kind: "text";
		readonly actionOnly: true;
		readonly default: "promotion-ledger";
		readonly description: "The branch holding the append-only ledger, ledger/<dataset-slug>.jsonl. Created with the first record when absent; protect it against force pushes and deletion.";
	};
	"previous-manifest": {
		readonly modes: readonly [
			"promote",
			"publish"
		];
		readonly kind: "file";
		readonly actionOnly: true;
		readonly description: "A manifest of an earlier version, workspace-relative: \"Changes since\" its version is added to the summary, the pull-request comment and (publish mode) the release notes.";
	};
	previous: {
		readonly modes: readonly [
			"promote",
			"publish"
		];
		readonly kind: "choice";
		readonly choices: readonly [
			"none",
			"ledger"
		];
		readonly actionOnly: true;
		readonly description: "ledger: compare with the last version the ledger records (its manifest read from its release) and add \"Changes since\" it to the summary and the pull-request comment (needs contents: read). Default: ledger in publish mode (release notes), none otherwise. previous-manifest, when given, is used instead.";
	};
	upload: {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "true";
		readonly description: "Upload what the run wrote as a workflow artifact: after a pass, the manifest and its sidecars; after a failure, the violations report; in inventory mode, the shard file. Outside a workflow run, set it to false.";
	};
	"retention-days": {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "integer";
		readonly actionOnly: true;
		readonly description: "Days the uploaded artifact is kept (1 to 90, or the repository maximum). Default: the repository setting.";
	};
	"upload-timeout-seconds": {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "integer";
		readonly actionOnly: true;
		readonly default: "300";
		readonly description: "The longest an upload may take before the step fails; the artifact client also bounds its own retries.";
	};
	overwrite: {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "false";
		readonly description: "Replace an artifact of the same name uploaded earlier in this workflow run (a re-run of the job), as upload-artifact does; otherwise that upload fails.";
	};
	"artifact-name": {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "text";
		readonly actionOnly: true;
		readonly description: "Name of the uploaded artifact. Default: promotion-manifest-<dataset-slug>-<dataset-version-id>. In inventory mode, the prefix of the shard artifact <artifact-name>-<dataset-slug>-shard-<I>-of-<N>; default promotion-inventory.";
	};
	"fail-on-violation": {
		readonly modes: readonly [
			"promote",
			"verify",
			"inventory",
			"publish"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "true";
		readonly description: "Fail the job on any violation. When false the step succeeds with status=fail, and still writes no manifest.";
	};
	"dataset-slug": {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "text";
		readonly required: "promote";
		readonly description: "Stable dataset identity: lowercase a-z, 0-9 and _, starting with a letter, at most 64 characters. Example: river_gauges.";
	};
	"dataset-version-id": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "text";
		readonly description: "Dataset version id. Default: derived as YYYY-MM (from released-at, UTC) + \".\" + the first 8 hex characters of spec_hash, e.g. 2026-02.46e446c6. A given id in that shape must match spec_hash; any other must be 1 to 128 characters of A-Z, a-z, 0-9, \".\", \"_\" and \"-\".";
	};
	"released-at": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "time";
		readonly description: "Release time, RFC 3339 (converted to UTC, seconds precision). Default: the commit time of the checked-out commit, never the run's clock, so a re-run gives the same manifest. Example: 2026-02-20T13:00:00Z. In the action on a pull request, pull-request: the later of the head commit's committer time (never later than the run's clock) and the last approving review of that commit, read from the API, so editing the pull request's title or labels does not move it.";
	};
	spec: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "The dataset spec document (JSON, or YAML by .yaml/.yml), workspace-relative; spec_hash is the SHA-256 of its RFC 8785 form. Example: datasets/river_gauges/spec.yaml.";
	};
	"spec-hash": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "digest";
		readonly description: "spec_hash as sha256:<64 hex>, when no spec document is given; when both are given they must agree.";
	};
	root: {
		readonly modes: readonly [
			"promote",
			"verify",
			"inventory",
			"publish"
		];
		readonly kind: "directory";
		readonly default: ".";
		readonly description: "The dataset root, workspace-relative. Manifest paths and all patterns are relative to it. Example: datasets/river_gauges.";
	};
	artifacts: {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly description: "Processed artifacts: newline-separated glob patterns relative to root (! excludes, # comments). Example: data/processed/**.";
	};
	stores: {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly default: "**/*.zarr";
		readonly description: "Directory stores among the artifacts: glob patterns of directories relative to root. A matched directory is one artifact, path with a trailing /, digest the in-toto dirHash of its files (docs/directory-stores.md). !** for none.";
	};
	"artifacts-shards": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly list: true;
		readonly description: "Inventory shard files (from inventory --shard), one workspace-relative path per line: the artifacts inventory is their merge, checked whole (all N shards, one listing, disjoint parts), instead of hashing the artifacts here.";
	};
	"inventory-shards": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "text";
		readonly actionOnly: true;
		readonly description: "Downloads the artifacts of this workflow run whose names match this glob (e.g. promotion-inventory-river_gauges-shard-*), each checked against its digest, and merges their shard files as artifacts-shards does.";
	};
	"artifacts-manifest": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "A precomputed artifact list (JSON array of {path, digest, media_type}, size allowed), verified against every file that is present. Not with artifacts-shards.";
	};
	lfs: {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "choice";
		readonly choices: readonly [
			"content",
			"pointers"
		];
		readonly default: "content";
		readonly description: "What a Git LFS pointer among the artifacts stands for. content: the files must be checked out (actions/checkout with lfs: true); a pointer is LFS_POINTER. pointers: a pointer stands for its content (digest sha256:<oid>, size from the pointer), so the manifest is the one a full checkout gives; with github-token the LFS server is asked that every object exists (LFS_OBJECT_MISSING). Documents the gate reads are never taken from a pointer.";
	};
	"lfs-url": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "text";
		readonly actionOnly: true;
		readonly description: "lfs: pointers: the Git LFS server to ask (requests go to <lfs-url>/objects/batch). Default: lfs.url from .lfsconfig (on a pull request, never the pull request's own .lfsconfig), else <server>/<owner>/<repo>.git/info/lfs.";
	};
	catalogs: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly description: "Catalog triplet files (DCAT, STAC, PROV): newline-separated glob patterns relative to root. Example: catalog/**.";
	};
	"catalogs-manifest": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "A precomputed catalog list, in the same format as artifacts-manifest.";
	};
	"qa-report": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "QA report (JSON with a top-level status: pass, warn or fail), workspace-relative. Only pass promotes.";
	};
	"policy-decision": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "Policy decision (JSON with decision_id, policy_label, decision, obligations), workspace-relative. Only allow promotes.";
	};
	"base-policy-decision": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "The base branch's copy of the dataset's policy decision, workspace-relative, checked out apart from the pull request's files. When the pull request's label requires fewer roles than this one (restricted to public), the roles both labels require must approve. No file there: the dataset is new on the branch, and no label change is checked. Example: .gate/datasets/river_gauges/policy/decision.json.";
	};
	approvals: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "Approvals (JSON array of {role, principal, approved_at}), workspace-relative.";
	};
	"run-receipts": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly description: "Run receipts: newline-separated glob patterns relative to root. Example: receipts/*.json.";
	};
	"required-approvals": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "lines";
		readonly list: true;
		readonly description: "Roles required per policy label, one \"label: role, role\" per line. Labels not listed keep the default: internal, restricted and confidential need a steward. Example: \"restricted: steward, data-owner\".";
	};
	"media-types": {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "lines";
		readonly list: true;
		readonly description: "Media type overrides, one \"pattern: media/type\" per line (pattern relative to root); the first match wins. Example: \"**/*.tif: image/tiff; application=geotiff\".";
	};
	"stac-applicable": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "boolean";
		readonly default: "true";
		readonly description: "Whether STAC applies to this dataset. Set false for a dataset with no spatial or temporal extent to describe; the summary then says STAC was declared not applicable.";
	};
	"remote-assets": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "choice";
		readonly choices: readonly [
			"require-checksum",
			"allow",
			"fetch"
		];
		readonly default: "require-checksum";
		readonly description: "What a catalog asset link to an absolute URL (http, https, s3, gs, az, abfss) without a checksum gets. require-checksum: a violation (add file:checksum or spdx:checksum). allow: listed in the summary as unverified. fetch: every remote link, with a checksum or not, is read and its bytes compared with the artifact it is the published copy of (docs/remote-assets.md). A checksum must always name an artifact of this release.";
	};
	"remote-assets-timeout-seconds": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "integer";
		readonly default: "60";
		readonly description: "remote-assets: fetch: the longest a remote server may take to answer, or to send the next bytes, before that try fails (1 to 3600). Each link is tried 3 times on a network error or a 5xx answer.";
	};
	"stac-extension-schemas": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "lines";
		readonly list: true;
		readonly description: "Local JSON Schemas for STAC extensions whose schemas are not bundled, one \"URL=path\" per line (URL as stac_extensions names it, path workspace-relative). Never fetched.";
	};
	sbom: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly list: true;
		readonly description: "SBOM files (CycloneDX or SPDX JSON), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G). Example: sbom.cdx.json.";
	};
	attestations: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly list: true;
		readonly description: "Attestation files (in-toto Statement, DSSE envelope or Sigstore bundle), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G).";
	};
	out: {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "file";
		readonly default: "promotion_manifest.json";
		readonly description: "Where the manifest is written, workspace-relative. Written only when every gate passes.";
	};
	mode: {
		readonly modes: readonly [
			"promote",
			"verify",
			"changed-datasets",
			"inventory",
			"publish"
		];
		readonly kind: "choice";
		readonly choices: readonly [
			"promote",
			"verify",
			"changed-datasets",
			"inventory",
			"publish"
		];
		readonly actionOnly: true;
		readonly default: "promote";
		readonly description: "promote: build and check the manifest. verify: check a written manifest against the files (before publishing). changed-datasets: only output the changed-datasets matrix for the pull request (no manifest). inventory: hash one shard of the artifacts (shard: I/N) and upload its shard file as an artifact, for a later promote job with inventory-shards. publish: verify as verify does (expect-digest required), then publish the version as a GitHub release and append it to the ledger.";
	};
	datasets: {
		readonly modes: readonly [
			"changed-datasets"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly actionOnly: true;
		readonly description: "Dataset root globs, workspace-relative, one per line (e.g. datasets/*). A matched directory with a spec.yaml, spec.yml or spec.json is a dataset.";
	};
	"allow-removals": {
		readonly modes: readonly [
			"changed-datasets"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "false";
		readonly description: "Whether the pull request may remove a dataset (delete its spec, or rename it away, leaving no spec in its root). false: a removal fails the step, naming the dataset and its changed paths. true: removals are listed in the summary and the removed-datasets output.";
	};
	"allow-outside-datasets": {
		readonly modes: readonly [
			"changed-datasets"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "false";
		readonly description: "Whether the pull request may change paths the datasets globs cover (a matched directory or anything under one) that lie in no dataset. false: such a change fails the step, naming the paths. true: they are listed in the summary and the outside-datasets output.";
	};
	"github-token": {
		readonly modes: readonly [
			"promote",
			"changed-datasets",
			"publish"
		];
		readonly kind: "secret";
		readonly actionOnly: true;
		readonly default: "${{ github.token }}";
		readonly description: "Token for the GitHub API (pull-request files, reviews, head commit, comments). Needs pull-requests: read, or write for comment: true, and contents: read for released-at: pull-request.";
	};
	"approvals-from": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "choice";
		readonly choices: readonly [
			"file",
			"pull-request-reviews"
		];
		readonly actionOnly: true;
		readonly default: "file";
		readonly description: "file: approvals come from the approvals input only. pull-request-reviews: approving reviews of the head commit count too, with roles from reviewer-roles.";
	};
	"reviewer-roles": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "lines";
		readonly list: true;
		readonly actionOnly: true;
		readonly description: "Roles of reviewers, one \"role: user, org/team\" per line (e.g. \"steward: alice, kfm/data-stewards\"), for approvals-from: pull-request-reviews.";
	};
	"trusted-paths": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly actionOnly: true;
		readonly description: "On a pull request: the files that decide how the gate judges, workspace-relative patterns one per line (! excludes), added to the built-in ones (.github/workflows/**, .github/actions/**, CODEOWNERS anywhere, **/policy/**, **/approvals.json, action.yml, dist/**, and this run's policy-decision and approvals files). The pull request's changes to any of them are named in the job summary and the comment. Example: config/approvals/**.";
	};
	comment: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "false";
		readonly description: "On a pull request, keep one comment per dataset with the gate table and violations, updated in place on each push.";
	};
};
type InputName = keyof typeof INPUTS;
type CliInputName = {
	[K in InputName]: (typeof INPUTS)[K] extends {
		actionOnly: true;
	} | {
		commands: readonly string[];
	} ? never : K;
}[InputName];
type RequiredInputName = {
	[K in CliInputName]: (typeof INPUTS)[K] extends {
		required: string;
	} ? K : never;
}[CliInputName];
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type InputValue<K extends InputName> = (typeof INPUTS)[K] extends {
	list: true;
} ? readonly string[] : (typeof INPUTS)[K] extends {
	kind: "boolean";
} ? boolean : string;
/**
 * The CLI's inputs as one object, camelCase keys (`qaReport` for `--qa-report`), a list as an
 * array, a boolean as a boolean: the library's evaluatePromotion takes these.
 */
export type PromotionInputs = {
	[K in RequiredInputName as CamelCase<K>]: InputValue<K>;
} & {
	[K in Exclude<CliInputName, RequiredInputName> as CamelCase<K>]?: InputValue<K>;
};
interface PublishedCopy {
	/** Without credentials (shownUrl). */
	url: string;
	/** The catalog that links it, workspace-relative. */
	catalog: string;
	/** The artifact's root-relative path, when the link is tied to one. */
	copyOf?: string;
	/** What ties it: its checksum, its bytes (read), the store's checksum, or nothing. */
	by: "checksum" | "bytes" | "store checksum" | "unverified";
	/** Said beside it: the file names differ, or how an unverified link was guessed. */
	note?: string;
}
type GateStatus = "pass" | "fail" | "not required";
export interface GateReport {
	gate: GateLetter;
	title: string;
	status: GateStatus;
	violations: number;
	/** What the gate checked, in words, for the summary ("3 artifacts hashed"). */
	checked: string[];
}
/** A request the run cannot take as given: a missing or malformed input, said in a sentence. */
export declare class UsageError extends Error {
	readonly name = "UsageError";
}
interface Sealed {
	/** The exact bytes to write. */
	manifestText: string;
	/** The digest of those bytes: what sha256sum, the Statement and actions/attest give. */
	manifestDigest: string;
	/** The digest of the manifest's RFC 8785 form, the same for any indentation. */
	manifestCanonicalDigest: string;
	/** The in-toto Statement sidecar's bytes. */
	statementText: string;
	/** The sha256sum-format list of every artifact and catalog. */
	checksumsText: string;
}
export interface PromotionResult extends Partial<Sealed> {
	status: "pass" | "fail";
	datasetSlug: string;
	/** The dataset root as the inputs name it (workspace-relative; `.` for the workspace). */
	rootPath?: string;
	datasetVersionId?: string;
	specHash?: string;
	releasedAt?: string;
	artifacts: InventoryEntry[];
	catalogs: InventoryEntry[];
	qa?: QaOutcome;
	policy?: PolicyDecision;
	approvals: Approval[];
	/** Every remote asset link of the catalogs tied to an artifact or listed as unverified. */
	remoteAssets?: PublishedCopy[];
	/**
	 * Built whenever every part exists, so its schema is checked even beside other violations. On
	 * a pass only, the Sealed fields give its bytes, digests and sidecars.
	 */
	manifest?: PromotionManifest;
	violations: Violation[];
	gates: GateReport[];
	/** Git LFS pointers among the artifacts, when there were any or lfs is pointers. */
	lfs?: LfsEvidence;
}
/**
 * Evaluates every promotion gate for the inputs, with paths relative to `workspace` (default:
 * the current directory), and returns the result: status, violations, the gate reports and, on
 * a pass, the manifest's bytes and digest. released-at defaults to the commit time of the
 * workspace's checked-out commit. Writes nothing; a bad input throws UsageError.
 */
export declare function evaluatePromotion(inputs: PromotionInputs, options?: {
	workspace?: string;
}): Promise<PromotionResult>;
export interface VerifyResult {
	status: "pass" | "fail";
	/** Workspace-relative path of the manifest checked. */
	manifestPath: string;
	/** The digest of the manifest's bytes, when it could be read. */
	manifestDigest?: string;
	artifacts: number;
	catalogs: number;
	violations: Violation[];
	gates: GateReport[];
}
export interface VerifyRequest {
	/** The manifest file, relative to `workspace` (or absolute). */
	manifest: string;
	/** The dataset root the manifest's paths are relative to, relative to `workspace`. Default: `.` */
	root?: string;
	/** Default: the current directory. */
	workspace?: string;
	/** The `sha256:` digest the manifest's bytes must have (a generating run's manifest digest). */
	expectDigest?: string;
	/** Patterns relative to the root: a file they find that the manifest does not list fails. */
	strict?: string[];
	/** Check only the listed files of shard `index` of `count` (the manifest itself always). */
	shard?: {
		index: number;
		count: number;
	};
}
/**
 * Verifies a written manifest: valid v1, the expected bytes when `expectDigest` is given, its
 * sidecars (when beside it) in agreement, and every listed file under the root with its digest.
 * Returns `status: 'fail'` with the violations otherwise; a bad request throws UsageError.
 */
export declare function verifyManifest(given: VerifyRequest): Promise<VerifyResult>;
/** One published dataset version, as a line of ledger/<slug>.jsonl holds it. */
export interface LedgerRecord {
	seq: number;
	dataset_slug: string;
	dataset_version_id: string;
	manifest_digest: string;
	spec_hash: string;
	released_at: string;
	commit: string;
	run_url: string;
	release_url: string;
	previous: string | null;
}
export interface LedgerVerification {
	/** No violation: the chain holds, and ends at the expected tip when one was given. */
	ok: boolean;
	/** The lines that are well-formed records, in the file's order. */
	records: LedgerRecord[];
	/** The digest of the last line (the ledger-record-digest of the newest record); null when empty. */
	tip: string | null;
	violations: Violation[];
}
export interface VerifyLedgerOptions {
	/** The digest the last line must have (`--expect-tip`, a publication's ledger-record-digest). */
	expectTip?: string;
	/** The file, as messages name it. Default: "ledger". */
	path?: string;
}
/** Checks a ledger's text: each record's shape and form, the chain, the order, the tip. */
export declare function verifyLedger(text: string, options?: VerifyLedgerOptions): LedgerVerification;
interface FieldChange<T> {
	old: T;
	new: T;
	changed: boolean;
}
export interface DiffOptions {
	/** The old side's STAC collection document (parsed JSON), when there is one. */
	oldCollection?: unknown;
	newCollection?: unknown;
	/** Where each side's collection came from, as the output names it. */
	oldCollectionPath?: string;
	newCollectionPath?: string;
	/** Why the collections are not compared, when one of them is not given. */
	collectionMissing?: string;
	/** The size of a listed file on one side, where the caller can tell. */
	sizeOf?: (side: "old" | "new", path: string) => number | undefined;
}
type CollectionDiff = {
	compared: true;
	changed: boolean;
	old_path?: string;
	new_path?: string;
	bbox: FieldChange<number[][] | null>;
	interval: FieldChange<Array<Array<string | null>> | null>;
	license: FieldChange<string | null>;
} | {
	compared: false;
	reason: string;
};
interface ListedEntry {
	path: string;
	digest: string;
	media_type?: string;
	/** Bytes, where the caller could tell (the file under that side's root). */
	size?: number;
	/** A directory store (its path ends with `/`), listed and compared as one entry. */
	store?: true;
}
interface ChangedEntry {
	path: string;
	old_digest: string;
	new_digest: string;
	old_media_type?: string;
	new_media_type?: string;
	old_size?: number;
	new_size?: number;
	store?: true;
}
interface ListDiff {
	added: ListedEntry[];
	removed: ListedEntry[];
	changed: ChangedEntry[];
	unchanged: number;
}
interface ApprovalEntry {
	role: string;
	principal: string;
	approved_at: string;
}
export interface ManifestDiff {
	kfm_manifest_diff_version: "v1";
	/** Anything at all differs (the collection's extent and licence included, when compared). */
	differ: boolean;
	dataset_slug: FieldChange<string>;
	dataset_version_id: FieldChange<string>;
	spec_hash: FieldChange<string>;
	released_at: FieldChange<string>;
	artifacts: ListDiff;
	catalogs: ListDiff;
	qa: {
		status: FieldChange<string>;
		report_digest: FieldChange<string>;
	};
	policy: {
		/** `lowered`: the new label is less restrictive than the old (public < internal < restricted < confidential). */
		policy_label: FieldChange<string> & {
			lowered: boolean;
		};
		decision_id: FieldChange<string>;
	};
	approvals: {
		added: ApprovalEntry[];
		removed: ApprovalEntry[];
		unchanged: number;
	};
	collection: CollectionDiff;
}
/** One of the two manifests is not a v1 promotion manifest, or lists a path twice. */
export declare class ManifestDiffError extends Error {
}
/**
 * Compares two v1 promotion manifests (each validated first: ManifestDiffError names the side
 * and what is wrong). Lists are compared by path, sorted by UTF-8 bytes; approvals by role,
 * principal and time.
 */
export declare function diffManifests(oldManifest: unknown, newManifest: unknown, options?: DiffOptions): ManifestDiff;

export {};
