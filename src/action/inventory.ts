// The action's two sides of a sharded inventory. mode: inventory hashes one shard (shard: I/N),
// writes its shard file and uploads it as the artifact <prefix>-<slug>-shard-<I>-of-<N>. In
// promote mode, inventory-shards downloads the shard artifacts of this run (each checked against
// its recorded digest) and gives their files to the promotion as artifacts-shards.
import path from 'node:path'
import * as core from '@actions/core'
import { downloadMatchingArtifacts } from '../github/download.js'
import { canUploadArtifacts, safeArtifactName } from '../github/upload.js'
import { inventoryViolations } from '../gates/e-inventory.js'
import { writeShard } from '../manifest/write-shard.js'
import { storeMatcher } from '../inventory/stores.js'
import { patternLines } from '../model/lines.js'
import { printable } from '../model/printable.js'
import type { RawInputs } from '../options/inputs.js'
import {
  UsageError,
  nonEmpty,
  parseMediaTypes,
  parsePlaces,
  parseShard,
  parseLfsMode,
  parseStores,
  rootDisplay,
  type Options
} from '../options/parse.js'
import { outputPaths } from '../manifest/outputs.js'
import type { ActionSettings } from './inputs.js'
import { annotate } from './annotate.js'
import { setVerdictOutputs } from './outputs.js'
import { describeError, requireUploads, scratchDirectory, uploadWritten } from './upload.js'

const DEFAULT_PREFIX = 'promotion-inventory'

/** mode: inventory. */
export async function runShardInventory(
  raw: RawInputs,
  workspace: string,
  settings: ActionSettings
): Promise<void> {
  const shard = parseShard(raw.shard)
  if (!shard) throw new UsageError('mode: inventory needs shard: I/N (for example "2/4").')
  const slug = nonEmpty(raw['dataset-slug'])
  if (!slug) throw new UsageError('mode: inventory needs dataset-slug, for the artifact name.')
  const patterns = patternLines(raw.artifacts ?? '')
  if (patterns.length === 0)
    throw new UsageError('mode: inventory needs artifacts, the patterns to inventory.')
  const overrides = parseMediaTypes(raw['media-types'])
  const { root, rootPath, out } = parsePlaces(raw, workspace)
  const stores = storeMatcher(parseStores(raw))
  requireUploads(settings)
  const directory = await scratchDirectory('promotion-inventory-')
  const file = path.join(directory, `inventory-shard-${shard.index}-of-${shard.count}.json`)
  const written = await writeShard({
    root,
    rootPath,
    display: rootDisplay(rootPath),
    input: 'artifacts',
    patterns,
    stores: stores.matcher,
    overrides,
    // What the promote run skips (its manifest and sidecars), so every run lists the same files.
    skip: new Set(Object.values(outputPaths(out.absolute))),
    shard,
    out: { absolute: file, path: file },
    lfs: parseLfsMode(raw.lfs)
  })
  const violations = inventoryViolations([...stores.findings, ...written.findings])
  setVerdictOutputs({ status: violations.length === 0 ? 'pass' : 'fail', violations }, undefined)
  if (violations.length > 0) {
    annotate(violations, settings.failOnViolation, workspace)
    const reason = `Inventory shard ${shard.index} of ${shard.count} blocked: ${violations.length} violation(s); first: [${violations[0]!.gate} ${violations[0]!.code}] ${violations[0]!.message}`
    if (settings.failOnViolation) core.setFailed(reason)
    else core.warning(`${reason} (fail-on-violation is false, so the job goes on)`)
    return
  }
  core.setOutput('shard-path', file)
  core.info(
    `Shard ${shard.index} of ${shard.count}: ${written.count} of ${written.pathCount} artifact(s) hashed, written to ${file}`
  )
  if (!settings.upload) return
  const name = safeArtifactName(
    `${settings.artifactName ?? DEFAULT_PREFIX}-${slug}-shard-${shard.index}-of-${shard.count}`
  )
  await uploadWritten(
    settings,
    { name, files: [file], rootDirectory: directory },
    'the shard file',
    `The shard file was written to ${file}`
  )
}

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
