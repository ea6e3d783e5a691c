// One sticky comment per dataset on the pull request, found by a hidden marker and updated in
// place on every push: never a new comment per run.
import type { Octokit, PullRequest } from './pull-request.js'

/** The marker; the slug is URI-encoded, so even an invalid one cannot end the HTML comment. */
function commentMarker(dataset: string): string {
  return `<!-- promotion-manifest:dataset=${encodeURIComponent(dataset)} -->`
}

/**
 * Whose comments are ours: the token's own login when the API says it (a personal token), else
 * any bot (GITHUB_TOKEN and GitHub App installation tokens cannot ask who they are; their comments
 * are written by a bot account, which no person can write as).
 */
async function ownAuthor(octokit: Octokit): Promise<(user: Author | null | undefined) => boolean> {
  const login = await octokit.rest.users.getAuthenticated().then(
    (response) => response.data.login,
    () => undefined
  )
  return login === undefined ? (user) => user?.type === 'Bot' : (user) => user?.login === login
}

interface Author {
  login: string
  type?: string
}

/**
 * Creates the dataset's comment, or updates it: only a comment of our own that starts with the
 * marker is ever edited, so a marker pasted into someone else's comment changes nothing.
 */
export async function upsertComment(
  octokit: Octokit,
  pr: PullRequest,
  dataset: string,
  body: string
): Promise<'created' | 'updated'> {
  const marker = commentMarker(dataset)
  const text = `${marker}\n${body}`
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100
  })
  const ours = await ownAuthor(octokit)
  const existing = comments.find((c) => c.body?.startsWith(marker) && ours(c.user))
  if (existing) {
    await octokit.rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: existing.id,
      body: text
    })
    return 'updated'
  }
  await octokit.rest.issues.createComment({
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body: text
  })
  return 'created'
}
