// "Did you mean …?" for a pattern that matches nothing, on real trees: the pattern written from
// the workspace instead of the dataset root, a name in another letter case, a directory name with
// a typo. A guess is offered only when it finds a file, and finding out is a bounded walk.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { crawl, globEscape } from '../../src/inventory/crawl.js'
import { findFiles } from '../../src/inventory/find-files.js'
import { HINT_LIMIT, HINTS_PER_INPUT, patternHint } from '../../src/inventory/pattern-hint.js'
import { rootDisplay } from '../../src/options/parse.js'
import { removeTempDirs, tempDir, writeTree } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const NONE: ReadonlySet<string> = new Set()

describe('patternHint', () => {
  const workspace = tempDir()
  writeTree(workspace, {
    'datasets/river/data/processed/a.parquet': 'a',
    'datasets/river/data/processed/b.csv': 'b',
    'datasets/river/data/raw/c.json': 'c',
    'datasets/river/tiles/t1/x.tif': 'x',
    'datasets/river/tiles/t2/y.tif': 'y'
  })
  const root = path.join(workspace, 'datasets/river')
  const hint = (pattern: string) => patternHint(root, 'datasets/river', pattern, NONE)

  it.each([
    ['datasets/river/data/processed/**', 'data/processed/**', ['workspace']],
    ['datasets/river', '**', ['workspace']],
    ['data/Processed/*.parquet', 'data/processed/*.parquet', ['case']],
    ['data/processed/B.CSV', 'data/processed/b.csv', ['case']],
    ['data/procesed/**', 'data/processed/**', ['spelling']],
    [
      'datasets/river/Data/procesed/*.csv',
      'data/processed/*.csv',
      ['workspace', 'case', 'spelling']
    ]
  ])('%s → %s', (pattern, meant, because) => {
    expect(hint(pattern)).toEqual({ pattern: meant, because })
  })

  it.each([
    // The guess exists but finds no file of that kind.
    ['datasets/river/data/processed/*.tif'],
    // A file name is not guessed at: a file listed by name may just not be there yet.
    ['data/processed/a.parqet'],
    // Two names are as near as each other: no guess between them.
    ['tiles/t3/*.tif'],
    // Nothing resembles it.
    ['derived/**'],
    // A glob segment is not spelled: the names after it are not looked up.
    ['*/procesed/**']
  ])('%s gets no hint', (pattern) => {
    expect(hint(pattern)).toBeUndefined()
  })

  it('says nothing of the workspace when the root is the workspace', () => {
    expect(patternHint(workspace, '.', 'datasets/river/data/procesed/**', NONE)).toEqual({
      pattern: 'datasets/river/data/processed/**',
      because: ['spelling']
    })
  })
})

describe('a hint costs a bounded walk', () => {
  it('stops after HINT_LIMIT entries, so a file past them gives no hint', () => {
    const root = tempDir()
    const data = path.join(root, 'data')
    // More directories than the bound, all before the one file in walk order.
    for (let i = 0; i < HINT_LIMIT.entries + 100; i++)
      mkdirSync(path.join(data, `d${String(i).padStart(5, '0')}`), { recursive: true })
    writeTree(root, { 'data/zz/file.csv': 'z' })
    const walk = crawl([`${globEscape(root)}/data/**/*.csv`], new Set(), undefined, HINT_LIMIT)
    expect(walk.cut).toBe(true)
    expect(walk.files).toEqual([])
    expect(patternHint(root, '.', 'Data/**/*.csv', NONE)).toBeUndefined()
    // The same guess in a small tree is offered.
    const small = tempDir()
    writeTree(small, { 'data/zz/file.csv': 'z' })
    expect(patternHint(small, '.', 'Data/**/*.csv', NONE)?.pattern).toBe('data/**/*.csv')
  })

  it('is looked for on the first HINTS_PER_INPUT patterns that match nothing only', async () => {
    const root = tempDir()
    writeTree(root, { 'data/a.csv': 'a' })
    const patterns = Array.from({ length: HINTS_PER_INPUT + 2 }, (_v, i) => `DATA/${i}/../a.csv`)
    const found = await findFiles(root, patterns, 'artifacts', rootDisplay('.'))
    const messages = found.findings.map((f) => f.message)
    expect(messages).toHaveLength(HINTS_PER_INPUT + 2)
    expect(messages.filter((m) => m.includes('did you mean "data/a.csv"?'))).toHaveLength(
      HINTS_PER_INPUT
    )
    expect(messages.at(-1)).toMatch(/matches no file under the dataset root; fix or remove it\.$/)
    expect(found.findings[0]!.patterns).toEqual(['DATA/a.csv', 'data/a.csv'])
    expect(found.findings.at(-1)!.patterns).toEqual(['DATA/a.csv'])
  })
})
