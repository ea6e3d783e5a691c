// promote mode with inventory-shards: the inventory shard artifacts of this run, downloaded, each
// checked against its recorded digest, and given to the promotion as artifacts-shards.
import path from 'node:path'
import * as core from '@actions/core'
import { downloadMatchingArtifacts } from '../github/download.js'
import { canUploadArtifacts } from '../github/artifact-upload.js'
import { printable } from '../model/printable.js'
import { UsageError, type Options } from '../options/parse.js'
import { describeError, scratchDirectory } from './upload.js'

/**
 * promote mode with inventory-shards: the shard artifacts of this run, downloaded and checked,
 * given to the promotion as artifacts-shards (each shown as `<artifact name>/<file>`).
 */
export async function withDownloadedShards(
  options: Options,
  pattern: string | undefined
): Promise<Options> {
  if (pattern === undefined) return options
  if (options.artifactsShards.length > 0 || options.artifactsManifest)
    throw new UsageError(
      'inventory-shards downloads the shard files; give it without artifacts-shards and artifacts-manifest.'
    )
  if (!canUploadArtifacts())
    throw new Error(
      'inventory-shards downloads artifacts of this workflow run, but this is not a GitHub Actions job that can (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set).'
    )
  const directory = await scratchDirectory('promotion-shards-')
  let downloaded
  try {
    downloaded = await core.group('Download the inventory shards', () =>
      downloadMatchingArtifacts(pattern, directory)
    )
  } catch (error) {
    throw new Error(
      `Downloading the inventory shards (inventory-shards: "${printable(pattern)}") failed: ${describeError(error)}.`
    )
  }
  if (downloaded.length === 0)
    throw new Error(
      `No artifact of this workflow run matches inventory-shards "${printable(pattern)}"; check that the inventory jobs ran in this run (needs:) and uploaded under names that pattern matches.`
    )
  const artifactsShards = downloaded.flatMap((artifact) =>
    artifact.files.map((file) => ({
      absolute: file,
      path: `${artifact.name}/${path
        .relative(path.join(directory, String(artifact.id)), file)
        .split(path.sep)
        .join('/')}`
    }))
  )
  for (const artifact of downloaded)
    core.info(`${printable(artifact.name)} (id ${artifact.id}, ${artifact.digest})`)
  return { ...options, artifactsShards }
}
