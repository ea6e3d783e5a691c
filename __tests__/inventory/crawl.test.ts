// The crawler against @actions/glob itself: on a tree with hidden files, nested **, exclusions,
// symbolic links (to files, to directories, dangling, looping), spaces and non-ASCII names, both
// must find exactly the same files for every pattern list.
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { symlinkSync, writeFileSync } from 'node:fs'
import type { Worker } from 'node:worker_threads'
import path from 'node:path'
import { crawl, globEscape } from '../../src/inventory/crawl.js'
import { BATCH, HashPool, hashAll, type HashOutcome } from '../../src/inventory/hash-pool.js'
import { removeTempDirs, tempDir, writeTree } from '../helpers/workspace.js'

// @actions/glob reports its search as `::debug::` workflow commands through @actions/core, which
// in a test log are noise: its debug is silenced here, and the rest of @actions/core is the real
// module, so the answers compared are @actions/glob's own.
const core = await import('@actions/core')
jest.unstable_mockModule('@actions/core', () => ({ ...core, debug: () => {} }))
const glob = await import('@actions/glob')

afterAll(removeTempDirs)

const sha256 = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`
/** The pool's threads, read from outside: a test stops one, or counts them. */
const threadsOf = (pool: HashPool): Worker[] => (pool as unknown as { workers: Worker[] }).workers

const outside = tempDir('pm-outside-')
writeTree(outside, { 'o.txt': 'outside', 'deep/o2.txt': 'outside too' })
const root = tempDir('pm-crawl-')
writeTree(root, {
  'a/x.txt': 'x',
  'a/y.txt': 'y',
  'a/.hidden': 'h',
  'a/b/c/deep.txt': 'd',
  'a/b/skip.tmp': 't',
  'a/b/c/skip.tmp': 't',
  '.dot/inner.txt': 'i',
  'sp ace/ü ñ.txt': 'u',
  'sp ace/[x].txt': 'bracket',
  'data.zarr/.zattrs': '{}',
  'data.zarr/0/0.0': 'chunk',
  'top.txt': 'top'
})
symlinkSync('a/x.txt', path.join(root, 'link-file.txt'))
symlinkSync('a/b', path.join(root, 'link-dir'))
symlinkSync('.', path.join(root, 'loop'))
symlinkSync('../..', path.join(root, 'a/b/up'))
symlinkSync('nowhere.txt', path.join(root, 'a/dangling.txt'))
symlinkSync(path.join(outside, 'deep'), path.join(root, 'out-dir'))

const PATTERN_LISTS: string[][] = [
  ['**'],
  ['a/**', '!**/*.tmp'],
  ['**/*.txt'],
  ['a'],
  ['a/'],
  ['**/.hidden'],
  ['*'],
  ['*.txt'],
  ['a/b/**', '!a/b/c/**', 'a/b/c/deep.txt'],
  ['!a/**', 'a/**'],
  ['sp ace/*'],
  ['sp ace/[[]x].txt'],
  ['link-dir/**'],
  ['loop/a/*'],
  ['nonexistent/**'],
  ['a/**/c/*'],
  ['**/*.zarr/**'],
  ['a/?.txt'],
  ['[a]/x.txt'],
  ['out-dir/**'],
  ['a/x.txt', 'top.txt', 'a/x.txt']
]

const absolute = (patterns: string[]): string[] =>
  patterns.map((p) =>
    p.startsWith('!') ? `!${globEscape(root)}/${p.slice(1)}` : `${globEscape(root)}/${p}`
  )

async function actionsGlob(patterns: string[]): Promise<string[]> {
  const globber = await glob.create(absolute(patterns).join('\n'), {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: false,
    omitBrokenSymbolicLinks: true
  })
  return (await globber.glob()).sort()
}

describe('the crawler matches what @actions/glob matches', () => {
  it.each(PATTERN_LISTS.map((list) => [list.join(' | '), list]))('%s', async (_name, patterns) => {
    const expected = await actionsGlob(patterns as string[])
    expect([...crawl(absolute(patterns as string[])).files].sort()).toEqual(expected)
  })

  it('finds something for most lists, so the comparison is not empty on both sides', async () => {
    const nonEmpty = (await Promise.all(PATTERN_LISTS.map(actionsGlob))).filter(
      (files) => files.length > 0
    )
    expect(nonEmpty.length).toBeGreaterThanOrEqual(PATTERN_LISTS.length - 3)
  })

  it('reports the dangling link instead of silently dropping it', () => {
    expect(crawl(absolute(['a/**'])).dangling).toEqual([path.join(root, 'a/dangling.txt')])
  })

  it('marks every file reached through a link, and no other', () => {
    const result = crawl(absolute(['**']))
    const linked = result.files
      .filter((f) => result.viaLink.has(f))
      .map((f) => path.relative(root, f))
    expect(linked.every((f) => /^(link-file|link-dir|loop|out-dir)|\/up\//.test(f))).toBe(true)
    expect(linked).toContain('link-file.txt')
    expect(linked).toContain(path.join('out-dir', 'o2.txt'))
  })

  it('says which including line matched nothing on its own', () => {
    expect(crawl(absolute(['a/**', 'missing/*', '!a/x.txt', 'a/x.txt'])).unmatched).toEqual([1])
  })

  it('never enters a directory it is told to skip', () => {
    const tree = tempDir()
    writeTree(tree, { 'd/.git/HEAD': 'ref', 'd/f.txt': 'f' })
    expect(crawl([`${globEscape(tree)}/**`], new Set(['.git'])).files).toEqual([
      path.join(tree, 'd/f.txt')
    ])
  })
})

/** hashAll's outcomes as a list, file by file. */
async function outcomeList(files: readonly string[], workers: number): Promise<HashOutcome[]> {
  const outcomes = await hashAll(files, workers)
  return files.map((_file, index) => outcomes.get(index))
}

