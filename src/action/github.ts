// The action's pull-request steps: reviews as approvals, and the sticky comment. The GitHub API
// client (Octokit) is loaded only by the runs that talk to the API.
import * as core from '@actions/core'
import type { PullRequest } from '../github/pull-request.js'
import type { ActionSettings } from './inputs.js'

export async function loadGithub() {
  const [github, pulls] = await Promise.all([
    import('@actions/github'),
    import('../github/pull-request.js')
  ])
  return { getOctokit: github.getOctokit, ...pulls }
}

export async function reviewApprovals(settings: ActionSettings, pr: PullRequest | undefined) {
  if (!settings.approvalsFromReviews) return undefined
  if (!pr)
    throw new Error(
      'approvals-from: pull-request-reviews needs a pull_request event; on other events use the approvals input.'
    )
  const { getOctokit, describeApiError } = await loadGithub()
  const { approvalsFromReviews, TeamMembershipRefused } = await import('../github/reviews.js')
  const found = await approvalsFromReviews(
    getOctokit(settings.token),
    pr,
    settings.reviewerRoles
  ).catch((error: unknown) => {
    // The refused team already says what to do; anything else gets the API's status and hint.
    if (error instanceof TeamMembershipRefused) throw error
    throw new Error(describeApiError(`Reading the reviews of pull request #${pr.number}`, error))
  })
  for (const line of found.ignored) core.info(`Review not counted: ${line}`)
  return { approvals: found.approvals, source: `reviews of pull request #${pr.number}` }
}

export async function comment(
  settings: ActionSettings,
  pr: PullRequest | undefined,
  dataset: string,
  /** The comment's Markdown: the summary rendered with COMMENT_LIMITS. */
  body: string
): Promise<void> {
  if (!settings.comment) return
  if (!pr) {
    core.info('comment is true, but this is not a pull request event: no comment.')
    return
  }
  const { getOctokit, describeApiError } = await loadGithub()
  const { upsertComment } = await import('../github/comment.js')
  // The comment is a view of the verdict, never part of it: a token that cannot write (a fork's
  // pull request gets a read-only one) leaves a warning, and the job passes or fails on the gates.
  try {
    const done = await upsertComment(getOctokit(settings.token), pr, dataset, body)
    core.info(`Promotion comment ${done} on pull request #${pr.number}.`)
  } catch (error) {
    core.warning(
      `${describeApiError(`Commenting on pull request #${pr.number}`, error)} The verdict does not depend on the comment: the job passes or fails on the gates alone (on a pull request from a fork, the token is read-only).`
    )
  }
}
