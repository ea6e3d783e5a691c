// Sharded inventory: the partition, the shard files inventory --shard writes, and the promote run
// that merges them: its manifest is the unsharded run's, byte for byte; anything less than the
// whole listing, in shards of one split, is a violation that names the shard.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { EXIT, runCli } from '../../src/cli/main.js'
import { checkShards } from '../../src/gates/e-shards.js'
import {
  mergedEntries,
  pathsDigest,
  readShardFiles,
  shardOf,
  type ShardDocument,
  type ShardEvidence
} from '../../src/inventory/shards.js'
import { compareText } from '../../src/model/order.js'
import { writeRelease } from '../helpers/release.js'
import { cliFlags, removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

function capture(cwd: string) {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd },
    out,
    err
  }
}

describe('the partition', () => {
  it('is the first 4 bytes of the path’s SHA-256, big-endian, mod N, plus 1', () => {
    for (const p of ['a', 'data/é tude/ß.csv', 'data/日本/ファイル 1.bin', 'x'.repeat(300)]) {
      const head = createHash('sha256').update(Buffer.from(p, 'utf8')).digest().subarray(0, 4)
      const number = ((head[0]! << 24) >>> 0) + (head[1]! << 16) + (head[2]! << 8) + head[3]!
      for (const n of [1, 2, 3, 7, 1024]) expect(shardOf(p, n)).toBe((number % n) + 1)
    }
  })

  it('spreads files evenly over the shards, whatever their names', () => {
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 8000; i++) counts[shardOf(`data/part-${i % 7}/tile-${i}.bin`, 4) - 1]!++
    for (const count of counts) expect(Math.abs(count - 2000)).toBeLessThan(200)
  })
})

describe('the listing digest', () => {
  it('is the SHA-256 of the paths in UTF-8 byte order, each with a newline', () => {
    const paths = ['b', 'a/\u{1F600}', 'a/\uFFFD', 'a b']
    const expected = createHash('sha256').update('a b\na/\uFFFD\na/\u{1F600}\nb\n').digest('hex')
    expect(pathsDigest(paths)).toBe(`sha256:${expected}`)
    expect(pathsDigest([...paths].reverse())).toBe(`sha256:${expected}`)
  })
})

/** A release of 40 files, some with spaces and non-ASCII names, and the CLI flags that pass it. */
function release(): { workspace: string; flags: string[] } {
  const workspace = tempDir('pm-shards-')
  const files: Record<string, string> = {}
  for (let i = 0; i < 34; i++) files[`data/part ${i % 3}/tile-${i}.csv`] = `tile,${i}\n`
  Object.assign(files, {
    'data/étude/ßtraße.csv': 'a,b\n',
    'data/日本/ファイル 1.bin': 'bytes',
    'data/with space.geojson': '{"type":"FeatureCollection","features":[]}',
    'data/Ω/ünïcödé name.json': '{}',
    'data/emoji/\u{1F30A} river.csv': 'x\n',
    'data/z.parquet': 'PAR1'
  })
  const { inputs } = writeRelease(workspace, files)
  return { workspace, flags: cliFlags(inputs) }
}

async function cli(workspace: string, argv: string[]): Promise<{ code: number; err: string }> {
  const { io, err } = capture(workspace)
  const code = await runCli(argv, io)
  return { code, err: err.join('\n') }
}

/** inventory --shard i/N for every i, into shards/; the files' workspace-relative paths. */
async function shardRuns(workspace: string, count: number): Promise<string[]> {
  const files: string[] = []
  mkdirSync(path.join(workspace, 'shards'), { recursive: true })
  for (let index = 1; index <= count; index++) {
    const out = `shards/${index}-of-${count}.json`
    const argv = [
      'inventory',
      '--artifacts',
      'data/**',
      '--out',
      out,
      '--shard',
      `${index}/${count}`
    ]
    const run = await cli(workspace, argv)
    expect(run).toEqual({ code: EXIT.pass, err: '' })
    files.push(out)
  }
  return files
}

