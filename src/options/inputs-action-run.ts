// The input table, first part (inputs.ts joins the parts in this order): the action's mode, and
// what the action reads of a pull request (changed-datasets, reviews, trusted paths, the comment).
import type { InputSpec } from './input-spec.js'

export const RUN_INPUTS = {
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
  }
} as const satisfies Record<string, InputSpec>
