// The one table of inputs: the action's inputs (action.yml) and the CLI's flags are both this
// list. `npm run inputs` writes action.yml's inputs and the README's input table from it (and the
// outputs from action-outputs.ts); tests fail when either differs, or the CLI's usage does.

/** What an input's value is; the CLI names its flag's value after it (FILE, PATTERN, ...). */
export type InputKind =
  | 'text'
  | 'secret'
  | 'choice'
  | 'boolean'
  | 'integer'
  | 'time'
  | 'digest'
  | 'file'
  | 'directory'
  | 'patterns'
  | 'lines'

/** The action's modes, the values of its `mode` input. */
export type Mode = 'promote' | 'verify' | 'changed-datasets' | 'inventory' | 'publish'

export interface InputSpec {
  /** Every mode of the action that reads it: action.yml and the README's table say so. */
  modes: readonly Mode[]
  kind: InputKind
  description: string
  default?: string
  /** The values a choice allows. */
  choices?: readonly string[]
  /** One value per line in the action; a repeatable flag in the CLI. */
  list?: boolean
  /** Only the action has it (GitHub API, upload, job outcome); the CLI has no such flag. */
  actionOnly?: boolean
  /** The mode in which the input must be given. */
  required?: 'promote' | 'verify'
  /** In the CLI, a flag of this subcommand only, not of the promote command. */
  mode?: 'verify' | 'inventory'
}

