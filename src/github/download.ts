// Downloads the workflow run's artifacts whose names match a glob, with @actions/artifact: each
// through the client's own digest check against the digest the artifact service recorded at
// upload. The client (and its storage SDK) is loaded only when a run downloads.
import { mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import { minimatch } from 'minimatch'

interface DownloadedArtifact {
  name: string
  id: number
  /** `sha256:` of the zip, as the service recorded it and as checked on download. */
  digest: string
  /** Absolute paths of the files it held, sorted. */
  files: string[]
}

/**
 * Runs `work` without Node's DEP0005 warning (`Buffer()` is deprecated). Node gives it only for
 * code outside node_modules; the artifact client's unzip dependency calls Buffer(), and bundled
 * into dist/ it is outside, so its warning would reach the job's log as if it were this action's.
 * Every other warning is printed as usual.
 */
async function withoutBufferWarning<T>(work: () => Promise<T>): Promise<T> {
  const emit = process.emitWarning
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (rest[1] === 'DEP0005') return
    ;(emit as (...args: unknown[]) => void).call(process, warning, ...rest)
  }) as typeof process.emitWarning
  try {
    return await work()
  } finally {
    process.emitWarning = emit
  }
}

/**
 * Every artifact of this workflow run (the latest of each name: a re-run's replaces an earlier
 * attempt's) whose name matches `pattern`, downloaded into its own folder under `directory`.
 * Throws when one has no recorded digest or downloads with another: its bytes cannot be trusted.
 */
export async function downloadMatchingArtifacts(
  pattern: string,
  directory: string
): Promise<DownloadedArtifact[]> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const { artifacts } = await client.listArtifacts({ latest: true })
  const matching = artifacts
    .filter((artifact) => minimatch(artifact.name, pattern, { dot: true }))
    .sort((a, b) => a.id - b.id)
  const downloaded: DownloadedArtifact[] = []
  for (const artifact of matching) {
    if (!artifact.digest)
      throw new Error(
        `the artifact "${artifact.name}" (id ${artifact.id}) has no digest recorded by the artifact service, so its download cannot be checked; upload it again with @actions/artifact 2.2 or later (actions/upload-artifact v4)`
      )
    const expected = artifact.digest.startsWith('sha256:')
      ? artifact.digest
      : `sha256:${artifact.digest}`
    const target = path.join(directory, String(artifact.id))
    await mkdir(target, { recursive: true })
    const { digestMismatch } = await withoutBufferWarning(() =>
      client.downloadArtifact(artifact.id, { path: target, expectedHash: expected })
    )
    if (digestMismatch)
      throw new Error(
        `the artifact "${artifact.name}" (id ${artifact.id}) downloaded with another digest than the ${expected} the artifact service recorded at upload; it was changed or corrupted in storage, so re-run the job that uploaded it`
      )
    const files = (await readdir(target, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
    downloaded.push({ name: artifact.name, id: artifact.id, digest: expected, files })
  }
  return downloaded
}
