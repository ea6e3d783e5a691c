// The input table, third part (inputs.ts joins the parts in this order): verify's and publish's
// inputs, shard (inventory and verify), then the action's job inputs: the ledger, the changes
// since an earlier version, the upload and whether a violation fails the job.
import type { InputSpec } from './input-spec.js'

export const VERIFY_AND_JOB_INPUTS = {
  manifest: {
    modes: ['verify', 'publish'],
    kind: 'file',
    commands: ['verify'],
    required: 'verify',
    description:
      'The written manifest to check, workspace-relative. Its sidecars beside it (the in-toto Statement, the checksums file), when there, must agree with it.'
  },
  'expect-digest': {
    modes: ['verify', 'publish'],
    kind: 'digest',
    commands: ['verify'],
    description:
      "The digest the manifest's bytes must have: the generating job's manifest-digest output, or the digest an attestation names."
  },
  strict: {
    modes: ['verify', 'publish'],
    kind: 'patterns',
    list: true,
    commands: ['verify'],
    description:
      'Patterns relative to the root, one per line; a file they find that the manifest does not list is a violation (something was added after the gate).'
  },
  shard: {
    modes: ['inventory', 'verify', 'publish'],
    kind: 'text',
    commands: ['inventory', 'verify'],
    description:
      'inventory mode (CLI: inventory --shard): I/N, hash shard I of N of the artifacts (e.g. 2/4, from a matrix). Every shard lists all the files; a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1. verify mode (CLI: verify --shard): check only the listed files of shard I.'
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
