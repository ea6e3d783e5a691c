// The action's pull-request steps: reviews as approvals, released_at from the head commit and its
// approvals, the pull request's changes to trusted configuration, and the sticky comment. The
// GitHub API client (Octokit) is loaded only by the runs that talk to the API.
import * as core from '@actions/core'
import type { Approval } from '../documents/read-document.js'
import type { PullRequest } from '../github/pull-request.js'
import type { Review } from '../github/reviews.js'
import { printable } from '../model/printable.js'
import type { TrustedChanges } from '../report/summary.js'
import type { ActionSettings } from './settings.js'

export async function loadGithub() {
  const [github, pulls] = await Promise.all([
    import('@actions/github'),
    import('../github/pull-request.js')
  ])
  return { getOctokit: github.getOctokit, ...pulls }
}

/** What a pull request gives a promotion run besides its files. */
interface PullRequestEvidence {
  /** Approvals from its reviews (approvals-from: pull-request-reviews), and where they came from. */
  approvals?: { approvals: Approval[]; source: string }
  /** released-at: pull-request, computed. */
  releasedAt?: string
  /** Its changes to trusted configuration, or why they are not known. */
  trusted?: TrustedChanges
}

const NOT_A_PULL_REQUEST =
  'needs a pull_request event (or pull_request_target, or pull_request_review); on other events'

/** The reviews, once, when approvals or released_at come from them. */
async function reviewsOf(settings: ActionSettings, pr: PullRequest) {
  if (!settings.approvalsFromReviews && !settings.releasedAtFromPullRequest) return undefined
  const { getOctokit, describeApiError } = await loadGithub()
  const { listReviews } = await import('../github/reviews.js')
  return listReviews(getOctokit(settings.token), pr).catch((error: unknown) => {
    throw new Error(describeApiError(`Reading the reviews of pull request #${pr.number}`, error))
  })
}

async function reviewApprovals(
  settings: ActionSettings,
  pr: PullRequest,
  reviews: readonly Review[]
): Promise<PullRequestEvidence['approvals']> {
  const { getOctokit, describeApiError } = await loadGithub()
  const { approvalsFromReviews, TeamMembershipRefused } = await import('../github/reviews.js')
  const found = await approvalsFromReviews(
    getOctokit(settings.token),
    pr,
    settings.reviewerRoles,
    reviews
  ).catch((error: unknown) => {
    // The refused team already says what to do; anything else gets the API's status and hint.
    if (error instanceof TeamMembershipRefused) throw error
    throw new Error(describeApiError(`Reading the reviews of pull request #${pr.number}`, error))
  })
  for (const line of found.ignored) core.info(`Review not counted: ${printable(line)}`)
  return { approvals: found.approvals, source: `reviews of pull request #${pr.number}` }
}

/** released-at: pull-request: the head commit's time or its last approval, whichever is later. */
async function releasedAtOf(
  settings: ActionSettings,
  pr: PullRequest,
  reviews: readonly Review[]
): Promise<string> {
  const { getOctokit, describeApiError } = await loadGithub()
  const { headCommitTime, pullRequestReleasedAt } = await import('../github/released-at.js')
  const { lastApprovalOfHead } = await import('../github/reviews.js')
  const committedAt = await headCommitTime(getOctokit(settings.token), pr).catch(
    (error: unknown) => {
      throw new Error(
        describeApiError(`Reading the head commit of pull request #${pr.number}`, error)
      )
    }
  )
  const lastApprovedAt = lastApprovalOfHead(reviews, pr.headSha)
  const { releasedAt, because } = pullRequestReleasedAt({
    committedAt,
    now: new Date(),
    ...(lastApprovedAt ? { lastApprovedAt } : {})
  })
  core.info(`released-at: pull-request is ${releasedAt}, ${because}.`)
  return releasedAt
}

/**
 * The pull request's changes to trusted configuration (renamed files by both names). Not part
 * of the verdict: a list the API refuses, or cuts at GitHub's limit, is a warning, and the
 * summary says the changes are not known.
 */
async function trustedChangesOf(
  settings: ActionSettings,
  pr: PullRequest,
  ruleFiles: ReadonlyArray<string | undefined>
): Promise<TrustedChanges> {
  const { getOctokit, allChangedFiles, touchedPaths } = await loadGithub()
  const { trustedChanges, trustedPatterns } = await import('../github/trusted-paths.js')
  try {
    const files = await allChangedFiles(
      getOctokit(settings.token),
      pr,
      'the files the gate trusts that the others change cannot be named'
    )
    const patterns = trustedPatterns(settings.trustedPaths, ruleFiles)
    const paths = trustedChanges(touchedPaths(files), patterns)
    if (paths.length > 0) {
      const named = paths.slice(0, 5).map((file) => printable(file))
      core.warning(
        `This pull request changes ${paths.length} file(s) the gate trusts (trusted-paths): ${named.join(', ')}${paths.length > named.length ? ', …' : ''}. Whoever owns them should review the change; the job summary lists them all.`
      )
    }
    return { paths }
  } catch (error) {
    // The API's status and hint, or the listing cut at GitHub's limit, each in its own sentence.
    const unknown = error instanceof Error ? error.message : String(error)
    core.warning(`${unknown} Changes to trusted configuration are not named in the summary.`)
    return { unknown }
  }
}

/** Everything a pull request gives the run; nothing when the run is not for a pull request. */
export async function pullRequestEvidence(
  settings: ActionSettings,
  pr: PullRequest | undefined,
  ruleFiles: ReadonlyArray<string | undefined>
): Promise<PullRequestEvidence> {
  if (!pr) {
    if (settings.approvalsFromReviews)
      throw new Error(
        `approvals-from: pull-request-reviews ${NOT_A_PULL_REQUEST} use the approvals input.`
      )
    if (settings.releasedAtFromPullRequest)
      throw new Error(
        `released-at: pull-request ${NOT_A_PULL_REQUEST} give an RFC 3339 time, or leave released-at empty for the commit time.`
      )
    return {}
  }
  const reviews = await reviewsOf(settings, pr)
  return {
    ...(settings.approvalsFromReviews && reviews
      ? { approvals: await reviewApprovals(settings, pr, reviews) }
      : {}),
    ...(settings.releasedAtFromPullRequest && reviews
      ? { releasedAt: await releasedAtOf(settings, pr, reviews) }
      : {}),
    trusted: await trustedChangesOf(settings, pr, ruleFiles)
  }
}

export async function commentOnPullRequest(
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
