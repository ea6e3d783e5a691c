// mode: inventory, one side of a sharded inventory: hashes one shard (shard: I/N), writes its
// shard file and uploads it as the artifact <prefix>-<slug>-shard-<I>-of-<N>. The other side, a
// promote job's inventory-shards, is shard-download.ts.
import path from 'node:path'
import * as core from '@actions/core'
import { inventoryViolations } from '../gates/e-inventory.js'
import { safeArtifactName } from '../github/artifact-upload.js'
import { outputPaths } from '../manifest/output-paths.js'
import { writeShardFile } from '../manifest/shard-file.js'
import { storeMatcher } from '../inventory/stores.js'
import { parseInventoryOptions, rootDisplay } from '../options/parse.js'
import { blockedLine } from '../report/violations-report.js'
import type { ModeContext } from './settings.js'
import { requireUploads, scratchDirectory, uploadWritten } from './upload.js'
import { endWithVerdict } from './verdict.js'

const DEFAULT_PREFIX = 'promotion-inventory'

/** mode: inventory. */
export async function runShardInventory(context: ModeContext): Promise<void> {
  const { workspace, raw, settings } = context
  const options = parseInventoryOptions(raw, workspace, 'action')
  const { rootPath } = options
  // The action's inventory is always one shard: parseInventoryOptions requires it.
  const shard = options.shard!
  const stores = storeMatcher(options.stores)
  requireUploads(settings)
  const directory = await scratchDirectory('promotion-inventory-')
  const file = path.join(directory, `inventory-shard-${shard.index}-of-${shard.count}.json`)
  const written = await writeShardFile({
    root: options.root,
    rootPath,
    display: rootDisplay(rootPath),
    input: 'artifacts',
    patterns: options.artifacts,
    stores: stores.matcher,
    overrides: options.mediaTypes,
    // What the promote run skips (its manifest and sidecars), so every run lists the same files.
    skip: new Set(Object.values(outputPaths(options.out.absolute))),
    shard,
    out: { absolute: file, path: file },
    lfs: options.lfs
  })
  const violations = inventoryViolations([...stores.findings, ...written.findings])
  const name = `${settings.artifactName ?? DEFAULT_PREFIX}-${options.datasetSlug}-shard-${shard.index}-of-${shard.count}`
  await endWithVerdict(context, {
    status: violations.length === 0 ? 'pass' : 'fail',
    violations,
    outputs: () => {
      if (violations.length === 0) core.setOutput('shard-path', file)
    },
    passed: `Shard ${shard.index} of ${shard.count}: ${written.count} of ${written.pathCount} artifact(s) hashed, written to ${file}`,
    upload:
      !settings.upload || violations.length > 0
        ? undefined
        : () =>
            uploadWritten(
              settings,
              { name: safeArtifactName(name), files: [file], rootDirectory: directory },
              'the shard file',
              `The shard file was written to ${file}`
            ),
    failed: blockedLine({ violations }, `Inventory shard ${shard.index} of ${shard.count}`)
  })
}
