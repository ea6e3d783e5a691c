// The pull request a run belongs to, and the files it changes, through @actions/github.
import * as github from '@actions/github'
import { PULL_REQUEST_EVENTS } from './events.js'
import { networkFailure } from './network-failure.js'

export type Octokit = ReturnType<typeof github.getOctokit>

export interface PullRequest {
  owner: string
  repo: string
  number: number
  headSha: string
}

/** The pull request of this run's event, or undefined for any other event. */
export function pullRequestOfEvent(): PullRequest | undefined {
  const { context } = github
  const pr = context.payload.pull_request as
    { number?: number; head?: { sha?: string } } | undefined
  if (!PULL_REQUEST_EVENTS.includes(context.eventName) || !pr?.number || !pr.head?.sha)
    return undefined
  return { ...context.repo, number: pr.number, headSha: pr.head.sha }
}

/** A file of the pull request as GitHub lists it: its status, and its old name when renamed. */
export interface ChangedFile {
  path: string
  /** added, removed, modified, renamed, copied, changed or unchanged. */
  status: string
  /** The name before a rename (or the source of a copy). */
  previous?: string
}

/** Every path the listed files touch: each name, and the old name after a rename or copy. */
export function touchedPaths(files: readonly ChangedFile[]): string[] {
  return files.flatMap((f) => (f.previous ? [f.path, f.previous] : [f.path]))
}

/** GitHub lists at most this many files of a pull request, and says nothing of the rest. */
const LISTED_FILES_LIMIT = 3000

/**
 * Every file the pull request touches, with its status, all pages: an API failure comes back as
 * a sentence that says what to check, and a listing cut at GitHub's limit is refused, `unknown`
 * saying what the files past it leave unknown (requireWholeListing).
 */
export async function allChangedFiles(
  octokit: Octokit,
  pr: PullRequest,
  unknown: string
): Promise<ChangedFile[]> {
  const files = await changedFiles(octokit, pr).catch((error: unknown) => {
    throw new Error(describeApiError(`Listing the files of pull request #${pr.number}`, error))
  })
  requireWholeListing(pr, files.length, unknown)
  return files
}

async function changedFiles(octokit: Octokit, pr: PullRequest): Promise<ChangedFile[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100
  })
  return files.map((file) => ({
    path: file.filename,
    status: file.status,
    ...(file.previous_filename ? { previous: file.previous_filename } : {})
  }))
}

/**
 * Refuses a listing cut at GitHub's limit: the files past it cannot be seen, so what they change
 * cannot be known. The event's own count, when it has one and agrees, shows nothing was cut.
 */
function requireWholeListing(pr: PullRequest, listed: number, unknown: string): void {
  const count = (github.context.payload.pull_request as { changed_files?: unknown } | undefined)
    ?.changed_files
  if (listed < LISTED_FILES_LIMIT || count === listed) return
  throw new Error(
    `Pull request #${pr.number} changes ${typeof count === 'number' && count > listed ? count : `at least ${listed}`} files, but GitHub lists only the first ${LISTED_FILES_LIMIT}: ${unknown}. Split it into pull requests of fewer than ${LISTED_FILES_LIMIT} files.`
  )
}

/** An API error as a sentence that says what to check. */
export function describeApiError(what: string, error: unknown): string {
  // Octokit gives a request that was never answered the status 500: say what failed instead.
  const network = networkFailure(error)
  if (network !== undefined)
    return `${what} failed: ${network}. Check that the job can reach the GitHub API (GITHUB_API_URL) and re-run the job.`
  const status = (error as { status?: number }).status
  const message = error instanceof Error ? error.message : String(error)
  const hint =
    status === 401 || status === 403
      ? ' Check that github-token is set and the workflow grants the permission this needs (pull-requests: read, or write for comment: true).'
      : status === 404
        ? ' Check the repository and pull request, and that github-token can see them.'
        : ' Check the GitHub API status and re-run the job.'
  return `${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}.${hint}`
}