/** Every input, with its default; action.yml and the CLI's --help say the same. */
export const INPUTS = {
  mode: {
    modes: ['promote', 'verify', 'changed-datasets', 'inventory', 'publish'],
    kind: 'choice',
    choices: ['promote', 'verify', 'changed-datasets', 'inventory', 'publish'],
    actionOnly: true,
    default: 'promote',
    description:
      'promote: build and check the manifest. verify: check a written manifest against the files (before publishing). changed-datasets: only output the changed-datasets matrix for the pull request (no manifest). inventory: hash one shard of the artifacts (shard: I/N) and upload its shard file as an artifact, for a later promote job with inventory-shards. publish: verify as verify does (expect-digest required), then publish the version as a GitHub release and append it to the ledger.'
  },
  datasets: {
    modes: ['changed-datasets'],
    kind: 'patterns',
    list: true,
    actionOnly: true,
    description:
      'Dataset root globs, workspace-relative, one per line (e.g. datasets/*). A matched directory with a spec.yaml, spec.yml or spec.json is a dataset.'
  },
  'allow-removals': {
    modes: ['changed-datasets'],
    kind: 'boolean',
    actionOnly: true,
    default: 'false',
    description:
      'Whether the pull request may remove a dataset (delete its spec, or rename it away, leaving no spec in its root). false: a removal fails the step, naming the dataset and its changed paths. true: removals are listed in the summary and the removed-datasets output.'
  },
  'allow-outside-datasets': {
    modes: ['changed-datasets'],
    kind: 'boolean',
    actionOnly: true,
    default: 'false',
    description:
      'Whether the pull request may change paths the datasets globs cover (a matched directory or anything under one) that lie in no dataset. false: such a change fails the step, naming the paths. true: they are listed in the summary and the outside-datasets output.'
  },
  'github-token': {
    modes: ['promote', 'changed-datasets', 'publish'],
    kind: 'secret',
    actionOnly: true,
    default: '${{ github.token }}',
    description:
      'Token for the GitHub API (pull-request files, reviews, head commit, comments). Needs pull-requests: read, or write for comment: true, and contents: read for released-at: pull-request.'
  },
  'approvals-from': {
    modes: ['promote'],
    kind: 'choice',
    choices: ['file', 'pull-request-reviews'],
    actionOnly: true,
    default: 'file',
    description:
      'file: approvals come from the approvals input only. pull-request-reviews: approving reviews of the head commit count too, with roles from reviewer-roles.'
  },
  'reviewer-roles': {
    modes: ['promote'],
    kind: 'lines',
    list: true,
    actionOnly: true,
    description:
      'Roles of reviewers, one "role: user, org/team" per line (e.g. "steward: alice, kfm/data-stewards"), for approvals-from: pull-request-reviews.'
  },
  'trusted-paths': {
    modes: ['promote'],
    kind: 'patterns',
    list: true,
    actionOnly: true,
    description:
      "On a pull request: the files that decide how the gate judges, workspace-relative patterns one per line (! excludes), added to the built-in ones (.github/workflows/**, .github/actions/**, CODEOWNERS anywhere, **/policy/**, **/approvals.json, action.yml, dist/**, and this run's policy-decision and approvals files). The pull request's changes to any of them are named in the job summary and the comment. Example: config/approvals/**."
  },
  comment: {
    modes: ['promote'],
    kind: 'boolean',
    actionOnly: true,
    default: 'false',
    description:
      'On a pull request, keep one comment per dataset with the gate table and violations, updated in place on each push.'
  },
  'dataset-slug': {
    modes: ['promote', 'inventory'],
    kind: 'text',
    required: 'promote',
    description:
      'Stable dataset identity: lowercase a-z, 0-9 and _, starting with a letter, at most 64 characters. Example: river_gauges.'
  },
  'dataset-version-id': {
    modes: ['promote'],
    kind: 'text',
    description:
      'Dataset version id. Default: derived as YYYY-MM (from released-at, UTC) + "." + the first 8 hex characters of spec_hash, e.g. 2026-02.46e446c6. A given id in that shape must match spec_hash; any other must be 1 to 128 characters of A-Z, a-z, 0-9, ".", "_" and "-".'
  },
  'released-at': {
    modes: ['promote'],
    kind: 'time',
    description:
      "Release time, RFC 3339 (converted to UTC, seconds precision). Default: the commit time of the checked-out commit, never the run's clock, so a re-run gives the same manifest. Example: 2026-02-20T13:00:00Z. In the action on a pull request, pull-request: the later of the head commit's committer time (never later than the run's clock) and the last approving review of that commit, read from the API, so editing the pull request's title or labels does not move it."
  },
  spec: {
    modes: ['promote'],
    kind: 'file',
    description:
      'The dataset spec document (JSON, or YAML by .yaml/.yml), workspace-relative; spec_hash is the SHA-256 of its RFC 8785 form. Example: datasets/river_gauges/spec.yaml.'
  },
  'spec-hash': {
    modes: ['promote'],
    kind: 'digest',
    description:
      'spec_hash as sha256:<64 hex>, when no spec document is given; when both are given they must agree.'
  },
  root: {
    modes: ['promote', 'verify', 'inventory', 'publish'],
    kind: 'directory',
    default: '.',
    description:
      'The dataset root, workspace-relative. Manifest paths and all patterns are relative to it. Example: datasets/river_gauges.'
  },
  artifacts: {
    modes: ['promote', 'inventory'],
    kind: 'patterns',
    list: true,
    description:
      'Processed artifacts: newline-separated glob patterns relative to root (! excludes, # comments). Example: data/processed/**.'
  },
  stores: {
    modes: ['promote', 'inventory'],
    kind: 'patterns',
    list: true,
    default: '**/*.zarr',
    description:
      'Directory stores among the artifacts: glob patterns of directories relative to root. A matched directory is one artifact, path with a trailing /, digest the in-toto dirHash of its files (docs/directory-stores.md). !** for none.'
  },
  shard: {
    modes: ['inventory', 'verify', 'publish'],
    kind: 'text',
    mode: 'inventory',
    description:
      'inventory mode (CLI: inventory --shard): I/N, hash shard I of N of the artifacts (e.g. 2/4, from a matrix). Every shard lists all the files; a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1. verify mode (CLI: verify --shard): check only the listed files of shard I.'
  },
  'artifacts-shards': {
    modes: ['promote'],
    kind: 'file',
    list: true,
    description:
      'Inventory shard files (from inventory --shard), one workspace-relative path per line: the artifacts inventory is their merge, checked whole (all N shards, one listing, disjoint parts), instead of hashing the artifacts here.'
  },
  'inventory-shards': {
    modes: ['promote'],
    kind: 'text',
    actionOnly: true,
    description:
      'Downloads the artifacts of this workflow run whose names match this glob (e.g. promotion-inventory-river_gauges-shard-*), each checked against its digest, and merges their shard files as artifacts-shards does.'
  },
  'artifacts-manifest': {
    modes: ['promote'],
    kind: 'file',
    description:
      'A precomputed artifact list (JSON array of {path, digest, media_type}, size allowed), verified against every file that is present. Not with artifacts-shards.'
  },
  lfs: {
    modes: ['promote', 'inventory'],
    kind: 'choice',
    choices: ['content', 'pointers'],
    default: 'content',
    description:
      'What a Git LFS pointer among the artifacts stands for. content: the files must be checked out (actions/checkout with lfs: true); a pointer is LFS_POINTER. pointers: a pointer stands for its content (digest sha256:<oid>, size from the pointer), so the manifest is the one a full checkout gives; with github-token the LFS server is asked that every object exists (LFS_OBJECT_MISSING). Documents the gate reads are never taken from a pointer.'
  },
  'lfs-url': {
    modes: ['promote'],
    kind: 'text',
    actionOnly: true,
    description:
      "lfs: pointers: the Git LFS server to ask (requests go to <lfs-url>/objects/batch). Default: lfs.url from .lfsconfig (on a pull request, never the pull request's own .lfsconfig), else <server>/<owner>/<repo>.git/info/lfs."
  },
  catalogs: {
    modes: ['promote'],
    kind: 'patterns',
    list: true,
    description:
      'Catalog triplet files (DCAT, STAC, PROV): newline-separated glob patterns relative to root. Example: catalog/**.'
  },
  'catalogs-manifest': {
    modes: ['promote'],
    kind: 'file',
    description: 'A precomputed catalog list, in the same format as artifacts-manifest.'
  },
  'qa-report': {
    modes: ['promote'],
    kind: 'file',
    description:
      'QA report (JSON with a top-level status: pass, warn or fail), workspace-relative. Only pass promotes.'
  },
  'policy-decision': {
    modes: ['promote'],
    kind: 'file',
    description:
      'Policy decision (JSON with decision_id, policy_label, decision, obligations), workspace-relative. Only allow promotes.'
  },
  'base-policy-decision': {
    modes: ['promote'],
    kind: 'file',
    description:
      "The base branch's copy of the dataset's policy decision, workspace-relative, checked out apart from the pull request's files. When the pull request's label requires fewer roles than this one (restricted to public), the roles both labels require must approve. No file there: the dataset is new on the branch, and no label change is checked. Example: .gate/datasets/river_gauges/policy/decision.json."
  },
  approvals: {
    modes: ['promote'],
    kind: 'file',
    description: 'Approvals (JSON array of {role, principal, approved_at}), workspace-relative.'
  },
  'run-receipts': {
    modes: ['promote'],
    kind: 'patterns',
    list: true,
    description:
      'Run receipts: newline-separated glob patterns relative to root. Example: receipts/*.json.'
  },
  'required-approvals': {
    modes: ['promote'],
    kind: 'lines',
    list: true,
    description:
      'Roles required per policy label, one "label: role, role" per line. Labels not listed keep the default: internal, restricted and confidential need a steward. Example: "restricted: steward, data-owner".'
  },
  'media-types': {
    modes: ['promote', 'inventory'],
    kind: 'lines',
    list: true,
    description:
      'Media type overrides, one "pattern: media/type" per line (pattern relative to root); the first match wins. Example: "**/*.tif: image/tiff; application=geotiff".'
  },
  'stac-applicable': {
    modes: ['promote'],
    kind: 'boolean',
    default: 'true',
    description:
      'Whether STAC applies to this dataset. Set false for a dataset with no spatial or temporal extent to describe; the summary then says STAC was declared not applicable.'
  },
  'remote-assets': {
    modes: ['promote'],
    kind: 'choice',
    choices: ['require-checksum', 'allow', 'fetch'],
    default: 'require-checksum',
    description:
      'What a catalog asset link to an absolute URL (http, https, s3, gs, az, abfss) without a checksum gets. require-checksum: a violation (add file:checksum or spdx:checksum). allow: listed in the summary as unverified. fetch: every remote link, with a checksum or not, is read and its bytes compared with the artifact it is the published copy of (docs/remote-assets.md). A checksum must always name an artifact of this release.'
  },
  'remote-assets-timeout-seconds': {
    modes: ['promote'],
    kind: 'integer',
    default: '60',
    description:
      'remote-assets: fetch: the longest a remote server may take to answer, or to send the next bytes, before that try fails (1 to 3600). Each link is tried 3 times on a network error or a 5xx answer.'
  },
  'stac-extension-schemas': {
    modes: ['promote'],
    kind: 'lines',
    list: true,
    description:
      'Local JSON Schemas for STAC extensions whose schemas are not bundled, one "URL=path" per line (URL as stac_extensions names it, path workspace-relative). Never fetched.'
  },
  sbom: {
    modes: ['promote'],
    kind: 'file',
    list: true,
    description:
      'SBOM files (CycloneDX or SPDX JSON), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G). Example: sbom.cdx.json.'
  },
  attestations: {
    modes: ['promote'],
    kind: 'file',
    list: true,
    description:
      'Attestation files (in-toto Statement, DSSE envelope or Sigstore bundle), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G).'
  },
  out: {
    modes: ['promote', 'inventory'],
    kind: 'file',
    default: 'promotion_manifest.json',
    description:
      'Where the manifest is written, workspace-relative. Written only when every gate passes.'
  },
  manifest: {
    modes: ['verify', 'publish'],
    kind: 'file',
    mode: 'verify',
    required: 'verify',
    description:
      'The written manifest to check, workspace-relative. Its sidecars beside it (the in-toto Statement, the checksums file), when there, must agree with it.'
  },
  'expect-digest': {
    modes: ['verify', 'publish'],
    kind: 'digest',
    mode: 'verify',
    description:
      "The digest the manifest's bytes must have: the generating job's manifest-digest output, or the digest an attestation names."
  },
  strict: {
    modes: ['verify', 'publish'],
    kind: 'patterns',
    list: true,
    mode: 'verify',
    description:
      'Patterns relative to the root, one per line; a file they find that the manifest does not list is a violation (something was added after the gate).'
  },
  'ledger-branch': {
    modes: ['promote', 'publish'],
    kind: 'text',
    actionOnly: true,
    default: 'promotion-ledger',
    description:
      'The branch holding the append-only ledger, ledger/<dataset-slug>.jsonl. Created with the first record when absent; protect it against force pushes and deletion.'
  },
  'previous-manifest': {
    modes: ['promote', 'publish'],
    kind: 'file',
    actionOnly: true,
    description:
      'A manifest of an earlier version, workspace-relative: "Changes since" its version is added to the summary, the pull-request comment and (publish mode) the release notes.'
  },
  previous: {
    modes: ['promote', 'publish'],
    kind: 'choice',
    choices: ['none', 'ledger'],
    actionOnly: true,
    description:
      'ledger: compare with the last version the ledger records (its manifest read from its release) and add "Changes since" it to the summary and the pull-request comment (needs contents: read). Default: ledger in publish mode (release notes), none otherwise. previous-manifest, when given, is used instead.'
  },
  upload: {
    modes: ['promote', 'inventory'],
    kind: 'boolean',
    actionOnly: true,
    default: 'true',
    description:
      'Upload what the run wrote as a workflow artifact: after a pass, the manifest and its sidecars; after a failure, the violations report; in inventory mode, the shard file. Outside a workflow run, set it to false.'
  },
  'retention-days': {
    modes: ['promote', 'inventory'],
    kind: 'integer',
    actionOnly: true,
    description:
      'Days the uploaded artifact is kept (1 to 90, or the repository maximum). Default: the repository setting.'
  },
  'upload-timeout-seconds': {
    modes: ['promote', 'inventory'],
    kind: 'integer',
    actionOnly: true,
    default: '300',
    description:
      'The longest an upload may take before the step fails; the artifact client also bounds its own retries.'
  },
  overwrite: {
    modes: ['promote', 'inventory'],
    kind: 'boolean',
    actionOnly: true,
    default: 'false',
    description:
      'Replace an artifact of the same name uploaded earlier in this workflow run (a re-run of the job), as upload-artifact does; otherwise that upload fails.'
  },
  'artifact-name': {
    modes: ['promote', 'inventory'],
    kind: 'text',
    actionOnly: true,
    description:
      'Name of the uploaded artifact. Default: promotion-manifest-<dataset-slug>-<dataset-version-id>. In inventory mode, the prefix of the shard artifact <artifact-name>-<dataset-slug>-shard-<I>-of-<N>; default promotion-inventory.'
  },
  'fail-on-violation': {
    modes: ['promote', 'verify', 'inventory', 'publish'],
    kind: 'boolean',
    actionOnly: true,
    default: 'true',
    description:
      'Fail the job on any violation. When false the step succeeds with status=fail, and still writes no manifest.'
  }
} as const satisfies Record<string, InputSpec>

