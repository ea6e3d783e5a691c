interface InventoryEntry {
	/** Root-relative, `/`-separated, normalised. */
	path: string;
	digest: string;
	mediaType: string;
	/** Bytes on disk; absent for a precomputed entry whose file is not present. */
	size?: number;
	/** False only for a precomputed entry whose file is not present to check. */
	verified: boolean;
}
interface Approval {
	role: string;
	principal: string;
	/** Normalised to UTC, seconds precision. */
	approvedAt: string;
	approvedInstant: string;
	line?: number;
}
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
	/** The violation its own gate knows explains this one, by code and path. */
	explainedBy?: {
		code: ViolationCode;
		path: string;
	};
}
export interface Violation {
	gate: GateLetter;
	/** Stable, documented in the README; tests and users may match on it. */
	code: string;
	/** The file (workspace-relative) or the input the violation is about. */
	path: string;
	/** A sentence a person can act on: what is wrong and what to do. */
	message: string;
	/** 1-based line in `path`, where the parser could tell. */
	line?: number;
	/** For linking it to its cause (report/causes.ts); not reported. */
	about?: About;
	/**
	 * The index, in the same list, of the violation that explains this one (always an earlier
	 * one): set by report/causes.ts, so reports fold this one under it.
	 */
	causedBy?: number;
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
 * bytes written, as sha256sum gives it.
 */
export declare function writeJsonAtomic(file: string, value: unknown): Promise<{
	path: string;
	digest: string;
}>;
declare const INPUTS: {
	readonly mode: {
		readonly modes: readonly [
			"promote",
			"verify",
			"changed-datasets",
			"inventory"
		];
		readonly kind: "choice";
		readonly choices: readonly [
			"promote",
			"verify",
			"changed-datasets",
			"inventory"
		];
		readonly actionOnly: true;
		readonly default: "promote";
		readonly description: "promote: build and check the manifest. verify: check a written manifest against the files (before publishing). changed-datasets: only output the changed-datasets matrix for the pull request (no manifest). inventory: hash one shard of the artifacts (shard: I/N) and upload its shard file as an artifact, for a later promote job with inventory-shards.";
	};
	readonly datasets: {
		readonly modes: readonly [
			"changed-datasets"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly actionOnly: true;
		readonly description: "Dataset root globs, workspace-relative, one per line (e.g. datasets/*). A matched directory with a spec.yaml, spec.yml or spec.json is a dataset.";
	};
	readonly "allow-removals": {
		readonly modes: readonly [
			"changed-datasets"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "false";
		readonly description: "Whether the pull request may remove a dataset (delete its spec, or rename it away, leaving no spec in its root). false: a removal fails the step, naming the dataset and its changed paths. true: removals are listed in the summary and the removed-datasets output.";
	};
	readonly "allow-outside-datasets": {
		readonly modes: readonly [
			"changed-datasets"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "false";
		readonly description: "Whether the pull request may change paths the datasets globs cover (a matched directory or anything under one) that lie in no dataset. false: such a change fails the step, naming the paths. true: they are listed in the summary and the outside-datasets output.";
	};
	readonly "github-token": {
		readonly modes: readonly [
			"promote",
			"changed-datasets"
		];
		readonly kind: "secret";
		readonly actionOnly: true;
		readonly default: "${{ github.token }}";
		readonly description: "Token for the GitHub API (pull-request files, reviews, head commit, comments). Needs pull-requests: read, or write for comment: true, and contents: read for released-at: pull-request.";
	};
	readonly "approvals-from": {
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
	readonly "reviewer-roles": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "lines";
		readonly list: true;
		readonly actionOnly: true;
		readonly description: "Roles of reviewers, one \"role: user, org/team\" per line (e.g. \"steward: alice, kfm/data-stewards\"), for approvals-from: pull-request-reviews.";
	};
	readonly "trusted-paths": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly actionOnly: true;
		readonly description: "On a pull request: the files that decide how the gate judges, workspace-relative patterns one per line (! excludes), added to the built-in ones (.github/workflows/**, .github/actions/**, CODEOWNERS anywhere, **/policy/**, **/approvals.json, action.yml, dist/**, and this run's policy-decision and approvals files). The pull request's changes to any of them are named in the job summary and the comment. Example: config/approvals/**.";
	};
	readonly comment: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "false";
		readonly description: "On a pull request, keep one comment per dataset with the gate table and violations, updated in place on each push.";
	};
	readonly "dataset-slug": {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "text";
		readonly required: "promote";
		readonly description: "Stable dataset identity: lowercase a-z, 0-9 and _, starting with a letter, at most 64 characters. Example: river_gauges.";
	};
	readonly "dataset-version-id": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "text";
		readonly description: "Dataset version id. Default: derived as YYYY-MM (from released-at, UTC) + \".\" + the first 8 hex characters of spec_hash, e.g. 2026-02.46e446c6. A given id in that shape must match spec_hash; any other must be 1 to 128 characters of A-Z, a-z, 0-9, \".\", \"_\" and \"-\".";
	};
	readonly "released-at": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "time";
		readonly description: "Release time, RFC 3339 (converted to UTC, seconds precision). Default: the commit time of the checked-out commit, never the run's clock, so a re-run gives the same manifest. Example: 2026-02-20T13:00:00Z. In the action on a pull request, pull-request: the later of the head commit's committer time (never later than the run's clock) and the last approving review of that commit, read from the API, so editing the pull request's title or labels does not move it.";
	};
	readonly spec: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "The dataset spec document (JSON, or YAML by .yaml/.yml), workspace-relative; spec_hash is the SHA-256 of its RFC 8785 form. Example: datasets/river_gauges/spec.yaml.";
	};
	readonly "spec-hash": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "digest";
		readonly description: "spec_hash as sha256:<64 hex>, when no spec document is given; when both are given they must agree.";
	};
	readonly root: {
		readonly modes: readonly [
			"promote",
			"verify",
			"inventory"
		];
		readonly kind: "directory";
		readonly default: ".";
		readonly description: "The dataset root, workspace-relative. Manifest paths and all patterns are relative to it. Example: datasets/river_gauges.";
	};
	readonly artifacts: {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly description: "Processed artifacts: newline-separated glob patterns relative to root (! excludes, # comments). Example: data/processed/**.";
	};
	readonly shard: {
		readonly modes: readonly [
			"inventory",
			"verify"
		];
		readonly kind: "text";
		readonly mode: "inventory";
		readonly description: "inventory mode (CLI: inventory --shard): I/N, hash shard I of N of the artifacts (e.g. 2/4, from a matrix). Every shard lists all the files; a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1. verify mode (CLI: verify --shard): check only the listed files of shard I.";
	};
	readonly "artifacts-shards": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly list: true;
		readonly description: "Inventory shard files (from inventory --shard), one workspace-relative path per line: the artifacts inventory is their merge, checked whole (all N shards, one listing, disjoint parts), instead of hashing the artifacts here.";
	};
	readonly "inventory-shards": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "text";
		readonly actionOnly: true;
		readonly description: "Downloads the artifacts of this workflow run whose names match this glob (e.g. promotion-inventory-river_gauges-shard-*), each checked against its digest, and merges their shard files as artifacts-shards does.";
	};
	readonly "artifacts-manifest": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "A precomputed artifact list (JSON array of {path, digest, media_type}, size allowed), verified against every file that is present. Not with artifacts-shards.";
	};
	readonly catalogs: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly description: "Catalog triplet files (DCAT, STAC, PROV): newline-separated glob patterns relative to root. Example: catalog/**.";
	};
	readonly "catalogs-manifest": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "A precomputed catalog list, in the same format as artifacts-manifest.";
	};
	readonly "qa-report": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "QA report (JSON with a top-level status: pass, warn or fail), workspace-relative. Only pass promotes.";
	};
	readonly "policy-decision": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "Policy decision (JSON with decision_id, policy_label, decision, obligations), workspace-relative. Only allow promotes.";
	};
	readonly "base-policy-decision": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "The base branch's copy of the dataset's policy decision, workspace-relative, checked out apart from the pull request's files. When the pull request's label requires fewer roles than this one (restricted to public), the roles both labels require must approve. No file there: the dataset is new on the branch, and no label change is checked. Example: .gate/datasets/river_gauges/policy/decision.json.";
	};
	readonly approvals: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly description: "Approvals (JSON array of {role, principal, approved_at}), workspace-relative.";
	};
	readonly "run-receipts": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly description: "Run receipts: newline-separated glob patterns relative to root. Example: receipts/*.json.";
	};
	readonly "required-approvals": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "lines";
		readonly list: true;
		readonly description: "Roles required per policy label, one \"label: role, role\" per line. Labels not listed keep the default: internal, restricted and confidential need a steward. Example: \"restricted: steward, data-owner\".";
	};
	readonly "media-types": {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "lines";
		readonly list: true;
		readonly description: "Media type overrides, one \"pattern: media/type\" per line (pattern relative to root); the first match wins. Example: \"**/*.tif: image/tiff; application=geotiff\".";
	};
	readonly "stac-applicable": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "boolean";
		readonly default: "true";
		readonly description: "Whether STAC applies to this dataset. Set false for a dataset with no spatial or temporal extent to describe; the summary then says STAC was declared not applicable.";
	};
	readonly "stac-extension-schemas": {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "lines";
		readonly list: true;
		readonly description: "Local JSON Schemas for STAC extensions whose schemas are not bundled, one \"URL=path\" per line (URL as stac_extensions names it, path workspace-relative). Never fetched.";
	};
	readonly sbom: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly list: true;
		readonly description: "SBOM files (CycloneDX or SPDX JSON), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G). Example: sbom.cdx.json.";
	};
	readonly attestations: {
		readonly modes: readonly [
			"promote"
		];
		readonly kind: "file";
		readonly list: true;
		readonly description: "Attestation files (in-toto Statement, DSSE envelope or Sigstore bundle), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G).";
	};
	readonly out: {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "file";
		readonly default: "promotion_manifest.json";
		readonly description: "Where the manifest is written, workspace-relative. Written only when every gate passes.";
	};
	readonly manifest: {
		readonly modes: readonly [
			"verify"
		];
		readonly kind: "file";
		readonly mode: "verify";
		readonly required: "verify";
		readonly description: "The written manifest to check, workspace-relative. Its sidecars beside it (the in-toto Statement, the checksums file), when there, must agree with it.";
	};
	readonly "expect-digest": {
		readonly modes: readonly [
			"verify"
		];
		readonly kind: "digest";
		readonly mode: "verify";
		readonly description: "The digest the manifest's bytes must have: the generating job's manifest-digest output, or the digest an attestation names.";
	};
	readonly strict: {
		readonly modes: readonly [
			"verify"
		];
		readonly kind: "patterns";
		readonly list: true;
		readonly mode: "verify";
		readonly description: "Patterns relative to the root, one per line; a file they find that the manifest does not list is a violation (something was added after the gate).";
	};
	readonly upload: {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "true";
		readonly description: "Upload what the run wrote as a workflow artifact: after a pass, the manifest and its sidecars; after a failure, the violations report; in inventory mode, the shard file. Outside a workflow run, set it to false.";
	};
	readonly "retention-days": {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "integer";
		readonly actionOnly: true;
		readonly description: "Days the uploaded artifact is kept (1 to 90, or the repository maximum). Default: the repository setting.";
	};
	readonly "upload-timeout-seconds": {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "integer";
		readonly actionOnly: true;
		readonly default: "300";
		readonly description: "The longest an upload may take before the step fails; the artifact client also bounds its own retries.";
	};
	readonly overwrite: {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "false";
		readonly description: "Replace an artifact of the same name uploaded earlier in this workflow run (a re-run of the job), as upload-artifact does; otherwise that upload fails.";
	};
	readonly "artifact-name": {
		readonly modes: readonly [
			"promote",
			"inventory"
		];
		readonly kind: "text";
		readonly actionOnly: true;
		readonly description: "Name of the uploaded artifact. Default: promotion-manifest-<dataset-slug>-<dataset-version-id>. In inventory mode, the prefix of the shard artifact <artifact-name>-<dataset-slug>-shard-<I>-of-<N>; default promotion-inventory.";
	};
	readonly "fail-on-violation": {
		readonly modes: readonly [
			"promote",
			"verify",
			"inventory"
		];
		readonly kind: "boolean";
		readonly actionOnly: true;
		readonly default: "true";
		readonly description: "Fail the job on any violation. When false the step succeeds with status=fail, and still writes no manifest.";
	};
};
type InputName = keyof typeof INPUTS;
type CliInputName = {
	[K in InputName]: (typeof INPUTS)[K] extends {
		actionOnly: true;
	} | {
		mode: string;
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
type GateStatus = "pass" | "fail" | "not required";
export interface GateReport {
	gate: GateLetter;
	title: string;
	status: GateStatus;
	violations: number;
	/** What the gate checked, in words, for the summary ("3 artifacts hashed"). */
	checked: string[];
}
export declare class UsageError extends Error {
}
export interface PromotionResult {
	status: "pass" | "fail";
	datasetSlug: string;
	datasetVersionId?: string;
	specHash?: string;
	releasedAt?: string;
	artifacts: InventoryEntry[];
	catalogs: InventoryEntry[];
	qa?: QaOutcome;
	policy?: PolicyDecision;
	approvals: Approval[];
	/** Built whenever every part exists, so its schema is checked even beside other violations. */
	manifest?: PromotionManifest;
	/** The exact bytes to write; only on pass, as are the fields below. */
	manifestText?: string;
	/** The digest of those bytes: what sha256sum, the Statement and actions/attest give. */
	manifestDigest?: string;
	/** The digest of the manifest's RFC 8785 form, the same for any indentation. */
	manifestCanonicalDigest?: string;
	/** The in-toto Statement sidecar's bytes. */
	statementText?: string;
	/** The sha256sum-format list of every artifact and catalog. */
	checksumsText?: string;
	violations: Violation[];
	gates: GateReport[];
}
/**
 * Evaluates every promotion gate for the inputs, with paths relative to `workspace` (default:
 * the current directory), and returns the result: status, violations, the gate reports and, on
 * a pass, the manifest's bytes and digest. released-at defaults to the commit time of the
 * workspace's checked-out commit. Writes nothing; a bad input throws UsageError.
 */
export declare function evaluatePromotion(inputs: PromotionInputs, { workspace }?: {
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
export declare function verifyManifest(request: VerifyRequest): Promise<VerifyResult>;

export {};
