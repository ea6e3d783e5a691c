// Directory stores (docs/decisions.md, "Directory stores"): a directory the stores patterns match is one
// artifact, path with a trailing /, digest the in-toto dirHash of its files, as coreutils computes
// it; every rule a file meets holds for the files inside; a store's own rules; and the store
// digest the same from a walk, from shards and from a precomputed list.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { EXIT, runCli } from '../../src/cli/main.js'
import { collectInventory, type InventoryRequest } from '../../src/inventory/collect.js'
import { dirHash, isStoreEntry, storeMatcher } from '../../src/inventory/stores.js'
import { parseOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import {
  copyExample,
  exampleInputs,
  removeTempDirs,
  tempDir,
  writeTree
} from '../helpers/workspace.js'

afterAll(removeTempDirs)

const CUBE = 'data/processed/discharge_cube.zarr/'

const sha = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** The store digest as docs/decisions.md gives it, run in the store by coreutils. */
function coreutilsDirHash(store: string): string {
  const listing = execFileSync(
    'sh',
    ['-c', 'find . -type f | cut -c3- | LC_ALL=C sort | xargs -r sha256sum | sha256sum'],
    { cwd: store, encoding: 'utf8' }
  )
  return `sha256:${listing.slice(0, 64)}`
}

/** The same, written out here: sha256sum lines of the files by their names' bytes. */
function listingDirHash(store: string): string {
  const names = readdirSync(store, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(store, path.join(entry.parentPath, entry.name)))
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  const lines = names.map((name) => `${sha(readFileSync(path.join(store, name)))}  ${name}\n`)
  return `sha256:${sha(lines.join(''))}`
}

const request = (
  root: string,
  patterns: string[],
  stores: string[] = ['**/*.zarr'],
  extra: Partial<InventoryRequest> = {}
): InventoryRequest => ({
  root,
  display: (relative) => relative,
  input: 'artifacts',
  patterns,
  stores: storeMatcher(stores).matcher,
  ...extra
})

async function promoted(workspace: string, inputs: Record<string, string> = {}) {
  return promote(parseOptions(exampleInputs(inputs), workspace))
}

describe('a directory store', () => {
  it('is one artifact whose digest is the dirHash coreutils gives, names sorted by bytes', async () => {
    const root = tempDir()
    // `-`, `.` and `/` sort by bytes in that order; a locale-aware sort would not keep it.
    writeTree(root, {
      'x.zarr/a-b': '1',
      'x.zarr/a.b': '2',
      'x.zarr/a/b': '3',
      'x.zarr/B': '4',
      'x.zarr/_c/0.0': '5',
      'x.zarr/é/1': Buffer.from([0, 1, 2]),
      'plain.csv': 'p'
    })
    const inventory = await collectInventory(request(root, ['**']))
    expect(inventory.findings).toEqual([])
    const store = inventory.entries.find((entry) => entry.path === 'x.zarr/')!
    expect(store.digest).toBe(coreutilsDirHash(path.join(root, 'x.zarr')))
    expect(store.digest).toBe(listingDirHash(path.join(root, 'x.zarr')))
    expect(store).toMatchObject({ mediaType: 'application/vnd+zarr', size: 8, verified: true })
    expect(inventory.entries.map((entry) => entry.path)).toEqual(['plain.csv', 'x.zarr/'])
    expect(isStoreEntry(store) && store.files.map((file) => file.path)).toEqual([
      'x.zarr/B',
      'x.zarr/_c/0.0',
      'x.zarr/a-b',
      'x.zarr/a.b',
      'x.zarr/a/b',
      'x.zarr/é/1'
    ])
  })

  it('makes its digest from the files’ digests in any order, and escapes names as sha256sum does', () => {
    const files = [
      { path: 's/b', digest: `sha256:${'b'.repeat(64)}` },
      { path: 's/a', digest: `sha256:${'a'.repeat(64)}` }
    ]
    const listing = `${'a'.repeat(64)}  a\n${'b'.repeat(64)}  b\n`
    expect(dirHash(files, 's/')).toBe(`sha256:${sha(listing)}`)
    const odd = [{ path: 's/x\\y', digest: `sha256:${'c'.repeat(64)}` }]
    expect(dirHash(odd, 's/')).toBe(`sha256:${sha(`\\${'c'.repeat(64)}  x\\\\y\n`)}`)
  })

  it('takes every file in it, whatever the artifacts patterns exclude', async () => {
    const root = tempDir()
    writeTree(root, { 'x.zarr/.zattrs': '{}', 'x.zarr/0.0': 'a', 'x.zarr/t.tmp': 't' })
    const inventory = await collectInventory(request(root, ['**', '!**/*.tmp', '!**/.zattrs']))
    expect(inventory.entries.map((entry) => entry.path)).toEqual(['x.zarr/'])
    expect(inventory.entries[0]!.digest).toBe(coreutilsDirHash(path.join(root, 'x.zarr')))
  })

  it('takes its media type from media-types when a pattern names it', async () => {
    const root = tempDir()
    writeTree(root, { 'tiles.pyr/0/0/0.png': 'png' })
    const overrides = [{ pattern: '**/*.pyr', mediaType: 'application/vnd.pyramid' }]
    const inventory = await collectInventory(request(root, ['**'], ['**/*.pyr'], { overrides }))
    expect(inventory.entries).toMatchObject([
      { path: 'tiles.pyr/', mediaType: 'application/vnd.pyramid' }
    ])
  })

  it('is no store with the stores input empty: its files are artifacts', async () => {
    const root = tempDir()
    writeTree(root, { 'x.zarr/0.0': 'a', 'x.zarr/.zarray': '{}' })
    const inventory = await collectInventory(request(root, ['**'], []))
    expect(inventory.entries.map((entry) => entry.path)).toEqual(['x.zarr/.zarray', 'x.zarr/0.0'])
  })
})

describe('a store’s own rules', () => {
  it('refuses an empty store', async () => {
    const root = tempDir()
    writeTree(root, { 'a.csv': 'a' })
    mkdirSync(path.join(root, 'empty.zarr', 'inner'), { recursive: true })
    const inventory = await collectInventory(request(root, ['**']))
    expect(inventory.findings).toMatchObject([{ kind: 'STORE_EMPTY', path: 'empty.zarr/' }])
    expect(inventory.findings[0]!.message).toContain('"**/*.zarr"')
  })

  it('refuses a store inside a store, and still makes the outer one of every file', async () => {
    const root = tempDir()
    writeTree(root, { 'x.zarr/0.0': 'a', 'x.zarr/y.zarr/.zgroup': '{}' })
    const inventory = await collectInventory(request(root, ['**']))
    expect(inventory.findings.map((f) => [f.kind, f.path])).toEqual([
      ['STORE_NESTED', 'x.zarr/y.zarr/']
    ])
    expect(inventory.entries.map((entry) => entry.path)).toEqual(['x.zarr/'])
  })

  it('refuses a stores pattern that matches files inside a store, once per store and pattern', async () => {
    const root = tempDir()
    writeTree(root, { 'x.zarr/0.0': 'a', 'x.zarr/1.0': 'b', 'x.zarr/.zarray': '{}' })
    const inventory = await collectInventory(request(root, ['**'], ['**/*.zarr', '**/*.0']))
    expect(inventory.findings.map((f) => [f.kind, f.path])).toEqual([
      ['STORE_PATTERN_MATCHES_FILE', 'x.zarr/0.0']
    ])
    expect(inventory.findings[0]!.message).toContain('"**/*.0"')
  })

  it('refuses a stores pattern that leaves the root', () => {
    expect(storeMatcher(['../*.zarr']).findings).toMatchObject([
      { kind: 'PATTERN_OUTSIDE_ROOT', path: 'stores' }
    ])
  })
})

describe('path safety inside a store', () => {
  it('refuses a link out of the root and a dangling link inside a store', async () => {
    const root = tempDir()
    const outside = tempDir()
    writeTree(root, { 'x.zarr/0.0': 'a' })
    writeFileSync(path.join(outside, 'secret'), 's')
    symlinkSync(path.join(outside, 'secret'), path.join(root, 'x.zarr', '1.0'))
    symlinkSync('nothing-here', path.join(root, 'x.zarr', '2.0'))
    const inventory = await collectInventory(request(root, ['**']))
    expect(inventory.findings.map((f) => [f.kind, f.path]).sort()).toEqual([
      ['PATH_OUTSIDE_ROOT', 'x.zarr/1.0'],
      ['SYMLINK_DANGLING', 'x.zarr/2.0']
    ])
  })

  it('refuses two files of a store that differ only in case (gate E)', async () => {
    const workspace = copyExample()
    writeFileSync(path.join(workspace, CUBE, 'discharge', 'A.0'), 'a')
    writeFileSync(path.join(workspace, CUBE, 'discharge', 'a.0'), 'b')
    const result = await promoted(workspace)
    expect(result.violations.filter((v) => v.code === 'PATH_COLLISION')).toMatchObject([
      { path: `${CUBE}discharge/a.0` }
    ])
  })
})

describe('a store in a promotion', () => {
  it('is one manifest entry, one Statement subject under dirHash, and each of its files in the checksums file', async () => {
    const workspace = copyExample()
    const result = await promoted(workspace)
    expect(result.violations).toEqual([])
    const digest = coreutilsDirHash(path.join(workspace, CUBE))
    expect(result.manifest!.artifacts).toContainEqual({
      path: CUBE,
      digest,
      media_type: 'application/vnd+zarr'
    })
    const statement = JSON.parse(result.statementText!)
    expect(statement.subject).toContainEqual({
      name: CUBE,
      digest: { dirHash: digest.slice('sha256:'.length) }
    })
    const files = readdirSync(path.join(workspace, CUBE), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(workspace, path.join(entry.parentPath, entry.name)))
    const listed = result.checksumsText!.split('\n').map((line) => line.slice(66))
    expect(listed.filter((name) => name.startsWith(CUBE)).sort()).toEqual(files.sort())
    expect(listed).not.toContain(CUBE)
  })

  it('holds catalogs and receipts to the store digest, with links with or without the /', async () => {
    const workspace = copyExample()
    writeFileSync(path.join(workspace, CUBE, 'discharge', '0.0'), 'changed')
    const result = await promoted(workspace)
    const codes = new Set(result.violations.map((v) => v.code))
    expect(codes).toEqual(
      new Set(['CHECKSUM_MISMATCH', 'PROV_DIGEST_MISMATCH', 'RECEIPT_DIGEST_MISMATCH'])
    )
    expect(result.violations.every((v) => v.message.includes(CUBE))).toBe(true)
  })

  it('is not named by a receipt output without its trailing /', async () => {
    const workspace = copyExample()
    const receipt = path.join(workspace, 'receipts', 'run-2026-02-20.json')
    writeFileSync(
      receipt,
      readFileSync(receipt, 'utf8').replace(`"${CUBE}"`, `"${CUBE.slice(0, -1)}"`)
    )
    const result = await promoted(workspace)
    expect(result.violations.map((v) => [v.code, v.path])).toEqual([
      ['ARTIFACT_WITHOUT_RECEIPT', CUBE]
    ])
  })

  it('gives the same manifest bytes from a precomputed list of its files', async () => {
    const workspace = copyExample()
    const walked = await promoted(workspace)
    expect(walked.status).toBe('pass')
    const run = await runCli(
      [
        'inventory',
        '--workspace',
        workspace,
        '--artifacts',
        'data/processed/**',
        '--out',
        'list.json'
      ],
      { stdout: () => {}, stderr: () => {}, cwd: workspace }
    )
    expect(run).toBe(EXIT.pass)
    rmSync(path.join(workspace, 'promotion_manifest.json'))
    const listed = await promoted(workspace, { artifacts: '', 'artifacts-manifest': 'list.json' })
    expect(listed.violations).toEqual([])
    expect(listed.manifestText).toBe(walked.manifestText)
  })

  it('refuses a precomputed entry that names the store’s directory', async () => {
    const workspace = copyExample()
    const entry = { path: CUBE, digest: `sha256:${'0'.repeat(64)}`, media_type: 'x/y' }
    writeFileSync(path.join(workspace, 'list.json'), JSON.stringify([entry]))
    const result = await promoted(workspace, { 'artifacts-manifest': 'list.json' })
    expect(result.violations).toContainEqual(
      expect.objectContaining({ code: 'PRECOMPUTED_INVALID', path: 'list.json' })
    )
  })

  it.each([2, 5])(
    'gives the unsharded manifest byte for byte when its files fall in %i shards',
    async (count) => {
      const workspace = copyExample()
      const unsharded = await promoted(workspace)
      expect(unsharded.status).toBe('pass')
      const shards: string[] = []
      const holders = new Set<number>()
      for (let index = 1; index <= count; index++) {
        const out = `shard-${index}.json`
        const argv = ['inventory', '--artifacts', 'data/processed/**', '--out', out]
        const io = { stdout: () => {}, stderr: () => {}, cwd: workspace }
        expect(await runCli([...argv, '--shard', `${index}/${count}`], io)).toBe(EXIT.pass)
        const file = JSON.parse(readFileSync(path.join(workspace, out), 'utf8'))
        if (file.entries.some((e: { path: string }) => e.path.startsWith(CUBE))) holders.add(index)
        shards.push(out)
      }
      // The store's files are spread over more than one shard.
      expect(holders.size).toBeGreaterThan(1)
      const sharded = await promoted(workspace, {
        'artifacts-shards': shards.join('\n')
      })
      expect(sharded.violations).toEqual([])
      expect(sharded.manifestText).toBe(unsharded.manifestText)
      expect(sharded.checksumsText).toBe(unsharded.checksumsText)
    }
  )
})
