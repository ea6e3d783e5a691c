// The input table, second part (inputs.ts joins the parts in this order): what a promotion reads,
// the dataset's identity, its files and documents, and where the manifest goes. Each is a flag of
// the CLI's promote command too.
import type { InputSpec } from './input-spec.js'

export const PROMOTION_INPUTS = {
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
  }
} as const satisfies Record<string, InputSpec>
