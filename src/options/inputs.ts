// The one table of inputs: the action's inputs (action.yml) and the CLI's flags are both this
// list, and tests hold action.yml, the CLI's usage and the README's input table to it.

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

export interface InputSpec {
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
  /**
   * Only this mode reads it; in the CLI, a flag of that subcommand only (not of the promote
   * command).
   */
  mode?: 'verify' | 'inventory'
}

/** Every input, with its default; action.yml and the CLI's --help say the same. */
export const INPUTS = {
  mode: {
    kind: 'choice',
    choices: ['promote', 'verify', 'changed-datasets', 'inventory'],
    actionOnly: true,
    default: 'promote',
    description:
      'promote: build and check the manifest. verify: check a written manifest against the files (before publishing). changed-datasets: only output the changed-datasets matrix for the pull request (no manifest). inventory: hash one shard of the artifacts (shard: I/N) and upload its shard file, for a later promote job (inventory-shards).'
  },
  datasets: {
    kind: 'patterns',
    list: true,
    actionOnly: true,
    description:
      'changed-datasets mode: dataset root globs, workspace-relative, one per line (e.g. datasets/*). A matched directory with a spec.yaml, spec.yml or spec.json is a dataset.'
  },
  'allow-removals': {
    kind: 'boolean',
    actionOnly: true,
    default: 'false',
    description:
      'changed-datasets mode: whether the pull request may remove a dataset (delete its spec, or rename it away, leaving no spec in its root). false: a removal fails the step, naming the dataset and its changed paths. true: removals are listed in the summary and the removed-datasets output.'
  },
  'allow-outside-datasets': {
    kind: 'boolean',
    actionOnly: true,
    default: 'false',
    description:
      'changed-datasets mode: whether the pull request may change paths the datasets globs cover (a matched directory or anything under one) that lie in no dataset. false: such a change fails the step, naming the paths. true: they are listed in the summary and the outside-datasets output.'
  },
  'github-token': {
    kind: 'secret',
    actionOnly: true,
    default: '${{ github.token }}',
    description:
      'Token for the GitHub API (pull-request files, reviews, head commit, comments). Needs pull-requests: read, or write for comment: true, and contents: read for released-at: pull-request.'
  },
  'approvals-from': {
    kind: 'choice',
    choices: ['file', 'pull-request-reviews'],
    actionOnly: true,
    default: 'file',
    description:
      'file: approvals come from the approvals input only. pull-request-reviews: approving reviews of the head commit count too, with roles from reviewer-roles.'
  },
  'reviewer-roles': {
    kind: 'lines',
    list: true,
    actionOnly: true,
    description:
      'Roles of reviewers, one "role: user, org/team" per line (e.g. "steward: alice, kfm/data-stewards"), for approvals-from: pull-request-reviews.'
  },
  'trusted-paths': {
    kind: 'patterns',
    list: true,
    actionOnly: true,
    description:
      "On a pull request: the files that decide how the gate judges, workspace-relative patterns one per line (! excludes), added to the built-in ones (.github/workflows/**, .github/actions/**, CODEOWNERS anywhere, **/policy/**, **/approvals.json, action.yml, dist/**, and this run's policy-decision and approvals files). The pull request's changes to any of them are named in the job summary and the comment."
  },
  comment: {
    kind: 'boolean',
    actionOnly: true,
    default: 'false',
    description:
      'On a pull request, keep one comment per dataset with the gate table and violations, updated in place on each push.'
  },
  'dataset-slug': {
    kind: 'text',
    required: 'promote',
    description:
      'Required in promote mode. Stable dataset identity: lowercase a-z, 0-9 and _, starting with a letter, at most 64 characters.'
  },
  'dataset-version-id': {
    kind: 'text',
    description:
      'Dataset version id. Default: derived as YYYY-MM (from released-at, UTC) + "." + the first 8 hex characters of spec_hash.'
  },
  'released-at': {
    kind: 'time',
    description:
      "Release time, RFC 3339 (converted to UTC). Default: the commit time of the checked-out commit. In the action, pull-request: the later of the pull request's head commit's committer time (never later than the run's clock) and the last approving review of that commit, from the API, so editing the pull request's title or labels does not move it."
  },
  spec: {
    kind: 'file',
    description:
      'The dataset spec document (JSON, or YAML by .yaml/.yml), workspace-relative; spec_hash is the SHA-256 of its RFC 8785 form.'
  },
  'spec-hash': {
    kind: 'digest',
    description:
      'spec_hash as sha256:<64 hex>, when no spec document is given; when both are given they must agree.'
  },
  root: {
    kind: 'directory',
    default: '.',
    description:
      'The dataset root, workspace-relative. Manifest paths and all patterns are relative to it.'
  },
  artifacts: {
    kind: 'patterns',
    list: true,
    description:
      'Processed artifacts: newline-separated glob patterns relative to root (! excludes, # comments).'
  },
  stores: {
    kind: 'patterns',
    list: true,
    default: '**/*.zarr',
    description:
      'Directory stores among the artifacts: glob patterns of directories relative to root. A matched directory is one artifact, path with a trailing /, digest the in-toto dirHash of its files (docs/directory-stores.md). !** for none.'
  },
  shard: {
    kind: 'text',
    mode: 'inventory',
    description:
      'inventory mode (CLI: inventory --shard): I/N, hash shard I of N of the artifacts (e.g. 2/4, from a matrix). Every shard lists all the files; a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1. verify mode (CLI: verify --shard): check only the listed files of shard I.'
  },
  'artifacts-shards': {
    kind: 'file',
    list: true,
    description:
      'Inventory shard files (from inventory --shard), one workspace-relative path per line: the artifacts inventory is their merge, checked whole (all N shards, one listing, disjoint parts), instead of hashing the artifacts here.'
  },
  'inventory-shards': {
    kind: 'text',
    actionOnly: true,
    description:
      'promote mode: downloads the artifacts of this workflow run whose names match this glob (e.g. promotion-inventory-river_gauges-shard-*), each checked against its digest, and merges their shard files as artifacts-shards does.'
  },
  'artifacts-manifest': {
    kind: 'file',
    description:
      'A precomputed artifact list (JSON array of {path, digest, media_type}), verified against the files that are present.'
  },
  catalogs: {
    kind: 'patterns',
    list: true,
    description:
      'Catalog triplet files (DCAT, STAC, PROV): newline-separated glob patterns relative to root.'
  },
  'catalogs-manifest': {
    kind: 'file',
    description: 'A precomputed catalog list, in the same format as artifacts-manifest.'
  },
  'qa-report': {
    kind: 'file',
    description:
      'QA report (JSON with a top-level status: pass, warn or fail), workspace-relative. Only pass promotes.'
  },
  'policy-decision': {
    kind: 'file',
    description:
      'Policy decision (JSON with decision_id, policy_label, decision, obligations), workspace-relative. Only allow promotes.'
  },
  'base-policy-decision': {
    kind: 'file',
    description:
      "The base branch's copy of the dataset's policy decision, workspace-relative, checked out apart from the pull request's files (e.g. .gate/datasets/river_gauges/policy/decision.json). When the pull request's label requires fewer roles than this one (restricted to public), the roles both labels require must approve. No file there: the dataset is new on the branch, and no label change is checked."
  },
  approvals: {
    kind: 'file',
    description: 'Approvals (JSON array of {role, principal, approved_at}), workspace-relative.'
  },
  'run-receipts': {
    kind: 'patterns',
    list: true,
    description: 'Run receipts: newline-separated glob patterns relative to root.'
  },
  'required-approvals': {
    kind: 'lines',
    list: true,
    description:
      'Roles required per policy label, one "label: role, role" per line. Labels not listed keep the default: internal, restricted and confidential need a steward.'
  },
  'media-types': {
    kind: 'lines',
    list: true,
    description:
      'Media type overrides, one "pattern: media/type" per line (pattern relative to root); the first match wins.'
  },
  'stac-applicable': {
    kind: 'boolean',
    default: 'true',
    description:
      'Whether STAC applies to this dataset. Set false for a dataset with no spatial or temporal extent to describe; the summary then says STAC was declared not applicable.'
  },
  'stac-extension-schemas': {
    kind: 'lines',
    list: true,
    description:
      'Local JSON Schemas for STAC extensions whose schemas are not bundled, one "URL=path" per line (URL as stac_extensions names it, path workspace-relative). Never fetched.'
  },
  sbom: {
    kind: 'file',
    list: true,
    description:
      'SBOM files (CycloneDX or SPDX JSON), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G).'
  },
  attestations: {
    kind: 'file',
    list: true,
    description:
      'Attestation files (in-toto Statement, DSSE envelope or Sigstore bundle), one workspace-relative path per line. Optional; when given, each must exist and parse (gate G).'
  },
  out: {
    kind: 'file',
    default: 'promotion_manifest.json',
    description:
      'Where the manifest is written, workspace-relative. Written only when every gate passes.'
  },
  manifest: {
    kind: 'file',
    mode: 'verify',
    required: 'verify',
    description:
      'verify mode: the written manifest to check, workspace-relative. Its sidecars beside it (the in-toto Statement, the checksums file), when there, must agree with it.'
  },
  'expect-digest': {
    kind: 'digest',
    mode: 'verify',
    description:
      "verify mode: the digest the manifest's bytes must have: the generating job's manifest-digest output, or the digest an attestation names."
  },
  strict: {
    kind: 'patterns',
    list: true,
    mode: 'verify',
    description:
      'verify mode: patterns relative to the root; a file they find that the manifest does not list is a violation (something was added after the gate).'
  },
  upload: {
    kind: 'boolean',
    actionOnly: true,
    default: 'true',
    description: 'Upload the manifest as a workflow artifact after it passed.'
  },
  'retention-days': {
    kind: 'integer',
    actionOnly: true,
    description:
      'Days the uploaded artifact is kept (1 to 90, or the repository maximum). Default: the repository setting.'
  },
  'upload-timeout-seconds': {
    kind: 'integer',
    actionOnly: true,
    default: '300',
    description:
      'The longest an upload may take before the step fails; the artifact client also bounds its own retries.'
  },
  overwrite: {
    kind: 'boolean',
    actionOnly: true,
    default: 'false',
    description:
      'Replace an artifact of the same name uploaded earlier in this workflow run (a re-run of the job), as upload-artifact does; otherwise that upload fails.'
  },
  'artifact-name': {
    kind: 'text',
    actionOnly: true,
    description:
      'Name of the uploaded artifact. Default: promotion-manifest-<dataset-slug>-<dataset-version-id>. In inventory mode, the prefix of the shard artifact <artifact-name>-<dataset-slug>-shard-<I>-of-<N>; default promotion-inventory.'
  },
  'fail-on-violation': {
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
