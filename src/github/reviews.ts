// Approvals from pull-request reviews: a reviewer's latest state-changing review, if it approves
// the head commit, is an approval in every role the reviewer holds (reviewer-roles).
import type { Approval } from '../documents/read-document.js'
import { parseTimestamp } from '../model/time.js'
import type { Octokit, PullRequest } from './pull-request.js'

export interface ReviewerRole {
  role: string
  /** `login`, or `org/team-slug`. */
  members: string[]
}

/** `role: user, org/team` lines. */
export function parseReviewerRoles(text: string): ReviewerRole[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const colon = line.indexOf(':')
      if (colon <= 0)
        throw new Error(`reviewer-roles line "${line}" must read "role: user, org/team".`)
      return {
        role: line.slice(0, colon).trim(),
        members: line
          .slice(colon + 1)
          .split(',')
          .map((m) => m.trim().replace(/^@/, ''))
          .filter(Boolean)
      }
    })
}

/** A pull-request review, as the API lists it (the fields read here). */
export interface Review {
  user: { login: string } | null
  state: string
  submitted_at?: string
  commit_id: string | null
}

/** Every review of the pull request, all pages. */
export async function listReviews(octokit: Octokit, pr: PullRequest): Promise<Review[]> {
  return (await octokit.paginate(octokit.rest.pulls.listReviews, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100
  })) as Review[]
}

/**
 * When the head commit was last approved: the latest review among those still standing (each
 * reviewer's latest stance) that approves the head commit, whoever gave it; undefined if none.
 */
export function lastApprovalOfHead(
  reviews: readonly Review[],
  headSha: string
): string | undefined {
  let last: { text: string; instant: string } | undefined
  for (const review of latestStances(reviews).values()) {
    if (review.state !== 'APPROVED' || review.commit_id !== headSha) continue
    const time = parseTimestamp(review.submitted_at!)
    // As GitHub wrote it: a fraction of a second kept, for released-at to round up, not cut.
    if (time.ok && (!last || time.instant > last.instant))
      last = { text: review.submitted_at!, instant: time.instant }
  }
  return last?.text
}

/** Each reviewer's latest review that sets their stance (a comment does not). */
function latestStances(reviews: readonly Review[]): Map<string, Review> {
  const latest = new Map<string, Review>()
  for (const review of reviews) {
    if (
      !review.user ||
      !review.submitted_at ||
      !['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(review.state)
    )
      continue
    const previous = latest.get(review.user.login)
    if (!previous || (previous.submitted_at ?? '') <= review.submitted_at)
      latest.set(review.user.login, review)
  }
  return latest
}

/**
 * The API refused to say who is in a team. GitHub answers team membership only to a token with the
 * organisation's Members: read permission, which GITHUB_TOKEN never has: this says so, in place of
 * a generic API error.
 */
export class TeamMembershipRefused extends Error {
  constructor(team: string, status: number) {
    super(
      `Reading who is in the team ${team} failed (HTTP ${status}): GitHub shows a team's members only to a token with the organisation's Members: read permission, which GITHUB_TOKEN never has. Give github-token a GitHub App installation token with Members: read (for example from actions/create-github-app-token), or name the reviewers by login in reviewer-roles.`
    )
  }
}

async function inTeam(octokit: Octokit, team: string, login: string): Promise<boolean> {
  const [org, slug] = team.split('/') as [string, string]
  try {
    const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
      org,
      team_slug: slug,
      username: login
    })
    return data.state === 'active'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404) return false
    if (status === 401 || status === 403) throw new TeamMembershipRefused(team, status)
    throw error
  }
}

export async function approvalsFromReviews(
  octokit: Octokit,
  pr: PullRequest,
  roles: readonly ReviewerRole[],
  reviews: readonly Review[]
): Promise<{ approvals: Approval[]; ignored: string[] }> {
  const approvals: Approval[] = []
  const ignored: string[] = []
  for (const [login, review] of latestStances(reviews)) {
    if (review.state !== 'APPROVED') continue
    if (review.commit_id !== pr.headSha) {
      ignored.push(
        `${login}: approved ${review.commit_id?.slice(0, 7)}, not the head commit ${pr.headSha.slice(0, 7)}`
      )
      continue
    }
    const time = parseTimestamp(review.submitted_at!)
    if (!time.ok) continue
    for (const { role, members } of roles) {
      let holds = members.includes(login)
      for (const team of members.filter((m) => m.includes('/')))
        holds ||= await inTeam(octokit, team, login)
      if (holds)
        approvals.push({
          role,
          principal: `github:${login}`,
          approvedAt: time.utc,
          approvedInstant: time.instant
        })
    }
  }
  return { approvals, ignored }
}
