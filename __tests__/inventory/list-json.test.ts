// The artifact list has one writer: parts (listPart) joined (joinParts), made by the hashing
// threads while they hash, which the walk makes possible by meeting files in the list's order, or
// from sorted entries (inventoryJson). Either way the bytes are JSON.stringify(list, null, 2) and a
// newline. Real files, real threads.
import { readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { compareText } from '../../src/model/order.js'
import { crawl, globEscape } from '../../src/inventory/crawl.js'
import { BATCH, batchesOf, HashOutcomes, HashPool } from '../../src/inventory/hash-pool.js'
import { CHUNK, hashBatch } from '../../src/inventory/hash-worker.js'
import {
  collectInventory,
  listInventory,
  type InventoryEntry,
  type InventoryRequest
} from '../../src/inventory/collect.js'
import { inventoryJson, joinParts, listPart } from '../../src/inventory/list-json.js'
import { mediaTypeOf, OCTET_STREAM } from '../../src/inventory/media-types.js'
import { writeFilesAtomic } from '../../src/manifest/write.js'
import { removeTempDirs, tempDir, writeTree } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const decode = (chunks: Iterable<string | Uint8Array>): string =>
  [...chunks].map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('')

/** The list's text for these entries, as the contract gives it. */
const expected = (entries: ReadonlyArray<Omit<InventoryEntry, 'verified'>>): string =>
  `${JSON.stringify(
    entries.map((e) => ({ path: e.path, digest: e.digest, media_type: e.mediaType, size: e.size })),
    null,
    2
  )}\n`

// Names that need escapes and names that do not, in the list's order (UTF-8 bytes): U+FFFF comes
// before U+1F600 there, though UTF-16 code units put them the other way round.
const NAMES = [
  'back\\slash',
  'café',
  'say "hi"',
  'smile 😀',
  'tab\there',
  'x\u2028y',
  '\uffff',
  '😀'
]

describe('the list from sorted entries', () => {
  // Names that need escapes, and names that do not: quotes, backslashes, control characters,
  // accents and characters outside the BMP.
  const names = ['tile', 'say "hi"', 'back\\slash', 'tab\there', 'café', 'smile 😀', 'x\u2028y']
  const entry = (i: number) => ({
    path: `data/part-${i % 7}/${names[i % names.length]}-${i}.bin`,
    digest: `sha256:${String(i).padStart(64, '0')}`,
    mediaType: 'application/octet-stream',
    ...(i % 5 === 0 ? {} : { size: i * 3 })
  })
  it.each([0, 1, 2, 12_000])('is JSON.stringify(list, null, 2) byte for byte: %i entries', (n) => {
    const entries = Array.from({ length: n }, (_v, i) => entry(i))
    const chunks = [...inventoryJson(entries)]
    expect(decode(chunks)).toBe(expected(entries))
    // 12,000 entries: parts of 2,048 entries, each with its separator.
    if (n === 12_000) expect(chunks.length).toBe(2 * 6 + 1)
  })
})

describe('a part of the list', () => {
  const records = NAMES.map((name, i) => ({
    path: `data/${name}`,
    digest: `sha256:${String(i).padStart(64, 'a')}`,
    media_type: OCTET_STREAM,
    size: i * 1000
  }))
  const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8')

  it('is the elements of JSON.stringify(list, null, 2), as UTF-8, in a buffer of its own', () => {
    const part = listPart(records)
    expect(`[\n${text(part)}\n]`).toBe(JSON.stringify(records, null, 2))
    // Transferable from a thread: not a view of a larger, shared buffer.
    expect(part.byteOffset).toBe(0)
    expect(part.buffer.byteLength).toBe(part.byteLength)
  })

  it('joins into the whole list, and no part at all into an empty one', () => {
    const parts = [listPart(records.slice(0, 3)), listPart(records.slice(3))]
    expect(decode(joinParts(parts))).toBe(`${JSON.stringify(records, null, 2)}\n`)
    expect(decode(joinParts([]))).toBe('[]\n')
  })
})

describe('the walk', () => {
  it('meets files in the order of their paths, directories sorting as their name and a /', () => {
    const root = tempDir('pm-order-')
    writeTree(root, {
      'a/x.bin': 'x',
      'a/z/deep.bin': 'd',
      'a.json': 'j',
      'a-b': 'ab',
      'a b/y.bin': 'y',
      a0: 'a0',
      'é/e.bin': 'e',
      '\uffff': 'ffff',
      'smile 😀/s.bin': 's',
      'b/c': 'c'
    })
    symlinkSync('a', path.join(root, 'link'))
    const { files } = crawl([`${globEscape(root)}/**`])
    expect(files).toHaveLength(12)
    expect([...files].sort(compareText)).toEqual(files)
  })
})

describe('the hash pool writing the list', () => {
  const root = tempDir('pm-list-')
  const endings = ['.bin', '.TIF', '.json', '.tar.gz', '.md', '', '.zarr/0.0', '.parquet']
  const names = Array.from(
    { length: 2 * BATCH + 5 },
    (_v, i) => `p${i % 3}/f-${i}${endings[i % endings.length]}`
  )
  writeTree(root, Object.fromEntries(names.map((n, i) => [n, `content ${i}`])))
  const files = names.map((n) => `${root}/${n}`).sort(compareText)
  const batches = (list: string[]): string[][] =>
    Array.from({ length: Math.ceil(list.length / BATCH) }, (_v, b) =>
      list.slice(b * BATCH, (b + 1) * BATCH)
    )
  const listing = (batch: string[]) => ({
    prefix: `${root}/`,
    mediaTypes: batch.map(() => OCTET_STREAM)
  })

  it('gives the whole list when every batch is listed and in order, and refuses batches out of it', async () => {
    const pool = new HashPool(2)
    try {
      for (const batch of batches(files)) pool.submit(batch, listing(batch))
      const outcomes = await pool.collect()
      const entries = files.map((file, i) => ({
        path: file.slice(root.length + 1),
        digest: outcomes.digests[i]!,
        mediaType: OCTET_STREAM,
        size: outcomes.sizes[i]!
      }))
      expect(outcomes.listParts).toHaveLength(3)
      expect(decode(joinParts(outcomes.listParts!))).toBe(expected(entries))

      // Each batch in order, but the batches not: the last one first.
      const [first, second, third] = batches(files)
      for (const batch of [third!, first!, second!]) pool.submit(batch, listing(batch))
      expect((await pool.collect()).listParts).toBeUndefined()

      // A batch without a listing, or with a file that cannot be hashed, leaves no list.
      pool.submit(first!, listing(first!))
      pool.submit(second!)
      expect((await pool.collect()).listParts).toBeUndefined()
      const missing = [...first!.slice(0, -1), `${root}/p9-missing`]
      pool.submit(missing, listing(missing))
      expect((await pool.collect()).listParts).toBeUndefined()
    } finally {
      await pool.close()
    }
  })

  it('writes the part of a batch two threads hashed from both ends, as a whole batch has it', () => {
    const [first, second] = batches(files)
    const submissions = [
      { id: 0, files: first!, listing: listing(first!) },
      { id: BATCH, files: second!, listing: listing(second!) }
    ]
    const buffer = Buffer.alloc(CHUNK)
    const whole = submissions.map((submission) => hashBatch(submission, buffer)!)
    // The second batch as two threads leave it: its first 50 files from one, the rest from the
    // other, neither with a part of the list.
    const taken = (from: number) => (index: number) => index >= from
    const front = hashBatch(submissions[1]!, buffer, (index) => !taken(BATCH + 50)(index))!
    const back = hashBatch(submissions[1]!, buffer, taken(BATCH + 50), 'last')!
    expect([front.part, back.part]).toEqual([undefined, undefined])
    expect([front.id, back.id, back.sizes.length]).toEqual([BATCH, BATCH + 50, BATCH - 50])
    const shared = new HashOutcomes([back, whole[0]!, front], 2 * BATCH, submissions)
    expect(shared.digests).toEqual(whole.flatMap((batch) => batch.digests))
    expect(decode(joinParts(shared.listParts!))).toBe(decode(joinParts(whole.map((b) => b.part!))))
    // A file in no run, or in two, is a bug, never an answer.
    expect(() => new HashOutcomes([whole[0]!, front], 2 * BATCH, submissions)).toThrow(
      'do not cover file'
    )
    expect(() => new HashOutcomes([whole[0]!, front, back, back], 2 * BATCH, submissions)).toThrow(
      'do not cover file'
    )
  })

  it('finds media types by name in the hashing thread as the main thread does', async () => {
    const pool = new HashPool(2)
    try {
      // A first round of two files starts the thread; in the second it has time to claim every
      // batch before collect() would hash one here (this thread's share is checked above).
      pool.submit(files.slice(0, 2), listing(files.slice(0, 2)))
      await pool.collect()
      for (const batch of batches(files)) pool.submit(batch, { prefix: `${root}/` })
      await new Promise((resolve) => setTimeout(resolve, 300))
      const outcomes = await pool.collect()
      const entries = files.map((file, i) => ({
        path: file.slice(root.length + 1),
        digest: outcomes.digests[i]!,
        mediaType: mediaTypeOf(file.slice(root.length + 1)),
        size: outcomes.sizes[i]!
      }))
      expect(new Set(entries.map((e) => e.mediaType)).size).toBe(endings.length - 1)
      expect(decode(joinParts(outcomes.listParts!))).toBe(expected(entries))
    } finally {
      await pool.close()
    }
  })
})

describe('the inventory as a list', () => {
  const root = tempDir('pm-listinv-')
  const tree: Record<string, string> = {}
  for (let i = 0; i < 300; i++) tree[`tiles/${NAMES[i % NAMES.length]}-${i}.tif`] = `tile ${i}`
  // Names for every way a media type is found: the field's formats (the longest suffix, any
  // case), mime-types' table, a name that is all suffix, none at all, a Zarr store's files.
  Object.assign(tree, {
    'tiles.json': '{}',
    'a-b/x.parquet': 'x',
    'a/y.csv': 'y',
    'a/b.COG.TIF': 'c',
    'a/f.GeoJSON': 'g',
    'cube.zarr/.zattrs': '{}',
    'cube.zarr/0/0.0': 'chunk',
    'docs/.md': '#',
    'docs/README': 'r',
    'docs/x.tar.gz': 'gz',
    'docs/y.unknownext': 'u',
    'z.md': '#'
  })
  writeTree(root, tree)
  const overrides = [{ pattern: '**/*.md', mediaType: 'text/markdown; variant=GFM' }]
  const request = (patterns: string[], pool: HashPool, withOverrides = true): InventoryRequest => ({
    root,
    display: (relative) => relative,
    input: 'artifacts',
    patterns,
    ...(withOverrides ? { overrides } : {}),
    pool
  })
  const both = async (patterns: string[], withOverrides = true) => {
    const pool = new HashPool(2)
    try {
      const list = await listInventory(request(patterns, pool, withOverrides))
      const { entries, findings } = await collectInventory(request(patterns, pool, withOverrides))
      return { list, chunks: [...list.chunks], entries, findings }
    } finally {
      await pool.close()
    }
  }

  it.each([true, false])(
    'is written by the hashing threads when the walk meets files in order (overrides: %s)',
    async (withOverrides) => {
      const { list, chunks, entries, findings } = await both(['**'], withOverrides)
      expect(findings).toEqual([])
      expect(list.count).toBe(312)
      // One part per batch (1, 2, 4 … 128 files), each after its separator, and the bracket.
      expect(batchesOf(entries).map((batch) => batch.length)).toEqual([
        1, 2, 4, 8, 16, 32, 64, 128, 57
      ])
      expect(chunks).toHaveLength(2 * 9 + 1)
      expect(decode(chunks)).toBe(expected(entries))
      expect(new Set(entries.map((e) => e.mediaType)).size).toBeGreaterThanOrEqual(9)
      expect(decode(chunks).includes('"media_type": "text/markdown; variant=GFM"')).toBe(
        withOverrides
      )
    }
  )

  it('is made from sorted entries when the walk meets them out of order', async () => {
    // Two search paths, walked in the order given: z.md before the tiles.
    const { list, chunks, entries } = await both(['z.md', 'tiles/**', 'a/**'])
    expect(list.count).toBe(304)
    // One part of up to 2,048 entries, not one per batch.
    expect(chunks).toHaveLength(3)
    expect(entries.at(-1)!.path).toBe('z.md')
    expect(decode(chunks)).toBe(expected(entries))
  })

  it('reports the findings the entries report, and writes nothing', async () => {
    const { list, findings } = await both(['**', 'missing/*'])
    expect(list.findings.map((v) => v.kind)).toEqual(['PATTERN_MATCHES_NOTHING'])
    expect(list.findings).toEqual(findings)
  })
})

describe('writing the list', () => {
  it('writes text and runs of bytes in order, more of them than one writev takes', async () => {
    const dir = tempDir('pm-write-')
    const encoder = new TextEncoder()
    const chunks: Array<string | Uint8Array> = ['start\n']
    for (let i = 0; i < 2500; i++) chunks.push(encoder.encode(`${i} é\n`))
    chunks.push('middle\n', encoder.encode('end\n'))
    const file = path.join(dir, 'list.json')
    await writeFilesAtomic([{ path: file, shown: 'list.json', text: chunks }])
    expect(readFileSync(file, 'utf8')).toBe(decode(chunks))
  })
})
