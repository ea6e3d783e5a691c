// One sticky comment per dataset on the pull request, found by a hidden marker and updated in
// place on every push: never a new comment per run.
import type { Octokit, PullRequest } from './pull-request.js'

/** The marker; the slug is URI-encoded, so even an invalid one cannot end the HTML comment. */
export function commentMarker(dataset: string): string {
  return `<!-- promotion-manifest:dataset=${encodeURIComponent(dataset)} -->`
}

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
  const existing = comments.find((c) => c.body?.startsWith(marker))
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
