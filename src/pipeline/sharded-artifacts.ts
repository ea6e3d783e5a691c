// The artifacts inventory merged from inventory shard files, and the shards for gate E. The
// promote job lists its own tree (this run's patterns, else the shards' own, which gate E holds
// to one another) so the merge is what an unsharded run here would write: the same files, sizes
// and media types, the shards giving only the digests. A store's files may be in several shards:
// its entry is made here, from the merged files' digests.
import type { Inventory } from '../inventory/collect.js'
import {
  listShardTree,
  mergedEntries,
  overrideLine,
  readShardFiles,
  type ShardEvidence
} from '../inventory/shards.js'
import { groupStores, type StoreMatcher } from '../inventory/stores.js'
import type { Options } from '../options/parse.js'

export async function shardedArtifacts(
  options: Options,
  display: (relative: string) => string,
  skip: ReadonlySet<string>,
  stores: StoreMatcher | undefined
): Promise<{ inventory: Inventory; shards: ShardEvidence }> {
  const reading = await readShardFiles(options.artifactsShards)
  const patterns =
    options.artifacts.length > 0 ? options.artifacts : (reading.shards[0]?.patterns ?? [])
  const listed =
    patterns.length > 0
      ? await listShardTree({
          root: options.root,
          patterns,
          overrides: options.mediaTypes,
          display,
          skip,
          lfs: options.lfs,
          stores
        })
      : undefined
  const merged = groupStores(
    mergedEntries(reading.shards, listed?.tree),
    stores,
    display,
    options.mediaTypes
  )
  return {
    inventory: {
      entries: merged.entries,
      findings: [...reading.findings, ...(listed?.findings ?? []), ...merged.findings]
    },
    shards: {
      input: 'artifacts-shards',
      shards: reading.shards,
      expected: {
        root: options.rootPath,
        patterns: options.artifacts,
        mediaTypes: options.mediaTypes.map(overrideLine)
      },
      ...(listed ? { tree: listed.tree } : {})
    }
  }
}
