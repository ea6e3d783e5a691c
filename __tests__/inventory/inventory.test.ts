// Inventory: @actions/glob's pattern language over real trees, path safety, digests and media
// types, and precomputed lists verified against the files.
import { createHash } from 'node:crypto'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { collectInventory, type InventoryRequest } from '../../src/inventory/collect.js'
import { mediaTypeOf, COG, OCTET_STREAM } from '../../src/inventory/media-types.js'
import { isInside, normaliseRelative } from '../../src/model/paths.js'
import { parseOptions } from '../../src/options/parse.js'
import { removeTempDirs, tempDir, writeTree } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const sha = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`
const request = (
  root: string,
  patterns: string[],
  extra: Partial<InventoryRequest> = {}
): InventoryRequest => ({
  root,
  display: (relative) => relative,
  input: 'artifacts',
  patterns,
  ...extra
})
const paths = async (root: string, patterns: string[]): Promise<string[]> =>
  (await collectInventory(request(root, patterns))).entries.map((e) => e.path)
const codes = async (
  root: string,
  patterns: string[],
  extra: Partial<InventoryRequest> = {}
): Promise<string[]> =>
  (await collectInventory(request(root, patterns, extra))).findings.map((v) => v.kind)

describe('patterns', () => {
  const root = tempDir()
  writeTree(root, {
    'a/x.parquet': 'x',
    'a/b/y.parquet': 'y',
    'a/b/.hidden.json': 'h',
    'a/b/skip.tmp': 't',
    'a/.git/config': 'g',
    'a/name with spaces ü.csv': 'c',
    'other/z.json': 'z'
  })

  it('match with nested **, include hidden files, and never .git', async () => {
    expect(await paths(root, ['a/**'])).toEqual([
      'a/b/.hidden.json',
      'a/b/skip.tmp',
      'a/b/y.parquet',
      'a/name with spaces ü.csv',
      'a/x.parquet'
    ])
  })
  it('exclude with !', async () => {
    expect(await paths(root, ['a/**', '!**/*.tmp', '!a/b/.hidden.json'])).toEqual([
      'a/b/y.parquet',
      'a/name with spaces ü.csv',
      'a/x.parquet'
    ])
  })
  it('are sorted by UTF-8 bytes and hashed as on disk', async () => {
    const inventory = await collectInventory(request(root, ['other/*', 'a/x.parquet']))
    expect(inventory.entries).toEqual([
      {
        path: 'a/x.parquet',
        digest: sha('x'),
        mediaType: 'application/x-parquet',
        size: 1,
        verified: true
      },
      {
        path: 'other/z.json',
        digest: sha('z'),
        mediaType: 'application/json',
        size: 1,
        verified: true
      }
    ])
  })
  it('skip comment lines', async () => {
    expect(await paths(root, ['# processed only', 'other/*'])).toEqual(['other/z.json'])
  })
  it.each([
    ['../**', 'PATTERN_OUTSIDE_ROOT'],
    ['a/../../x', 'PATTERN_OUTSIDE_ROOT'],
    ['/etc/passwd', 'PATTERN_OUTSIDE_ROOT'],
    ['C:\\data\\*', 'PATTERN_OUTSIDE_ROOT'],
    ['c:/data/*', 'PATTERN_OUTSIDE_ROOT'],
    ['missing/**', 'PATTERN_MATCHES_NOTHING']
  ])('refuse %s', async (pattern, code) => {
    expect(await codes(root, [pattern])).toContain(code)
  })
  it('report each include pattern that matches nothing, even when others match', async () => {
    const violations = (await collectInventory(request(root, ['a/**', 'a/typo/**']))).findings
    expect(violations.map((v) => [v.kind, v.message])).toEqual([
      ['PATTERN_MATCHES_NOTHING', expect.stringContaining('"a/typo/**"')]
    ])
  })
  it('need at least one include', async () => {
    expect(await codes(root, ['!a/**'])).toEqual(['NO_PATTERNS'])
  })
  it('never inventory the output path', async () => {
    const inventory = await collectInventory(
      request(root, ['other/*', 'a/x.parquet'], {
        skip: new Set([path.join(root, 'other/z.json')])
      })
    )
    expect(inventory.entries.map((e) => e.path)).toEqual(['a/x.parquet'])
  })
})

describe('symbolic links', () => {
  it('to a file inside the root are inventoried by their own path', async () => {
    const root = tempDir()
    writeTree(root, { 'data/real.csv': 'r' })
    symlinkSync('real.csv', path.join(root, 'data/link.csv'))
    const inventory = await collectInventory(request(root, ['data/*']))
    expect(inventory.findings).toEqual([])
    expect(inventory.entries.map((e) => [e.path, e.digest])).toEqual([
      ['data/link.csv', sha('r')],
      ['data/real.csv', sha('r')]
    ])
  })
  it('out of the root are a violation', async () => {
    const outside = tempDir()
    writeTree(outside, { 'secret.txt': 's', 'dir/inner.txt': 'i' })
    const root = tempDir()
    writeTree(root, { 'data/ok.csv': 'ok' })
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'data/escape.txt'))
    symlinkSync(path.join(outside, 'dir'), path.join(root, 'data/escape-dir'))
    const inventory = await collectInventory(request(root, ['data/**']))
    expect(inventory.findings.map((v) => [v.kind, v.path])).toEqual([
      ['PATH_OUTSIDE_ROOT', 'data/escape-dir/inner.txt'],
      ['PATH_OUTSIDE_ROOT', 'data/escape.txt']
    ])
  })
  it('that dangle are a violation naming the link', async () => {
    const root = tempDir()
    writeTree(root, { 'data/ok.csv': 'ok' })
    symlinkSync('nowhere.csv', path.join(root, 'data/dangling.csv'))
    const inventory = await collectInventory(request(root, ['data/**']))
    expect(inventory.findings.map((v) => [v.kind, v.path])).toEqual([
      ['SYMLINK_DANGLING', 'data/dangling.csv']
    ])
  })
  it('in a loop end the walk without hanging', async () => {
    const root = tempDir()
    writeTree(root, { 'data/ok.csv': 'ok' })
    symlinkSync('..', path.join(root, 'data/loop'))
    const inventory = await collectInventory(request(root, ['data/**']))
    expect(inventory.entries.map((e) => e.path)).toContain('data/ok.csv')
  })
})

describe('precomputed lists', () => {
  const root = tempDir()
  writeTree(root, { 'data/a.parquet': 'a', 'data/b.parquet': 'b' })
  const list = (entries: unknown): InventoryRequest['precomputed'] => {
    const absolute = path.join(root, `list-${Math.random()}.json`)
    writeFileSync(absolute, JSON.stringify(entries, null, 2))
    return { absolute, path: 'list.json' }
  }

  it('are verified against the files present', async () => {
    const inventory = await collectInventory(
      request(root, [], {
        precomputed: list([
          { path: 'data/a.parquet', digest: sha('a'), media_type: 'application/x-parquet' }
        ])
      })
    )
    expect(inventory.findings).toEqual([])
    expect(inventory.entries).toEqual([
      {
        path: 'data/a.parquet',
        digest: sha('a'),
        mediaType: 'application/x-parquet',
        size: 1,
        verified: true
      }
    ])
  })
  it('report a digest that does not match the file', async () => {
    const precomputed = list([
      { path: 'data/a.parquet', digest: sha('changed'), media_type: 'application/x-parquet' }
    ])
    expect(await codes(root, [], { precomputed })).toEqual(['DIGEST_MISMATCH'])
  })
  it('keep an entry whose file is not present, marked unverified', async () => {
    const inventory = await collectInventory(
      request(root, [], {
        precomputed: list([
          { path: 'remote/c.parquet', digest: sha('c'), media_type: 'application/x-parquet' }
        ])
      })
    )
    expect(inventory.entries).toEqual([
      {
        path: 'remote/c.parquet',
        digest: sha('c'),
        mediaType: 'application/x-parquet',
        verified: false
      }
    ])
  })
  it('refuse a listed file that links out of the root', async () => {
    const outside = tempDir()
    writeTree(outside, { 'secret.txt': 's' })
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'data/linked.parquet'))
    const precomputed = list([
      { path: 'data/linked.parquet', digest: sha('s'), media_type: 'application/x-parquet' }
    ])
    expect(await codes(root, [], { precomputed })).toEqual(['PATH_OUTSIDE_ROOT'])
  })
  it('refuse a listed file that is a link to nothing, or under a directory linked out', async () => {
    symlinkSync('nowhere.parquet', path.join(root, 'data/dangling.parquet'))
    const outside = tempDir()
    writeTree(outside, { 'd/x.parquet': 'x' })
    symlinkSync(path.join(outside, 'd'), path.join(root, 'data/linked-dir'))
    const precomputed = list([
      { path: 'data/dangling.parquet', digest: sha('d'), media_type: 'application/x-parquet' },
      { path: 'data/linked-dir/x.parquet', digest: sha('x'), media_type: 'application/x-parquet' }
    ])
    expect(await codes(root, [], { precomputed })).toEqual([
      'SYMLINK_DANGLING',
      'PATH_OUTSIDE_ROOT'
    ])
  })
  it.each([
    [
      'a path outside the root',
      [{ path: '../x', digest: sha('x'), media_type: 'a/b' }],
      'PATH_OUTSIDE_ROOT'
    ],
    [
      'a short digest',
      [{ path: 'data/a.parquet', digest: 'sha256:2222', media_type: 'a/b' }],
      'DIGEST_INVALID'
    ],
    ['a missing media type', [{ path: 'data/a.parquet', digest: sha('a') }], 'PRECOMPUTED_INVALID'],
    [
      'the same path twice',
      [
        { path: 'data/a.parquet', digest: sha('a'), media_type: 'a/b' },
        { path: 'data/./a.parquet', digest: sha('a'), media_type: 'a/b' }
      ],
      'DUPLICATE_PATH'
    ],
    ['an object instead of a list', { path: 'data/a.parquet' }, 'PRECOMPUTED_INVALID']
  ])('refuse %s', async (_what, entries, code) => {
    expect(await codes(root, [], { precomputed: list(entries) })).toContain(code)
  })
})

describe('media types', () => {
  it.each([
    ['x/events.parquet', 'application/x-parquet'],
    ['x/events.geoparquet', 'application/x-parquet'],
    ['x/a.geojson', 'application/geo+json'],
    ['x/dcat.jsonld', 'application/ld+json'],
    ['x/collection.json', 'application/json'],
    ['x/dem.tif', COG],
    ['x/DEM.TIFF', COG],
    ['x/a.gpkg', 'application/geopackage+sqlite3'],
    ['x/a.fgb', 'application/vnd.flatgeobuf'],
    ['x/a.pmtiles', 'application/vnd.pmtiles'],
    ['x/a.csv', 'text/csv'],
    ['x/a.zip', 'application/zip'],
    ['x/a.nc', 'application/netcdf'],
    ['x/grid.zarr/0.0.1', 'application/vnd+zarr'],
    ['GRID.ZARR/.zattrs', 'application/vnd+zarr'],
    ['.zarr/0.0', OCTET_STREAM],
    ['x/.zarr/0.0', OCTET_STREAM],
    ['x/readme.md', 'text/markdown'],
    ['x/.md', 'text/markdown'],
    ['x/archive.tar.GZ', 'application/gzip'],
    ['x/ends-with-dot.', OCTET_STREAM],
    ['x/blob.unknownext', OCTET_STREAM],
    ['x/noext', OCTET_STREAM]
  ])('%s is %s', (file, type) => {
    expect(mediaTypeOf(file)).toBe(type)
  })
  it('can be overridden by pattern, first match first', () => {
    const overrides = [
      { pattern: 'raw/**/*.tif', mediaType: 'image/tiff; application=geotiff' },
      { pattern: '**/*.tif', mediaType: 'image/tiff' }
    ]
    expect(mediaTypeOf('raw/a/b.tif', overrides)).toBe('image/tiff; application=geotiff')
    expect(mediaTypeOf('x/b.tif', overrides)).toBe('image/tiff')
    expect(mediaTypeOf('x/b.csv', overrides)).toBe('text/csv')
  })
})

describe('normalising relative paths', () => {
  it('folds . segments and trailing slashes', () => {
    expect(normaliseRelative('./a//b/./c/')).toEqual({ ok: true, path: 'a/b/c' })
    expect(normaliseRelative('a/b/../c')).toEqual({ ok: true, path: 'a/c' })
  })
  it('refuses the root itself, NUL and backslashes', () => {
    expect(normaliseRelative('.').ok).toBe(false)
    expect(normaliseRelative('a\0b').ok).toBe(false)
    expect(normaliseRelative('a\\b').ok).toBe(false)
  })
})

describe('hashing', () => {
  it('streams a file larger than one read chunk', async () => {
    const root = tempDir()
    mkdirSync(path.join(root, 'd'))
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 7)
    writeFileSync(path.join(root, 'd/big.bin'), big)
    const [entry] = (await collectInventory(request(root, ['d/*']))).entries
    expect(entry?.digest).toBe(`sha256:${createHash('sha256').update(big).digest('hex')}`)
    expect(entry?.size).toBe(big.length)
  })
})

describe('inside a directory', () => {
  it('is the directory itself or below it, names beginning with .. included', () => {
    expect(isInside('/w', '/w')).toBe(true)
    expect(isInside('/w', '/w/a/b')).toBe(true)
    expect(isInside('/w', '/w/..qa.json')).toBe(true)
    expect(isInside('/w', '/w/../x')).toBe(false)
    expect(isInside('/w', '/x/w')).toBe(false)
    expect(isInside('/w', '/')).toBe(false)
  })

  it('decides how a document is shown: relative inside the workspace, absolute outside', () => {
    // As parseOptions shows the documents the inputs name (options/places.ts).
    const shown = (qaReport: string, root = '.') =>
      parseOptions({ 'dataset-slug': 'x', 'qa-report': qaReport, root }, '/w')
    expect(shown('/w/qa.json', '/w').rootPath).toBe('.')
    expect(shown('/w/qa/report.json').qaReport?.path).toBe('qa/report.json')
    expect(shown('/w/..qa.json').qaReport?.path).toBe('..qa.json')
    expect(shown('/elsewhere/qa.json').qaReport?.path).toBe('/elsewhere/qa.json')
  })
})
