// `kfm-gen-promotion-manifest inventory`: writes the artifact list in the format
// artifacts-manifest reads, with the code the action itself inventories with; with --shard, one
// shard's file, as the action's mode: inventory writes it.
import { inventoryViolations } from '../gates/e-inventory.js'
import type { InventoryFinding } from '../inventory/findings.js'
import type { HashPool } from '../inventory/hash-pool.js'
import { parseInventoryOptions, rootDisplay, type InventoryOptions } from '../options/parse.js'
import { violationLine } from '../report/cli-lines.js'
import { runCommand } from './command.js'
import { EXIT, flagUsage, inputFlags, rawInputsOf, workspaceOf, type CliIo } from './flags.js'

const NAMES = ['root', 'artifacts', 'stores', 'media-types', 'out', 'shard', 'lfs'] as const

function inventoryHelpText(): string {
  return [
    'Usage: kfm-gen-promotion-manifest inventory --root DIR --artifacts PATTERN... --out FILE',
    '       [--shard I/N] [--lfs content|pointers]',
    '',
    'Writes the artifact list (path, digest, media_type, size), in the format artifacts-manifest',
    'reads, with the code the action itself inventories with. With --shard I/N it hashes only',
    'shard I of N and writes the shard file artifacts-shards reads',
    '(schemas/inventory_shard_v1.schema.json); every shard lists all the files.',
    'Exit 0: written; 1: violations; 2: a usage error, or an error that stopped the run.',
    '',
    'Options (paths are relative to --workspace; patterns to --root):',
    // The table's out, shard and lfs tell the action's modes, which this has not.
    ...flagUsage(NAMES, ['workspace'], {
      out: 'Where the list (or the shard file) goes, workspace-relative. Required.',
      shard: 'I/N: hash shard I of N only, and write its shard file (e.g. 2/4).',
      lfs: "content (the default): a Git LFS pointer is a violation. pointers: a pointer stands for its content (the pointer's oid and size)."
    })
  ].join('\n')
}

function failed(findings: readonly InventoryFinding[], io: CliIo): number {
  const violations = inventoryViolations(findings)
  for (const v of violations) io.stderr(violationLine(v))
  io.stderr(`Inventory failed: ${violations.length} violation(s); nothing was written.`)
  return EXIT.violation
}

async function inventoryWith(pool: HashPool, options: InventoryOptions, io: CliIo) {
  const { storeMatcher } = await import('../inventory/stores.js')
  const stores = storeMatcher(options.stores)
  if (stores.findings.length > 0) return failed(stores.findings, io)
  const { root, rootPath, out, shard } = options
  const request = {
    stores: stores.matcher,
    root,
    display: rootDisplay(rootPath),
    input: 'artifacts',
    patterns: options.artifacts,
    overrides: options.mediaTypes,
    skip: new Set([out.absolute]),
    pool,
    lfs: options.lfs
  }
  if (shard) {
    const { writeShardFile } = await import('../manifest/shard-file.js')
    const written = await writeShardFile({ ...request, shard, rootPath, out })
    if (written.findings.length > 0) return failed(written.findings, io)
    io.stdout(
      `Shard ${shard.index} of ${shard.count}: ${written.count} of ${written.pathCount} artifact(s) written to ${out.path}`
    )
    return EXIT.pass
  }
  const { listInventory } = await import('../inventory/collect.js')
  const { writeFilesAtomic } = await import('../manifest/write.js')
  const list = await listInventory(request)
  if (list.findings.length > 0) return failed(list.findings, io)
  await writeFilesAtomic([{ path: out.absolute, shown: out.path, text: list.chunks }])
  io.stdout(`${list.count} artifact(s) written to ${out.path}`)
  return EXIT.pass
}

async function inventory(options: InventoryOptions, io: CliIo): Promise<number> {
  // The hashing threads start first: their start-up then overlaps everything until hashing.
  const { HashPool } = await import('../inventory/hash-pool.js')
  const pool = new HashPool()
  try {
    return await inventoryWith(pool, options, io)
  } finally {
    await pool.close()
  }
}

export function runInventory(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(argv, io, {
    flags: inputFlags(NAMES, ['workspace']),
    hint: 'with',
    help: inventoryHelpText,
    options: ({ values }) =>
      parseInventoryOptions(rawInputsOf(values, NAMES), workspaceOf(values, io.cwd), 'cli'),
    run: inventory
  })
}
