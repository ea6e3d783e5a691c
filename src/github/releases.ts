// GitHub releases through @actions/github: a published release by its tag, the drafts a failed
// run left under a tag, a draft created on a commit, its assets uploaded, then published, and an
// asset's bytes. Errors come back from Octokit as they are; the caller says what was being done.
import type { Octokit } from './pull-request.js'

export interface Repository {
  owner: string
  repo: string
}

export interface Release {
  id: number
  tag: string
  draft: boolean
  /** The release's page (for a draft, GitHub's untagged address). */
  url: string
  /** The URI template assets are uploaded to (`…/assets{?name,label}`). */
  uploadUrl: string
  assets: Array<{ id: number; name: string }>
}

interface ReleaseData {
  id: number
  tag_name: string
  draft: boolean
  html_url: string
  upload_url: string
  assets?: Array<{ id: number; name: string }>
}

function releaseOf(data: ReleaseData): Release {
  return {
    id: data.id,
    tag: data.tag_name,
    draft: data.draft,
    url: data.html_url,
    uploadUrl: data.upload_url,
    assets: (data.assets ?? []).map(({ id, name }) => ({ id, name }))
  }
}

function isNotFound(error: unknown): boolean {
  return (error as { status?: number }).status === 404
}

/** The published release under `tag`, or undefined (GitHub finds drafts by tag only in a list). */
export async function publishedRelease(
  octokit: Octokit,
  repository: Repository,
  tag: string
): Promise<Release | undefined> {
  try {
    const { data } = await octokit.rest.repos.getReleaseByTag({ ...repository, tag })
    return releaseOf(data)
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw error
  }
}

/** The drafts whose tag is `tag`: what a run that failed part-way left behind. */
export async function draftsWithTag(
  octokit: Octokit,
  repository: Repository,
  tag: string
): Promise<Release[]> {
  const releases = await octokit.paginate(octokit.rest.repos.listReleases, {
    ...repository,
    per_page: 100
  })
  return releases.filter((r) => r.draft && r.tag_name === tag).map(releaseOf)
}

/** The bytes of a release asset. */
export async function assetBytes(
  octokit: Octokit,
  repository: Repository,
  assetId: number
): Promise<Buffer> {
  const { data } = await octokit.rest.repos.getReleaseAsset({
    ...repository,
    asset_id: assetId,
    headers: { accept: 'application/octet-stream' }
  })
  return Buffer.from(data as unknown as ArrayBuffer)
}

export async function createDraft(
  octokit: Octokit,
  repository: Repository,
  release: { tag: string; commit: string; name: string; body: string }
): Promise<Release> {
  const { data } = await octokit.rest.repos.createRelease({
    ...repository,
    tag_name: release.tag,
    target_commitish: release.commit,
    name: release.name,
    body: release.body,
    draft: true
  })
  return releaseOf(data)
}

/** Uploads an asset to the release's own upload address (GitHub's upload host, or GHES's). */
export async function uploadAsset(
  octokit: Octokit,
  release: Release,
  name: string,
  bytes: Buffer
): Promise<void> {
  await octokit.request({
    method: 'POST',
    url: release.uploadUrl,
    name,
    data: bytes,
    headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length }
  })
}

export async function publishDraft(
  octokit: Octokit,
  repository: Repository,
  id: number
): Promise<Release> {
  const { data } = await octokit.rest.repos.updateRelease({
    ...repository,
    release_id: id,
    draft: false
  })
  return releaseOf(data)
}

export async function deleteDraft(
  octokit: Octokit,
  repository: Repository,
  id: number
): Promise<void> {
  await octokit.rest.repos.deleteRelease({ ...repository, release_id: id })
}
