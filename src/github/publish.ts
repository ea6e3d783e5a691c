// Publishing one dataset version: the release under `<slug>/<dataset_version_id>` and its record
// in the ledger. Everything that could refuse (the tag, the ledger) is read before anything is
// written; a refusal writes nothing. A run cut part-way (a draft with some assets) is finished by
// the next run: its draft is deleted and the release made again, then published.
import { publicationViolations, type PublicationEvidence } from '../gates/a-publication.js'
import type { LedgerRecord } from '../ledger/record.js'
import { sha256Digest } from '../model/digest.js'
import type { Violation } from '../model/violation.js'
import {
  appendToLedger,
  ledgerName,
  readLedger,
  type Appended,
  type LedgerLocation
} from './ledger.js'
import type { Octokit } from './pull-request.js'
import {
  assetBytes,
  createDraft,
  deleteDraft,
  draftsWithTag,
  publishDraft,
  publishedRelease,
  uploadAsset,
  type Release,
  type Repository
} from './releases.js'

/** The assets of a release, by name: always these names, whatever the files were called. */
export const ASSETS = {
  manifest: 'promotion_manifest.json',
  statement: 'promotion_manifest.intoto.json',
  checksums: 'promotion_manifest.sha256sums'
} as const

export interface PublishedVersion {
  /** Workspace-relative path of the manifest, for violations. */
  manifestPath: string
  slug: string
  versionId: string
  specHash: string
  releasedAt: string
  manifestDigest: string
  files: Record<keyof typeof ASSETS, Buffer>
  /** The gated commit the tag is made on. */
  commit: string
  runUrl: string
}

export type Publication =
  | { refused: Violation[] }
  | {
      release: Release
      /** False when the same manifest was already published under the tag (a no-op). */
      created: boolean
      ledger: Appended
      /** The ledger's last record of another version before this one. */
      previous?: LedgerRecord
    }

export function releaseTag(slug: string, versionId: string): string {
  return `${slug}/${versionId}`
}

/** The digest of a release's manifest asset, undefined when it has none. */
export async function releasedManifest(
  octokit: Octokit,
  repository: Repository,
  release: Release
): Promise<Buffer | undefined> {
  const asset = release.assets.find((a) => a.name === ASSETS.manifest)
  return asset ? assetBytes(octokit, repository, asset.id) : undefined
}

async function createRelease(
  octokit: Octokit,
  repository: Repository,
  version: PublishedVersion,
  body: string
): Promise<Release> {
  const tag = releaseTag(version.slug, version.versionId)
  for (const stale of await draftsWithTag(octokit, repository, tag))
    await deleteDraft(octokit, repository, stale.id)
  const draft = await createDraft(octokit, repository, {
    tag,
    commit: version.commit,
    name: `${version.slug} ${version.versionId}`,
    body
  })
  for (const [file, name] of Object.entries(ASSETS) as Array<[keyof typeof ASSETS, string]>)
    await uploadAsset(octokit, draft, name, version.files[file])
  return publishDraft(octokit, repository, draft.id)
}

/** What the ledger's records say of the version, as gate A reads it. */
function ledgerEvidence(
  version: PublishedVersion,
  ledger: string,
  records: readonly LedgerRecord[]
): PublicationEvidence {
  const mine = records.find((r) => r.dataset_version_id === version.versionId)
  const last = records.filter((r) => r.dataset_version_id !== version.versionId).at(-1)
  return {
    manifestPath: version.manifestPath,
    tag: releaseTag(version.slug, version.versionId),
    manifestDigest: version.manifestDigest,
    releasedAt: version.releasedAt,
    ledger,
    ...(mine ? { recorded: { seq: mine.seq, manifestDigest: mine.manifest_digest } } : {}),
    ...(last
      ? { lastPublished: { versionId: last.dataset_version_id, releasedAt: last.released_at } }
      : {})
  }
}

/** The record before this version's, or the last record when the ledger has none of it yet. */
function previousRecord(version: PublishedVersion, records: readonly LedgerRecord[]) {
  const mine = records.findIndex((r) => r.dataset_version_id === version.versionId)
  return (mine >= 0 ? records.slice(0, mine) : records).at(-1)
}

function recordFields(version: PublishedVersion, releaseUrl: string) {
  return {
    dataset_slug: version.slug,
    dataset_version_id: version.versionId,
    manifest_digest: version.manifestDigest,
    spec_hash: version.specHash,
    released_at: version.releasedAt,
    commit: version.commit,
    run_url: version.runUrl,
    release_url: releaseUrl
  }
}

/**
 * Publishes the version, or finds it published; then records it in the ledger. `notes` renders
 * the release body, given the last other version the ledger records.
 */
export async function publishVersion(
  octokit: Octokit,
  ledgerAt: LedgerLocation,
  version: PublishedVersion,
  notes: (previous: LedgerRecord | undefined) => Promise<string>
): Promise<Publication> {
  const repository = { owner: ledgerAt.owner, repo: ledgerAt.repo }
  const released = await publishedRelease(
    octokit,
    repository,
    releaseTag(version.slug, version.versionId)
  )
  const releasedBytes = released && (await releasedManifest(octokit, repository, released))
  const ledger = await readLedger(octokit, ledgerAt)
  const name = ledgerName(ledgerAt)
  const refused = publicationViolations({
    ...ledgerEvidence(version, name, ledger.records),
    ...(released
      ? {
          released: {
            url: released.url,
            manifestDigest: releasedBytes && sha256Digest(releasedBytes)
          }
        }
      : {})
  })
  if (refused.length > 0) return { refused }
  const previous = previousRecord(version, ledger.records)
  const release =
    released ?? (await createRelease(octokit, repository, version, await notes(previous)))
  const appended = await appendToLedger(
    octokit,
    ledgerAt,
    recordFields(version, release.url),
    (now) => {
      // Another publication may have landed since the first reading: its order is checked again.
      const late = publicationViolations(ledgerEvidence(version, name, now.records))
      if (late.length > 0)
        throw new Error(
          `The release ${release.url} is published, but it cannot be recorded in ${name}: ${late[0]!.message.replace(/ Nothing was written\.$/, '')}`
        )
    }
  )
  return {
    release,
    created: released === undefined,
    ledger: appended,
    ...(previous ? { previous } : {})
  }
}

/** A failed API call while publishing, as a sentence that says what to check. */
export function describePublishError(tag: string, error: unknown): string {
  const status = (error as { status?: number }).status
  const message = error instanceof Error ? error.message : String(error)
  if (status === undefined) return message
  const hint =
    status === 401 || status === 403 || status === 404
      ? 'The publishing job needs permissions: contents: write, and github-token must be able to write releases and the ledger branch.'
      : 'Re-run the job: publishing again keeps what is already published and finishes the rest.'
  return `Publishing ${tag} failed (HTTP ${status}): ${message}. ${hint}`
}
