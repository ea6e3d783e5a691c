// The action's inputs, read once through @actions/core from the one input table, then parsed:
// the settings only the action has here, the Options of a promotion by options/parse.ts.
import * as core from '@actions/core'
import { parseReviewerRoles, type ReviewerRole } from '../github/reviews.js'
import { INPUTS, type InputName, type RawInputs } from '../options/inputs.js'
import {
  UsageError,
  nonEmpty,
  parseBoolean,
  parseChoice,
  parsePositiveInteger
} from '../options/values.js'

export interface ActionSettings {
  mode: 'promote' | 'verify' | 'changed-datasets' | 'inventory' | 'publish'
  datasets: string
  allowRemovals: boolean
  allowOutsideDatasets: boolean
  token: string
  approvalsFromReviews: boolean
  reviewerRoles: ReviewerRole[]
  /** released-at: pull-request: computed from the pull request's head commit and reviews. */
  releasedAtFromPullRequest: boolean
  /** The workflow's trusted-paths lines, added to the built-in ones. */
  trustedPaths: string
  comment: boolean
  upload: boolean
  retentionDays?: number
  uploadTimeoutSeconds: number
  artifactName?: string
  /** promote mode: the artifact-name glob of the inventory shards to download. */
  inventoryShards?: string
  overwrite: boolean
  failOnViolation: boolean
  /** lfs: pointers: the LFS server to ask about the objects (default: lfs/endpoint rules). */
  lfsUrl?: string
  /** The ledger's branch (publish mode, previous: ledger). */
  ledgerBranch: string
  /** A workspace-relative manifest to show the changes since. */
  previousManifest?: string
  /** Compare with the ledger's last version: the default in publish mode. */
  previousFromLedger: boolean
}

/** What every mode runs with: the workspace, the inputs as given, and the action's settings. */
export interface ModeContext {
  workspace: string
  raw: RawInputs
  settings: ActionSettings
}

/** Every input of the table that the runner passed, by name: read once, then parsed. */
export function readInputs(): RawInputs {
  const raw: RawInputs = {}
  for (const name of Object.keys(INPUTS) as InputName[]) {
    const value = core.getInput(name)
    if (value !== '') raw[name] = value
  }
  // Registered before anything can print it: the runner masks it in every log line.
  if (raw['github-token']) core.setSecret(raw['github-token'])
  return raw
}

export function readActionSettings(raw: RawInputs): ActionSettings {
  const approvalsFromReviews =
    parseChoice('approvals-from', raw['approvals-from']) === 'pull-request-reviews'
  const reviewerRoles = parseReviewerRoles(raw['reviewer-roles'] ?? '')
  if (approvalsFromReviews && reviewerRoles.length === 0) {
    throw new UsageError(
      'approvals-from: pull-request-reviews needs reviewer-roles ("role: user, org/team" lines) to know which reviews are approvals.'
    )
  }
  const mode = parseChoice<ActionSettings['mode']>('mode', raw.mode)
  const previous = raw.previous === undefined ? undefined : parseChoice('previous', raw.previous)
  return {
    mode,
    datasets: raw.datasets ?? '',
    allowRemovals: parseBoolean('allow-removals', raw['allow-removals']),
    allowOutsideDatasets: parseBoolean('allow-outside-datasets', raw['allow-outside-datasets']),
    token: raw['github-token'] ?? '',
    approvalsFromReviews,
    reviewerRoles,
    releasedAtFromPullRequest: raw['released-at']?.trim() === 'pull-request',
    trustedPaths: raw['trusted-paths'] ?? '',
    comment: parseBoolean('comment', raw.comment),
    upload: parseBoolean('upload', raw.upload),
    retentionDays: parsePositiveInteger('retention-days', raw['retention-days'], 1, 400),
    uploadTimeoutSeconds: parsePositiveInteger(
      'upload-timeout-seconds',
      raw['upload-timeout-seconds'],
      1,
      21600
    )!,
    artifactName: nonEmpty(raw['artifact-name']),
    inventoryShards: nonEmpty(raw['inventory-shards']),
    overwrite: parseBoolean('overwrite', raw.overwrite),
    failOnViolation: parseBoolean('fail-on-violation', raw['fail-on-violation']),
    lfsUrl: nonEmpty(raw['lfs-url']),
    ledgerBranch: nonEmpty(raw['ledger-branch']) ?? INPUTS['ledger-branch'].default,
    previousManifest: nonEmpty(raw['previous-manifest']),
    previousFromLedger: (previous ?? (mode === 'publish' ? 'ledger' : 'none')) === 'ledger'
  }
}
