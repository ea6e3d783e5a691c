// released_at of a pull request (`released-at: pull-request`): when its head commit was ready and
// approved, read from the API. Edits to the pull request itself (title, body, labels) move its
// updated_at but none of these, so they never move the release time or the version id.
import { formatUtc, parseTimestamp } from '../model/time.js'
import type { Octokit, PullRequest } from './pull-request.js'

interface ReleaseTimes {
  /** The head commit's committer date, as the API gives it. */
  committedAt: string
  /** The last standing approval of the head commit, if any (reviews.ts, lastApprovalOfHead). */
  lastApprovedAt?: string
  /** The run's clock. */
  now: Date
}

/** The head commit's committer date. */
export async function headCommitTime(octokit: Octokit, pr: PullRequest): Promise<string> {
  const { data } = await octokit.rest.git.getCommit({
    owner: pr.owner,
    repo: pr.repo,
    commit_sha: pr.headSha
  })
  return data.committer.date
}

/**
 * The later of the head commit's committer date and its last approval, in whole seconds. The
 * committer date is whatever the author's clock or hand wrote, so one in the future is taken as
 * the run's clock (a release cannot postdate the run deciding it); an approval is rounded up to
 * its second, so it never falls after the release it authorised.
 */
export function pullRequestReleasedAt(times: ReleaseTimes): {
  releasedAt: string
  because: string
} {
  const committed = parseTimestamp(times.committedAt)
  if (!committed.ok)
    throw new Error(
      `released-at: pull-request: the head commit's committer date cannot be read (${committed.reason}).`
    )
  const now = Math.floor(times.now.getTime() / 1000)
  const commitSeconds = Math.floor(committed.epochMs / 1000)
  const future = commitSeconds > now
  let seconds = Math.min(commitSeconds, now)
  let because = future
    ? `the run's clock: the head commit's committer date ${committed.utc} is later than it`
    : `the head commit's committer date`
  const approved = times.lastApprovedAt ? parseTimestamp(times.lastApprovedAt) : undefined
  if (approved?.ok) {
    const fraction = !approved.instant.endsWith('.')
    const approvedSeconds = Math.floor(approved.epochMs / 1000) + (fraction ? 1 : 0)
    if (approvedSeconds > seconds) {
      seconds = approvedSeconds
      because = `the last approval of the head commit, after its committer date ${committed.utc}`
    }
  }
  return { releasedAt: formatUtc(seconds * 1000), because }
}
