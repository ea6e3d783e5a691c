// Which datasets a pull request changes, removes, or touches outside any dataset: the dataset
// roots found on a real tree, the pull request's files as GitHub lists them (status, old name),
// and the path matcher held to @actions/glob's own answers on the same tree.
import { jest } from '@jest/globals'
import path from 'node:path'
import type { ChangedFile } from '../../src/github/pull-request.js'
import { changedDatasetsSummary, SUMMARY_LIMITS } from '../../src/report/summary.js'
import { removeTempDirs, tempDir, writeTree } from '../helpers/workspace.js'

// @actions/glob (here and in findDatasetRoots) reports its search as `::debug::` workflow
// commands, noise in a test log: only its debug is silenced, the rest of @actions/core is real.
const core = await import('@actions/core')
jest.unstable_mockModule('@actions/core', () => ({ ...core, debug: () => {} }))
const glob = await import('@actions/glob')
const { classifyChanges, datasetGlobMatcher, findDatasetRoots } =
  await import('../../src/github/changed-datasets.js')

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
    expect(changes).toEqual({ changed: [], removed: [], outside: [] })
  })
})

describe('datasetGlobMatcher agrees with @actions/glob', () => {
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
    const matches = datasetGlobMatcher(pattern)
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