describe('a sharded promotion', () => {
  it.each([1, 3, 7])(
    'in %i shard(s) writes the unsharded run’s manifest, byte for byte',
    async (count) => {
      const { workspace, flags } = release()
      const manifest = path.join(workspace, 'promotion_manifest.json')
      expect(await cli(workspace, flags)).toEqual({ code: EXIT.pass, err: expect.any(String) })
      const unsharded = readFileSync(manifest)
      rmSync(manifest)
      const files = await shardRuns(workspace, count)
      const listed = files.flatMap((file) => {
        const shard = JSON.parse(readFileSync(path.join(workspace, file), 'utf8'))
        expect(shard.path_count).toBe(40)
        return shard.entries.map((e: { path: string }) => e.path)
      })
      expect(listed).toHaveLength(40)
      const sharded = [...flags, ...files.flatMap((file) => ['--artifacts-shards', file])]
      const run = await cli(workspace, sharded)
      expect(run.code).toBe(EXIT.pass)
      expect(readFileSync(manifest).equals(unsharded)).toBe(true)
      expect(unsharded.toString()).toContain('data/日本/ファイル 1.bin')
    }
  )

  it('writes a shard file in the schema’s shape, entries sorted, only its own', async () => {
    const { workspace } = release()
    const [file] = await shardRuns(workspace, 1)
    const text = readFileSync(path.join(workspace, file!), 'utf8')
    const shard = JSON.parse(text)
    expect(text).toBe(`${JSON.stringify(shard, null, 2)}\n`)
    expect(Object.keys(shard)).toEqual([
      'kfm_inventory_shard_version',
      'shard',
      'input',
      'root',
      'patterns',
      'media_types',
      'path_count',
      'paths_digest',
      'entries'
    ])
    expect(shard).toMatchObject({ shard: { index: 1, count: 1 }, root: '.', patterns: ['data/**'] })
    const paths = shard.entries.map((e: { path: string }) => e.path)
    expect(shard.paths_digest).toBe(pathsDigest(paths))
    expect(paths).toEqual(
      [...paths].sort((a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    )
  })

  it('fails on a shard left out, naming it', async () => {
    const { workspace, flags } = release()
    const files = await shardRuns(workspace, 3)
    const run = await cli(workspace, [
      ...flags,
      '--artifacts-shards',
      files[0]!,
      '--artifacts-shards',
      files[2]!
    ])
    expect(run.code).toBe(EXIT.violation)
    expect(run.err).toContain('[E SHARD_MISSING] Shard 2 of 3 is missing')
  })

  it('reports a shard file given twice as that, and no path of it as listed twice', async () => {
    const { workspace, flags } = release()
    const files = await shardRuns(workspace, 2)
    const run = await cli(workspace, [
      ...flags,
      ...[files[0]!, files[0]!, files[1]!].flatMap((file) => ['--artifacts-shards', file])
    ])
    expect(run.code).toBe(EXIT.violation)
    const violations = run.err.split('\n').filter((line) => line.includes(': [E '))
    expect(violations).toEqual([
      `${files[0]}:4: [E SHARD_MISMATCH] ${files[0]} is given twice in artifacts-shards (it is shard 1 of 2); give each shard's file once.`
    ])
  })

  it('refuses --shard values that are not I/N', async () => {
    const { workspace } = release()
    for (const value of ['0/4', '5/4', '2', '1/0', 'a/b', '1/2000']) {
      const run = await cli(workspace, [
        'inventory',
        '--artifacts',
        'data/**',
        '--out',
        'x.json',
        '--shard',
        value
      ])
      expect(run.code).toBe(EXIT.usage)
      expect(run.err).toContain('shard must read I/N')
    }
  })
})

/** Shard documents over the given paths, as inventory --shard would write them. */
function shardsOf(paths: string[], count: number): ShardDocument[] {
  const digest = pathsDigest(paths)
  return Array.from({ length: count }, (_v, i) => ({
    path: `shards/${i + 1}.json`,
    shard: { index: i + 1, count },
    root: '.',
    patterns: ['data/**'],
    mediaTypes: [],
    pathCount: paths.length,
    pathsDigest: digest,
    entries: paths
      .filter((p) => shardOf(p, count) === i + 1)
      .map((p) => ({
        path: p,
        digest: `sha256:${'0'.repeat(64)}`,
        mediaType: 'text/csv',
        size: 1,
        verified: true
      })),
    lineOf: () => undefined
  }))
}

const PATHS = Array.from({ length: 60 }, (_v, i) => `data/f${i}.csv`)

function judged(shards: ShardDocument[], expected: Partial<ShardEvidence['expected']> = {}) {
  const evidence: ShardEvidence = {
    input: 'artifacts-shards',
    shards,
    expected: { root: '.', patterns: [], mediaTypes: [], ...expected }
  }
  return checkShards(evidence).map((v) => `${v.code} ${v.path}: ${v.message}`)
}

describe('gate E on shards', () => {
  it('passes the shards of one split', () => {
    expect(judged(shardsOf(PATHS, 4))).toEqual([])
  })

  it('names a missing shard', () => {
    const shards = shardsOf(PATHS, 4)
    expect(judged([shards[0]!, shards[1]!, shards[3]!])).toEqual([
      expect.stringMatching(/^SHARD_MISSING artifacts-shards: Shard 3 of 4 is missing/)
    ])
  })

  it('names a shard given twice', () => {
    const shards = shardsOf(PATHS, 2)
    const again = { ...shards[1]!, path: 'elsewhere/2.json' }
    expect(judged([...shards, again])).toEqual([
      expect.stringMatching(
        /^SHARD_MISMATCH shards\/2.json: shards\/2.json and elsewhere\/2.json are both shard 2 of 2/
      )
    ])
  })

  it('merges each shard index once and each path once, whatever was given twice', () => {
    const shards = shardsOf(PATHS, 2)
    const whole = mergedEntries(shards)
    expect(whole.map((e) => e.path)).toEqual([...PATHS].sort(compareText))
    expect(mergedEntries([shards[0]!, ...shards])).toEqual(whole)
    expect(mergedEntries([...shards, { ...shards[1]!, path: 'elsewhere/2.json' }])).toEqual(whole)
  })

  it('names a shard of another split', () => {
    const shards = shardsOf(PATHS, 3)
    const other = shardsOf(PATHS, 4)[3]!
    expect(judged([...shards, { ...other, path: 'x.json' }])).toEqual([
      expect.stringMatching(
        /^SHARD_MISMATCH x.json: x.json \(shard 4 of 4\) is from a split into 4 shards/
      )
    ])
  })

  it('names a shard that saw another listing', () => {
    const shards = shardsOf(PATHS, 3)
    const changed = shardsOf([...PATHS, 'data/late.csv'], 3)[1]!
    expect(judged([shards[0]!, changed, shards[2]!])).toEqual([
      expect.stringMatching(
        /^SHARD_MISMATCH shards\/2.json: .* listed 61 file\(s\) .* but shards\/1.json \(shard 1 of 3\) listed 60/
      )
    ])
  })

  it.each([
    ['root', { root: 'datasets/x' }, /inventoried the root "\."/],
    [
      'patterns',
      { patterns: ['data/**', '!**/*.tmp'] },
      /artifacts patterns "data\/\*\*", not "data\/\*\*", "!\*\*\/\*.tmp"/
    ],
    [
      'media-types',
      { mediaTypes: ['**/*.csv: text/plain'] },
      /media-types none, but this run has "\*\*\/\*.csv: text\/plain"/
    ]
  ])('names shards whose %s differs from this run’s', (_what, expected, message) => {
    const found = judged(shardsOf(PATHS, 2), expected)
    expect(found).toHaveLength(2)
    for (const line of found) {
      expect(line).toMatch(/^SHARD_MISMATCH shards\/[12].json: /)
      expect(line).toMatch(message)
    }
  })

  it('names an entry in the wrong shard', () => {
    const shards = shardsOf(PATHS, 2)
    const moved = shards[1]!.entries[0]!
    shards[0]!.entries = [...shards[0]!.entries, moved]
    shards[1]!.entries = shards[1]!.entries.slice(1)
    expect(judged(shards)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^SHARD_INVALID shards/1.json: .* lists ${moved.path}, which belongs to shard 2 of 2`
        )
      )
    ])
  })

  it('names an entry listed twice', () => {
    const shards = shardsOf(PATHS, 2)
    shards[0]!.entries = [...shards[0]!.entries, shards[0]!.entries[0]!]
    expect(judged(shards)).toEqual([
      expect.stringMatching(/^SHARD_INVALID shards\/1.json: .* which it lists already/)
    ])
  })

  it('finds an entry dropped from a shard: the union is not the listing', () => {
    const shards = shardsOf(PATHS, 2)
    shards[1]!.entries = shards[1]!.entries.slice(1)
    expect(judged(shards)).toEqual([
      expect.stringMatching(
        /^SHARD_MISMATCH artifacts-shards: The 2 shard files .* together list 59 file\(s\), but their listing had 60/
      )
    ])
  })
})

describe('reading shard files', () => {
  const write = (text: string): { absolute: string; path: string } => {
    const dir = tempDir('pm-shard-read-')
    const absolute = path.join(dir, 'shard.json')
    writeFileSync(absolute, text)
    return { absolute, path: 'shards/shard.json' }
  }
  const valid = {
    kfm_inventory_shard_version: 'v1',
    shard: { index: 1, count: 1 },
    input: 'artifacts',
    root: '.',
    patterns: ['data/**'],
    media_types: [],
    path_count: 1,
    paths_digest: pathsDigest(['data/a.csv']),
    entries: [
      { path: 'data/a.csv', digest: `sha256:${'0'.repeat(64)}`, media_type: 'text/csv', size: 1 }
    ]
  }

  it('reads one the inventory wrote', async () => {
    const reading = await readShardFiles([write(`${JSON.stringify(valid, null, 2)}\n`)])
    expect(reading.findings).toEqual([])
    expect(reading.shards[0]).toMatchObject({
      path: 'shards/shard.json',
      pathCount: 1,
      shard: { index: 1, count: 1 }
    })
  })

  it.each([
    ['a key given twice', `{"shard": 1, "shard": 2}`, /key|twice|duplicate/i],
    [
      'a path that is not in normal form',
      JSON.stringify({ ...valid, entries: [{ ...valid.entries[0], path: 'data/./a.csv' }] }),
      /is not in normal form/
    ],
    [
      'a path out of the root',
      JSON.stringify({ ...valid, entries: [{ ...valid.entries[0], path: '../a.csv' }] }),
      /outside the dataset root/
    ],
    [
      'a field the schema does not know',
      JSON.stringify({ ...valid, extra: 1 }),
      /unknown property "extra"/
    ],
    [
      'another version',
      JSON.stringify({ ...valid, kfm_inventory_shard_version: 'v2' }),
      /kfm_inventory_shard_version/
    ]
  ])('refuses %s as SHARD_INVALID, naming the file', async (_what, text, message) => {
    const reading = await readShardFiles([write(text)])
    expect(reading.shards).toEqual([])
    expect(reading.findings).toHaveLength(1)
    expect(reading.findings[0]).toMatchObject({ kind: 'SHARD_INVALID', path: 'shards/shard.json' })
    expect(reading.findings[0]!.message).toMatch(message)
  })
})
