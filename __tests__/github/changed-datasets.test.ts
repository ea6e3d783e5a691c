// Which datasets a pull request changes, removes, or touches outside any dataset: the dataset
// roots found on a real tree, the pull request's files as GitHub lists them (status, old name),
// and the path matcher held to @actions/glob's own answers on the same tree.
import { jest } from '@jest/globals'
import { mkdirSync, symlinkSync, unlinkSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import type { ChangedFile } from '../../src/github/pull-request.js'
import { changedDatasetsSummary, SUMMARY_LIMITS } from '../../src/report/summary.js'
import { removeTempDirs, tempDir, writeTree } from '../helpers/workspace.js'

// @actions/glob (here and in findDatasetRoots) reports its search as `::debug::` workflow
// commands, noise in a test log: only its debug is silenced, the rest of @actions/core is real.
const core = await import('@actions/core')
jest.unstable_mockModule('@actions/core', () => ({ ...core, debug: () => {} }))
const glob = await import('@actions/glob')
const { classifyChanges, findDatasetRoots } = await import('../../src/github/changed-datasets.js')
const { datasetGlobCover } = await import('../../src/github/dataset-globs.js')

afterAll(removeTempDirs)

function workspace(files: Record<string, string> = {}): string {
  const ws = tempDir()
  writeTree(ws, {
    'datasets/river_gauges/spec.yaml': 'dataset: river_gauges\n',
    'datasets/river_gauges/data/a.csv': 'a',
    'datasets/soil_moisture/spec.json': '{}',
    'datasets/scratch/readme.md': 'no spec',
    'datasets/README.md': 'about the datasets',
    'docs/guide.md': 'not a dataset file',
    ...files
  })
  return ws
}

async function classify(ws: string, files: ChangedFile[], patterns = 'datasets/*') {
  return classifyChanges(await findDatasetRoots(ws, patterns), files, patterns)
}

const modified = (p: string): ChangedFile => ({ path: p, status: 'modified' })
const removed = (p: string): ChangedFile => ({ path: p, status: 'removed' })

describe('classifyChanges', () => {
  it('puts a path under a dataset root into that dataset, and ignores paths the globs miss', async () => {
    const changes = await classify(workspace(), [
      modified('datasets/river_gauges/data/a.csv'),
      modified('docs/guide.md'),
      modified('README.md')
    ])
    expect(changes.changed.map((d) => d.dataset)).toEqual(['river_gauges'])
    expect(changes.removed).toEqual([])
    expect(changes.outside).toEqual([])
  })

  it('a deleted spec with no spec left is a removed dataset, listing its changed paths', async () => {
    // The head no longer has land_cover's spec; one of its data files is still there.
    const ws = workspace({ 'datasets/land_cover/data/keep.tif': 'x' })
    const changes = await classify(ws, [
      removed('datasets/land_cover/spec.yml'),
      removed('datasets/land_cover/data/old.tif'),
      modified('datasets/land_cover/data/keep.tif')
    ])
    expect(changes.changed).toEqual([])
    expect(changes.removed).toEqual([
      {
        dataset: 'land_cover',
        root: 'datasets/land_cover',
        spec: 'datasets/land_cover/spec.yml',
        files: [
          'datasets/land_cover/data/keep.tif',
          'datasets/land_cover/data/old.tif',
          'datasets/land_cover/spec.yml'
        ]
      }
    ])
    expect(changes.outside).toEqual([])
  })

  it('a spec replaced by another spec name is no removal: the dataset is still there', async () => {
    const changes = await classify(workspace(), [
      { path: 'datasets/soil_moisture/spec.json', status: 'removed' },
      { path: 'datasets/soil_moisture/spec.yaml', status: 'added' }
    ])
    expect(changes.removed).toEqual([])
    expect(changes.changed.map((d) => d.dataset)).toEqual(['soil_moisture'])
  })

  it('renaming a dataset directory removes the old dataset and changes the new one', async () => {
    const ws = workspace({ 'datasets/gauges/spec.yaml': 'dataset: gauges\n' })
    const changes = await classify(ws, [
      {
        path: 'datasets/gauges/spec.yaml',
        status: 'renamed',
        previous: 'datasets/old_gauges/spec.yaml'
      }
    ])
    expect(changes.changed.map((d) => d.root)).toEqual(['datasets/gauges'])
    expect(changes.removed.map((d) => [d.root, d.files])).toEqual([
      ['datasets/old_gauges', ['datasets/old_gauges/spec.yaml']]
    ])
  })

  it('a spec renamed to a name that is no spec removes the dataset', async () => {
    const ws = workspace({ 'datasets/land_cover/spec.yaml.bak': 'x' })
    const changes = await classify(ws, [
      {
        path: 'datasets/land_cover/spec.yaml.bak',
        status: 'renamed',
        previous: 'datasets/land_cover/spec.yaml'
      }
    ])
    expect(changes.removed.map((d) => d.root)).toEqual(['datasets/land_cover'])
    expect(changes.outside).toEqual([])
  })

  it('a path the globs cover in no dataset is outside any dataset, matched directory or file', async () => {
    const changes = await classify(workspace(), [
      modified('datasets/scratch/readme.md'),
      modified('datasets/README.md'),
      { path: 'datasets/new_place/x.tif', status: 'renamed', previous: 'elsewhere/x.tif' }
    ])
    expect(changes.changed).toEqual([])
    expect(changes.outside).toEqual([
      'datasets/README.md',
      'datasets/new_place/x.tif',
      'datasets/scratch/readme.md'
    ])
  })

  it('a file moved out of a dataset changes the dataset it left', async () => {
    const changes = await classify(workspace(), [
      {
        path: 'archive/a.csv',
        status: 'renamed',
        previous: 'datasets/river_gauges/data/a.csv'
      }
    ])
    expect(changes.changed.map((d) => d.dataset)).toEqual(['river_gauges'])
    expect(changes.outside).toEqual([])
  })

  it('an excluded directory is neither a dataset nor outside one', async () => {
    const changes = await classify(
      workspace(),
      [modified('datasets/scratch/readme.md'), removed('datasets/scratch/spec.yaml')],
      'datasets/*\n!datasets/scratch'
    )
    expect(changes).toEqual({ changed: [], removed: [], outside: [], unusable: [] })
  })
})

describe('a dataset stops being one however it stops', () => {
  it('a spec turned into a dangling link (listed as modified) is a removal, its data changes with it', async () => {
    const ws = workspace()
    unlinkSync(path.join(ws, 'datasets/river_gauges/spec.yaml'))
    symlinkSync('nowhere.yaml', path.join(ws, 'datasets/river_gauges/spec.yaml'))
    const changes = await classify(ws, [
      modified('datasets/river_gauges/spec.yaml'),
      modified('datasets/river_gauges/data/a.csv')
    ])
    expect(changes.changed).toEqual([])
    expect(changes.outside).toEqual([])
    expect(changes.removed.map((r) => [r.root, r.files])).toEqual([
      [
        'datasets/river_gauges',
        ['datasets/river_gauges/data/a.csv', 'datasets/river_gauges/spec.yaml']
      ]
    ])
    // And the link itself is refused, whatever the listing says.
    expect(changes.unusable.map((u) => u.path)).toEqual(['datasets/river_gauges/spec.yaml'])
  })

  it.each(['changed', 'modified', 'unchanged'])(
    'a spec listed as %s with no spec left in its root is a removal',
    async (status) => {
      const ws = workspace()
      unlinkSync(path.join(ws, 'datasets/river_gauges/spec.yaml'))
      const changes = await classify(ws, [{ path: 'datasets/river_gauges/spec.yaml', status }])
      expect(changes.removed.map((r) => r.root)).toEqual(['datasets/river_gauges'])
    }
  )

  it('a spec that became a directory is a removal and is refused', async () => {
    const ws = workspace()
    unlinkSync(path.join(ws, 'datasets/river_gauges/spec.yaml'))
    mkdirSync(path.join(ws, 'datasets/river_gauges/spec.yaml'))
    const changes = await classify(ws, [
      removed('datasets/river_gauges/spec.yaml'),
      { path: 'datasets/river_gauges/spec.yaml/x', status: 'added' }
    ])
    expect(changes.removed.map((r) => r.root)).toEqual(['datasets/river_gauges'])
    expect(changes.unusable[0]!.reason).toContain('is a directory, not a spec file')
  })

  it('a spec that is a named pipe is refused without being opened', async () => {
    const ws = workspace()
    expect(spawnSync('mkfifo', [path.join(ws, 'datasets/scratch/spec.json')]).status).toBe(0)
    const changes = await classify(ws, [modified('datasets/scratch/readme.md')])
    expect(changes.unusable).toEqual([
      {
        path: 'datasets/scratch/spec.json',
        reason: expect.stringContaining('not a regular file') as unknown as string
      }
    ])
  })

  it('a copied spec keeps its source a dataset; a copy where none is left is a removal', async () => {
    const changes = await classify(workspace(), [
      { path: 'datasets/new/spec.yaml', status: 'copied', previous: 'datasets/gone/spec.yaml' }
    ])
    expect(changes.removed.map((r) => r.root)).toEqual(['datasets/gone'])
    expect(changes.outside).toEqual(['datasets/new/spec.yaml'])
  })
})

describe('a dataset root is a directory of the workspace, never a link', () => {
  it('a root linked out of the workspace is refused and kept out of the matrix', async () => {
    const outside = tempDir()
    writeTree(outside, { 'spec.yaml': 'dataset: evil\n', 'catalog/dcat.jsonld': '{}' })
    const ws = workspace()
    symlinkSync(outside, path.join(ws, 'datasets/evil'))
    const changes = await classify(ws, [modified('datasets/evil/catalog/dcat.jsonld')])
    expect(changes.changed).toEqual([])
    expect(changes.unusable).toEqual([
      {
        path: 'datasets/evil',
        reason: expect.stringContaining('a directory outside the workspace') as unknown as string
      }
    ])
  })

  it('a root linked to another dataset is refused too (one dataset, gated twice or elsewhere)', async () => {
    const ws = workspace()
    symlinkSync('river_gauges', path.join(ws, 'datasets/alias'))
    const { roots, unusable } = await findDatasetRoots(ws, 'datasets/*')
    expect(roots.map((r) => r.root)).toEqual(['datasets/river_gauges', 'datasets/soil_moisture'])
    expect(unusable.map((u) => u.path)).toEqual(['datasets/alias'])
    expect(unusable[0]!.reason).toContain('a directory in the workspace')
  })

  it('a link that leads to no spec is no root, and the paths under it are outside any dataset', async () => {
    const ws = workspace()
    symlinkSync('../docs', path.join(ws, 'datasets/docs'))
    const changes = await classify(ws, [modified('datasets/docs/guide.md')])
    expect(changes.unusable).toEqual([])
    expect(changes.outside).toEqual(['datasets/docs/guide.md'])
  })

  it('a root reached through a linked directory above it is refused', async () => {
    const ws = tempDir()
    writeTree(ws, { 'real/x/spec.yaml': 'dataset: x\n' })
    symlinkSync('real', path.join(ws, 'datasets'))
    const found = await findDatasetRoots(ws, 'datasets/*')
    // @actions/glob does not walk a linked search path without following links: nothing found,
    // and a change under it is outside any dataset. Either way nothing is gated through the link.
    expect(found.roots).toEqual([])
    const changes = classifyChanges(found, [modified('datasets/x/data.csv')], 'datasets/*')
    expect(changes.outside).toEqual(['datasets/x/data.csv'])
  })
})

describe("classifying is linear in the paths' length", () => {
  // 3,000 paths 1,200 directories deep took over 60 s when every prefix was matched against the
  // globs (quadratic in depth). The work is counted, not timed: one glob step per segment and
  // pattern line at most, whatever the depth. (bench: time it with BENCH_ONLY=changed-datasets.)
  const deep = Array.from({ length: 1200 }, (_v, i) => `d${i % 10}`).join('/')
  const found = {
    roots: [{ dataset: 'river_gauges', root: 'datasets/river_gauges', spec: 'x/spec.yaml' }],
    unusable: []
  }
  it.each([
    ['datasets/*', 1499],
    ['datasets/**', 1499],
    // Every prefix the first line matches, the last excludes: nothing is outside.
    ['datasets/**/d1/**\n!datasets/scratch/d0/**', 0]
  ])('%j: glob steps at most segments × lines', (patterns, outsideCount) => {
    const owned = Array.from({ length: 1500 }, (_v, i) =>
      modified(`datasets/river_gauges/${deep}/f${i}.csv`)
    )
    const outside = Array.from({ length: 1499 }, (_v, i) =>
      modified(`datasets/scratch/${deep}/f${i}.csv`)
    )
    const files = [...owned, ...outside]
    const meter = { steps: 0 }
    const changes = classifyChanges(found, files, patterns, meter)
    expect(changes.changed.map((d) => d.dataset)).toEqual(['river_gauges'])
    expect(changes.outside).toHaveLength(outsideCount)
    const segments = files.reduce((sum, f) => sum + f.path.split('/').length, 0)
    expect(meter.steps).toBeGreaterThan(0)
    expect(meter.steps).toBeLessThanOrEqual(segments * patterns.split('\n').length)
  })
})

describe('datasetGlobCover agrees with @actions/glob', () => {
  const tree = {
    'datasets/a/spec.yaml': '',
    'datasets/a/deep/x.csv': '',
    'datasets/.hidden/spec.yaml': '',
    'datasets/b/c/spec.json': '',
    'datasets/notes.md': '',
    'data[1]/d/spec.yaml': '',
    'other/e/spec.yaml': ''
  }
  const patterns = [
    'datasets/*',
    'datasets/**',
    'datasets/*/c',
    '**/spec.yaml',
    'datasets/*\n!datasets/a',
    '!datasets/a\ndatasets/*',
    'datasets/[ab]',
    'data[[]1]/*',
    '*/*/c'
  ]

  it.each(patterns)('%j', async (pattern) => {
    const ws = tempDir()
    writeTree(ws, tree)
    const lines = pattern
      .split('\n')
      .map((l) => (l.startsWith('!') ? `!${ws}/${l.slice(1)}` : `${ws}/${l}`))
    const globber = await glob.create(lines.join('\n'), {
      matchDirectories: true,
      implicitDescendants: false,
      followSymbolicLinks: false
    })
    const expected = (await globber.glob())
      .map((p) => path.relative(ws, p).split(path.sep).join('/'))
      .sort()
    const every = new Set(
      Object.keys(tree).flatMap((file) => {
        const parts = file.split('/')
        return parts.map((_p, i) => parts.slice(0, i + 1).join('/'))
      })
    )
    const cover = datasetGlobCover(pattern)
    const matches = (relative: string) => cover(relative).last
    expect([...every].filter(matches).sort()).toEqual(expected)
    expect(expected.length).toBeGreaterThan(0)
  })
})

describe('changedDatasetsSummary', () => {
  const hostile = 'datasets/gone/[x](https://evil.example) @org/team\n::error::pwned|cell'
  const report = (allowRemovals: boolean, files: string[]) => ({
    changed: [],
    removed: [{ dataset: 'gone', root: 'datasets/gone', spec: 'datasets/gone/spec.yaml', files }],
    outside: ['datasets/README.md'],
    total: 2,
    allowRemovals,
    allowOutside: true
  })

  it('says which decision is refused and which is only listed', () => {
    const summary = changedDatasetsSummary(report(false, ['datasets/gone/spec.yaml']))
    expect(summary).toContain('### ❌ Removed datasets: 1 (not allowed: allow-removals is false)')
    expect(summary).toContain(
      '### Changed outside any dataset: 1 (listed; allow-outside-datasets is true)'
    )
    expect(summary).toContain('| gone | datasets/gone/spec.yaml |')
    expect(summary).toContain('| datasets/README.md |')
  })

  it('escapes a hostile path: one cell, no link, no mention, no line break', () => {
    const summary = changedDatasetsSummary(report(true, [hostile]))
    const row = summary.split('\n').find((l) => l.includes('evil'))!
    expect(row).toBe(
      '| gone | datasets/gone/\\[x\\](https:\u2060//evil.example) @\u2060org/team ::error::pwned\\|cell |'
    )
    expect(summary.split('\n').some((l) => l.startsWith('::'))).toBe(false)
  })

  it('bounds the listed paths by count, and says how many more', () => {
    const files = Array.from({ length: 600 }, (_v, i) => `datasets/gone/f${i}`)
    const summary = changedDatasetsSummary(report(true, files))
    const rows = summary.split('\n').filter((l) => l.startsWith('| gone | datasets/gone/f'))
    expect(rows).toHaveLength(SUMMARY_LIMITS.inventoryRows)
    expect(summary).toContain(`… and ${600 - SUMMARY_LIMITS.inventoryRows} more paths.`)
  })

  it('bounds it by bytes too', () => {
    const files = Array.from({ length: 400 }, (_v, i) => `datasets/gone/${'x'.repeat(300)}${i}`)
    const summary = changedDatasetsSummary(report(true, files), {
      ...SUMMARY_LIMITS,
      bytes: 20 * 1024
    })
    expect(Buffer.byteLength(summary)).toBeLessThan(20 * 1024)
    expect(summary).toMatch(/… and \d+ more paths\./)
  })
})
