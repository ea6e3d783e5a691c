// The action's outputs, beside the input table: `npm run inputs` writes action.yml's outputs and
// the README's output table from this list, and a test holds it to the outputs the action sets.
import type { Mode } from './inputs.js'

interface OutputSpec {
  /** Every mode of the action that sets it. */
  modes: readonly Mode[]
  description: string
}

export const OUTPUTS = {
  status: {
    modes: ['promote', 'verify', 'inventory', 'publish'],
    description:
      'pass or fail; empty when the step ends in an error (such as a manifest that could not be written).'
  },
  violations: {
    modes: ['promote', 'verify', 'inventory', 'publish'],
    description:
      'JSON array of {gate, code, path, message, line?}; [] on pass. The first violations only, within 256 KiB (GitHub refuses an output over 1 MB): violations-count says how many there are, violations-path has them all.'
  },
  'violations-count': {
    modes: ['promote', 'verify', 'inventory', 'publish'],
    description: 'How many violations the run found (0 on pass).'
  },
  'violations-path': {
    modes: ['promote', 'verify', 'publish'],
    description:
      'After a failure, the absolute path of the full violations report (promotion_violations.json, in RUNNER_TEMP; uploaded as the violations artifact when upload is true). Empty on pass.'
  },
  'manifest-path': {
    modes: ['promote'],
    description: 'Absolute path of the written manifest (empty when the run failed).'
  },
  'manifest-digest': {
    modes: ['promote', 'verify', 'publish'],
    description:
      "sha256: digest of the manifest file's bytes as written: what sha256sum, the Statement sidecar's subject and actions/attest give (empty when the run failed). In verify mode, the digest of the manifest checked."
  },
  'manifest-canonical-digest': {
    modes: ['promote'],
    description:
      "sha256: digest of the manifest's RFC 8785 canonical form, the same for any indentation (pass only)."
  },
  'checksums-path': {
    modes: ['promote'],
    description:
      'Absolute path of the checksums file beside the manifest (sha256sum format: every artifact and catalog, root-relative), for actions/attest subject-checksums (pass only).'
  },
  'statement-path': {
    modes: ['promote'],
    description:
      'Absolute path of the in-toto Statement sidecar (promotion_manifest.intoto.json) whose subjects are the manifest and every artifact (pass only).'
  },
  'spec-hash': {
    modes: ['promote'],
    description: "spec_hash: the sha256: digest of the spec's RFC 8785 form."
  },
  'dataset-version-id': {
    modes: ['promote'],
    description: 'The dataset version id, given or derived.'
  },
  'artifact-id': {
    modes: ['promote', 'inventory'],
    description:
      'Id of the uploaded workflow artifact (empty when upload is false or the run failed).'
  },
  'artifact-url': {
    modes: ['promote', 'inventory'],
    description:
      'URL of the uploaded workflow artifact, in the form https://github.com/OWNER/REPO/actions/runs/RUN/artifacts/ID.'
  },
  'artifact-digest': {
    modes: ['promote', 'inventory'],
    description:
      'sha256: digest of the uploaded artifact (the zip), as the artifact service records it.'
  },
  'shard-path': {
    modes: ['inventory'],
    description:
      'Absolute path of the shard file written (under RUNNER_TEMP), uploaded as the artifact <artifact-name prefix>-<dataset-slug>-shard-<I>-of-<N>.'
  },
  'changed-datasets': {
    modes: ['changed-datasets'],
    description:
      'JSON matrix {"include": [{"dataset", "root", "spec"}]} of the datasets the pull request changes (every dataset outside a pull request).'
  },
  'datasets-changed': {
    modes: ['changed-datasets'],
    description:
      'true when the matrix is not empty (a dataset still present changed, or every dataset outside a pull request), false otherwise. For the aggregate check: an empty matrix is a pass only when this is false.'
  },
  'removed-datasets': {
    modes: ['changed-datasets'],
    description:
      'JSON array of {dataset, root, spec, file_count, files} for each dataset the pull request removes (files: its first 20 changed paths), within 256 KiB; [] when none.'
  },
  'outside-datasets': {
    modes: ['changed-datasets'],
    description:
      'JSON array of the changed paths the datasets globs cover that lie in no dataset, the first ones within 256 KiB; [] when none.'
  },
  'release-url': {
    modes: ['publish'],
    description:
      "The published release's page: https://github.com/OWNER/REPO/releases/tag/ followed by the tag, the dataset slug and the version id joined by a slash."
  },
  'release-id': {
    modes: ['publish'],
    description: 'The id of the published release.'
  },
  'ledger-record-digest': {
    modes: ['publish'],
    description:
      "sha256: digest of this version's line in the ledger (without its newline): what ledger verify --expect-tip checks the ledger ends at."
  },
  'previous-version': {
    modes: ['publish'],
    description:
      'The dataset version id of the last other version the ledger recorded before this one (empty for the first).'
  }
} as const satisfies Record<string, OutputSpec>
