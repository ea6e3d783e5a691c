// The action's inputs, read once through the runner (./runner.ts): the shared Options of a promotion, and
// the inputs only the action has (GitHub API, pull requests).
import * as core from './runner.js'
import {
  INPUTS,
  UsageError,
  parseOptions,
  type InputName,
  type Options,
  type RawInputs
} from './options.js'
import { parseReviewerRoles, type ReviewerRole } from './github/reviews.js'

export function readActionInputs(workspace: string): Options {
  const raw: RawInputs = {}
  for (const name of Object.keys(INPUTS) as InputName[]) {
    const value = core.getInput(name)
    if (value !== '') raw[name] = value
  }
  return parseOptions(raw, workspace)
}

export interface GithubInputs {
  mode: 'promote' | 'changed-datasets'
  datasets: string
  token: string
  approvalsFromReviews: boolean
  reviewerRoles: ReviewerRole[]
  comment: boolean
}

function oneOf<T extends string>(name: InputName, allowed: readonly T[]): T {
  const value = core.getInput(name) || (INPUTS[name] as { default?: string }).default || ''
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}, not "${value}".`)
  }
  return value as T
}

export function readGithubInputs(): GithubInputs {
  const token = core.getInput('github-token')
  // Registered before anything can print it: the runner masks it in every log line.
  if (token) core.setSecret(token)
  const approvalsFromReviews =
    oneOf('approvals-from', ['file', 'pull-request-reviews']) === 'pull-request-reviews'
  const reviewerRoles = parseReviewerRoles(core.getInput('reviewer-roles'))
  if (approvalsFromReviews && reviewerRoles.length === 0) {
    throw new UsageError(
      'approvals-from: pull-request-reviews needs reviewer-roles ("role: user, org/team" lines) to know which reviews are approvals.'
    )
  }
  return {
    mode: oneOf('mode', ['promote', 'changed-datasets']),
    datasets: core.getInput('datasets'),
    token,
    approvalsFromReviews,
    reviewerRoles,
    comment: oneOf('comment', ['true', 'false']) === 'true'
  }
}
