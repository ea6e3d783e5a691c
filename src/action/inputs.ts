// The action's inputs, read once through @actions/core from the one input table: the shared
// Options of a promotion (read only in promote mode), and the settings only the action has.
import * as core from '@actions/core'
import { parseReviewerRoles, type ReviewerRole } from '../github/reviews.js'
import { INPUTS, inputSpec, type InputName, type RawInputs } from '../options/inputs.js'
import {
  UsageError,
  nonEmpty,
  parseBoolean,
  parseOptions,
  parsePositiveInteger,
  type Options
} from '../options/parse.js'

export interface ActionSettings {
  mode: 'promote' | 'changed-datasets'
  datasets: string
  token: string
  approvalsFromReviews: boolean
  reviewerRoles: ReviewerRole[]
  comment: boolean
  upload: boolean
  retentionDays?: number
  uploadTimeoutSeconds: number
  artifactName?: string
  overwrite: boolean
  failOnViolation: boolean
}

/** Every input of the table that the runner passed, by name. */
function rawInputs(): RawInputs {
  const raw: RawInputs = {}
  for (const name of Object.keys(INPUTS) as InputName[]) {
    const value = core.getInput(name)
    if (value !== '') raw[name] = value
  }
  return raw
}

export function readPromotionOptions(workspace: string): Options {
  return parseOptions(rawInputs(), workspace)
}

function oneOf<T extends string>(name: InputName): T {
  const spec = inputSpec(name)
  const value = core.getInput(name) || spec.default || ''
  if (!spec.choices?.includes(value)) {
    throw new UsageError(`${name} must be one of ${spec.choices?.join(', ')}, not "${value}".`)
  }
  return value as T
}

export function readActionSettings(): ActionSettings {
  const token = core.getInput('github-token')
  // Registered before anything can print it: the runner masks it in every log line.
  if (token) core.setSecret(token)
  const approvalsFromReviews = oneOf('approvals-from') === 'pull-request-reviews'
  const reviewerRoles = parseReviewerRoles(core.getInput('reviewer-roles'))
  if (approvalsFromReviews && reviewerRoles.length === 0) {
    throw new UsageError(
      'approvals-from: pull-request-reviews needs reviewer-roles ("role: user, org/team" lines) to know which reviews are approvals.'
    )
  }
  const raw = rawInputs()
  return {
    mode: oneOf('mode'),
    datasets: core.getInput('datasets'),
    token,
    approvalsFromReviews,
    reviewerRoles,
    comment: parseBoolean('comment', raw.comment),
    upload: parseBoolean('upload', raw.upload),
    retentionDays: parsePositiveInteger('retention-days', raw['retention-days'], 1, 400),
    uploadTimeoutSeconds:
      parsePositiveInteger('upload-timeout-seconds', raw['upload-timeout-seconds'], 1, 21600) ??
      300,
    artifactName: nonEmpty(raw['artifact-name']),
    overwrite: parseBoolean('overwrite', raw.overwrite),
    failOnViolation: parseBoolean('fail-on-violation', raw['fail-on-violation'])
  }
}
