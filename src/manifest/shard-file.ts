// An inventory shard file, written: the CLI's inventory --shard and the action's mode: inventory
// both hash their shard here and write its shard file (schemas/inventory_shard_v1) atomically.
import type { DocumentRef } from '../documents/read-document.js'
import type { InventoryFinding } from '../inventory/findings.js'
import { inventoryShard, type InventoryRequest } from '../inventory/collect.js'
import { overrideLine, shardFileText, type ShardSpec } from '../inventory/shards.js'
import { writeFilesAtomic } from './write.js'

interface ShardWrite extends InventoryRequest {
  shard: ShardSpec
  /** The root as the inputs name it, workspace-relative: recorded in the shard file. */
  rootPath: string
  out: DocumentRef
}

interface WrittenShard {
  /** Entries written (this shard's files), or 0 when findings stopped it. */
  count: number
  /** Files every shard listed. */
  pathCount: number
  /** Nothing is written when there are any. */
  findings: InventoryFinding[]
}

export async function writeShardFile(request: ShardWrite): Promise<WrittenShard> {
  const shard = await inventoryShard(request)
  if (shard.findings.length > 0)
    return { count: 0, pathCount: shard.pathCount, findings: shard.findings }
  const text = shardFileText({
    shard: request.shard,
    root: request.rootPath,
    patterns: request.patterns,
    mediaTypes: (request.overrides ?? []).map(overrideLine),
    pathCount: shard.pathCount,
    pathsDigest: shard.pathsDigest,
    entries: shard.entries
  })
  await writeFilesAtomic([{ path: request.out.absolute, shown: request.out.path, text }])
  return { count: shard.entries.length, pathCount: shard.pathCount, findings: [] }
}