export type InputName = keyof typeof INPUTS
export type RawInputs = Partial<Record<InputName, string>>

/** The input's table entry, typed as the general spec. */
export function inputSpec(name: InputName): InputSpec {
  return INPUTS[name]
}

/**
 * The inputs a CLI command takes as flags, and the library as fields: all but the action's own
 * and those of another mode (verify's inputs are the verify command's).
 */
export function cliInputs(mode: 'promote' | 'verify' = 'promote'): InputName[] {
  return (Object.keys(INPUTS) as InputName[]).filter((name) => {
    const input = inputSpec(name)
    return !input.actionOnly && (input.mode ?? 'promote') === mode
  })
}

type CliInputName = {
  [K in InputName]: (typeof INPUTS)[K] extends { actionOnly: true } | { mode: string } ? never : K
}[InputName]
type RequiredInputName = {
  [K in CliInputName]: (typeof INPUTS)[K] extends { required: string } ? K : never
}[CliInputName]
/** `qa-report` → `qaReport`. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S
type InputValue<K extends InputName> = (typeof INPUTS)[K] extends { list: true }
  ? readonly string[]
  : (typeof INPUTS)[K] extends { kind: 'boolean' }
    ? boolean
    : string

/**
 * The CLI's inputs as one object, camelCase keys (`qaReport` for `--qa-report`), a list as an
 * array, a boolean as a boolean: the library's evaluatePromotion takes these.
 */
export type PromotionInputs = {
  [K in RequiredInputName as CamelCase<K>]: InputValue<K>
} & {
  [K in Exclude<CliInputName, RequiredInputName> as CamelCase<K>]?: InputValue<K>
}

/** The camelCase key of an input in PromotionInputs. */
export function camelCaseName(name: InputName): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}
