// The pull request a run belongs to, and the files it changes, through @actions/github.
import * as github from '@actions/github'

export type Octokit = ReturnType<typeof github.getOctokit>

export interface PullRequest {
  owner: string
  repo: string
  number: number
  headSha: string
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review']

/** The pull request of this run's event, or undefined for any other event. */
export function pullRequestOfEvent(): PullRequest | undefined {
  const { context } = github
  const pr = context.payload.pull_request as
    { number?: number; head?: { sha?: string } } | undefined
  if (!PULL_REQUEST_EVENTS.includes(context.eventName) || !pr?.number || !pr.head?.sha)
    return undefined
  return { ...context.repo, number: pr.number, headSha: pr.head.sha }
}

/** Every path the pull request touches, old names of renamed files included. */
export async function changedFiles(octokit: Octokit, pr: PullRequest): Promise<string[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100
  })
  return files.flatMap((file) =>
    file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]
  )
}

/** An API error as a sentence that says what to check. */
export function describeApiError(what: string, error: unknown): string {
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
