// `kfm-gen-promotion-manifest inventory`: writes the artifact list in the format
// artifacts-manifest reads, with the code the action itself inventories with.
import path from 'node:path'
import { VERSION } from '../generated/version.js'
import { inventoryViolations } from '../gates/e-inventory.js'
import type { InventoryFinding } from '../inventory/findings.js'
import type { HashPool } from '../inventory/hash-pool.js'
import { patternLines } from '../model/lines.js'
import { parsePlaces, parseStores, rootDisplay } from '../options/places.js'
import { UsageError, parseMediaTypes, parseShard, parseLfsMode } from '../options/values.js'
import { violationLine } from '../report/cli-lines.js'
import { EXIT, parseFlags, type CliIo } from './flags.js'

export function inventoryHelpText(): string {
  return [
    'Usage: kfm-gen-promotion-manifest inventory --root DIR --artifacts PATTERN... --out FILE',
    '       [--shard I/N] [--lfs content|pointers]',
    '',
    'Writes the artifact list (path, digest, media_type, size), in the format artifacts-manifest',
    'reads, with the code the action itself inventories with. Exit 0: written; 1: violations; 2: usage.',
    'With --shard I/N it hashes only shard I of N and writes the shard file artifacts-shards reads',
    '(schemas/inventory_shard_v1.schema.json); every shard lists all the files.',
    '',
    '  --root DIR              The dataset root (relative to --workspace). Default: ".".',
    '  --artifacts PATTERN     Glob pattern relative to the root; repeatable; ! excludes.',
    '  --stores PATTERN        Directory store pattern (default "**/*.zarr"): a matched',
    '                          directory is taken whole; repeatable; "!**" for none.',
    '  --media-types LINE      "pattern: media/type" override; repeatable.',
    '  --out FILE              Where the list goes (relative to --workspace). Required.',
    '  --shard I/N             Hash shard I of N only, and write its shard file (e.g. 2/4).',
    '  --lfs VALUE             content (default: a Git LFS pointer is a violation) or pointers',
    "                          (a pointer stands for its content: the pointer's oid and size).",
    '  --workspace DIR         Default: the current directory.',
    '  --version               Print the version.',
    '  --help                  Show this help.'
  ].join('\n')
}

export async function runInventory(argv: readonly string[], io: CliIo): Promise<number> {
  // The hashing threads start first: their start-up then overlaps everything until hashing.
  const { HashPool } = await import('../inventory/hash-pool.js')
  const pool = new HashPool()
  try {
    return await inventoryWith(pool, argv, io)
  } finally {
    await pool.close()
  }
}

async function inventoryWith(pool: HashPool, argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(
    argv,
    ['root', 'artifacts', 'stores', 'media-types', 'out', 'shard', 'lfs'],
    ['workspace'],
    io
  )
  if (!flags) return EXIT.usage
  if (flags.help) {
    io.stdout(inventoryHelpText())
    return EXIT.pass
  }
  if (flags.version) {
    io.stdout(VERSION)
    return EXIT.pass
  }
  const patterns = patternLines(flags.raw.artifacts ?? '')
  if (patterns.length === 0 || flags.raw.out === undefined) {
    io.stderr(
      'error: inventory needs --artifacts (at least one) and --out.\nRun with --help for the options.'
    )
    return EXIT.usage
  }
  const { listInventory } = await import('../inventory/inventory.js')
  const { writeFilesAtomic } = await import('../manifest/write.js')
  let places, overrides, shard, lfs
  try {
    lfs = parseLfsMode(flags.raw.lfs)
    places = parsePlaces(flags.raw, path.resolve(io.cwd, flags.workspace ?? '.'))
    overrides = parseMediaTypes(flags.raw['media-types'])
    shard = parseShard(flags.raw.shard)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`error: ${error.message}`)
    return EXIT.usage
  }
  const { root, rootPath, out } = places
  const { storeMatcher } = await import('../inventory/stores.js')
  const stores = storeMatcher(parseStores(flags.raw))
  if (stores.findings.length > 0) return failed(stores.findings, io)
  const request = {
    stores: stores.matcher,
    root,
    display: rootDisplay(rootPath),
    input: 'artifacts',
    patterns,
    overrides,
    skip: new Set([out.absolute]),
    pool,
    lfs
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
  const list = await listInventory(request)
  if (list.findings.length > 0) return failed(list.findings, io)
  await writeFilesAtomic([{ path: out.absolute, shown: out.path, text: list.chunks }])
  io.stdout(`${list.count} artifact(s) written to ${out.path}`)
  return EXIT.pass
}

function failed(findings: readonly InventoryFinding[], io: CliIo): number {
  const violations = inventoryViolations(findings)
  for (const v of violations) io.stderr(violationLine(v))
  io.stderr(`Inventory failed: ${violations.length} violation(s); nothing was written.`)
  return EXIT.violation
}
