// Counts and times go stale: "1,795 tests … 6 minutes" was written once and was wrong a month
// later. The README and docs/ state no number of tests and no test duration (nothing here could
// check them without running the whole suite); a number of fixtures, where one is stated, must be
// the number in the folder.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { PROJECT } from '../helpers/runner.js'

const DOCS = path.join(PROJECT, 'docs')
const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(DOCS)
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`)
]
const read = (page: string): string => readFileSync(path.join(PROJECT, page), 'utf8')

/** "1,795 tests", "724 test cases", "349 of 1,795 tests". */
const TEST_COUNT =
  /\b\d[\d,]*\s+(?:(?:unit|e2e|end-to-end|jest)\s+)?(?:tests|test cases|test suites)\b/i
/** "about 6 minutes", "takes 3 min", "in 40 seconds" near the word test. */
const TEST_TIME = /\btests?\b[^.\n]{0,80}\b\d+(?:\.\d+)?\s*(?:minutes?|min|seconds?|s)\b/i
/** "68 fixtures", "97 hostile cases": the number, and the folder it counts. */
const FIXTURE_COUNT =
  /\b(\d[\d,]*)\s+(?:(?:(violation|hostile|cause)\s+)?fixtures|(violation|hostile|cause)\s+cases)\b/gi

const countFiles = (folder: string): number =>
  readdirSync(path.join(PROJECT, 'fixtures', folder)).filter((file) => file.endsWith('.json'))
    .length

describe.each(PAGES)('%s', (page) => {
  const text = read(page)

  it('states no number of tests', () => {
    expect(TEST_COUNT.exec(text)?.[0]).toBeUndefined()
  })

  it('states no time the tests take', () => {
    expect(TEST_TIME.exec(text)?.[0]).toBeUndefined()
  })

  it('states the number of fixtures, if at all, as the folder holds them', () => {
    for (const m of text.matchAll(FIXTURE_COUNT)) {
      const kind = (m[2] ?? m[3] ?? 'violation').toLowerCase()
      const folder = kind === 'cause' ? 'causes' : kind === 'hostile' ? 'hostile' : 'violations'
      const count = Number(m[1]!.replace(/,/g, ''))
      expect({ said: m[0], count }).toEqual({ said: m[0], count: countFiles(folder) })
    }
  })
})

describe('the checks themselves', () => {
  it('catch the sentences that went stale', () => {
    expect(TEST_COUNT.test('the whole test suite (1,795 tests in two jest projects')).toBe(true)
    expect(TEST_TIME.test('1,795 tests in two jest projects, about 6 minutes on 2 cores')).toBe(
      true
    )
    const stale = [...'68 fixtures; 97 hostile cases; in 2 cases'.matchAll(FIXTURE_COUNT)]
    expect(stale.map((m) => [m[1], m[2] ?? m[3]])).toEqual([
      ['68', undefined],
      ['97', 'hostile']
    ])
  })
})