describe('the hash pool', () => {
  it('gives sha256sum digests, in order, for many files of many sizes on every core', async () => {
    const dir = tempDir()
    const files: string[] = []
    for (let i = 0; i < 300; i++) {
      const file = path.join(dir, `f${i}.bin`)
      writeFileSync(file, Buffer.alloc(i === 150 ? 9 * 1024 * 1024 + 3 : (i * 37) % 5000, i % 251))
      files.push(file)
    }
    const outcomes = await outcomeList(files, 2)
    const expected = execFileSync('sha256sum', files, { encoding: 'utf8', maxBuffer: 1 << 24 })
      .trim()
      .split('\n')
      .map((line) => `sha256:${line.slice(0, 64)}`)
    expect(outcomes.map((o) => ('digest' in o ? o.digest : o.error))).toEqual(expected)
    expect(outcomes[150]).toMatchObject({ size: 9 * 1024 * 1024 + 3 })
  })

  it('hashes each file once when batches go to three threads as found, round after round', async () => {
    const dir = tempDir()
    const files = Array.from({ length: 40 * BATCH + 17 }, (_v, i) => {
      const file = path.join(dir, `g${i}.bin`)
      writeFileSync(file, Buffer.alloc((i * 131) % 9000, i % 253))
      return file
    })
    const expected = execFileSync('sha256sum', files, { encoding: 'utf8', maxBuffer: 1 << 24 })
      .trim()
      .split('\n')
      .map((line) => `sha256:${line.slice(0, 64)}`)
    const pool = new HashPool(4)
    try {
      for (const round of [files, [...files].reverse()]) {
        for (let start = 0; start < round.length; start += BATCH)
          pool.submit(round.slice(start, start + BATCH))
        // Results must cover every file exactly once, or HashOutcomes refuses them.
        const outcomes = await pool.collect()
        const want = round === files ? expected : [...expected].reverse()
        expect(outcomes.digests).toEqual(want)
      }
    } finally {
      await pool.close()
    }
  })

  it('fails, rather than waits, when a hashing thread has stopped', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.bin'), 'a')
    const pool = new HashPool(2)
    try {
      // The second file starts the thread.
      pool.submit([path.join(dir, 'a.bin')])
      pool.submit([path.join(dir, 'a.bin')])
      // The real thread, stopped from outside, as an out-of-memory kill would stop it.
      await threadsOf(pool)[0]!.terminate()
      await expect(pool.collect()).rejects.toThrow('a hashing thread stopped')
    } finally {
      await pool.close()
    }
  })

  it('starts its threads with the second file: a single file is hashed where it is collected', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.bin'), 'a')
    const pool = new HashPool(2)
    try {
      pool.submit([path.join(dir, 'a.bin')])
      expect(threadsOf(pool)).toHaveLength(0)
      expect((await pool.collect()).digests).toEqual([sha256('a')])
      expect(threadsOf(pool)).toHaveLength(0)
      pool.submit([path.join(dir, 'a.bin')])
      pool.submit([path.join(dir, 'a.bin')])
      expect(threadsOf(pool)).toHaveLength(1)
      expect((await pool.collect()).digests).toEqual([sha256('a'), sha256('a')])
    } finally {
      await pool.close()
    }
  })

  it('reports a directory and a missing file by code, not by throwing', async () => {
    const dir = tempDir()
    expect(await outcomeList([dir, path.join(dir, 'missing')], 1)).toEqual([
      { error: 'EISDIR' },
      { error: 'ENOENT' }
    ])
  })
})
