// How a STAC href resolves to a path in the dataset root: only a relative path the gate resolves
// itself lands inside; backslashes, Windows drives and absolute file URLs never do.
import { ROOT_BASE } from '../../src/catalogs/jsonld.js'
import { resolveHref } from '../../src/gates/d-catalogs.js'

const item = 'catalog/stac/items/x.json'

describe('resolveHref', () => {
  it.each([
    ['../../../data/x.csv', 'data/x.csv'],
    ['./y.json', 'catalog/stac/items/y.json'],
    ['../../../../x.csv', 'outside'],
    ['https://example.org/x.csv', undefined],
    ['..\\..\\..\\data\\x.csv', 'invalid'],
    ['\\\\fileserver\\share\\x.csv', 'invalid'],
    ['C:/data/x.csv', 'invalid'],
    ['c:\\data\\x.csv', 'invalid'],
    ['file:///kfm-dataset-root/data/x.csv', 'outside'],
    ['file:///data/x.csv', 'outside']
  ])('%s → %s', (href, expected) => {
    expect(resolveHref(item, href)).toBe(expected)
  })

  it('resolves against a base no document can guess: a token drawn for the run', () => {
    expect(ROOT_BASE).toMatch(/^file:\/\/\/kfm-dataset-root-[0-9a-f-]{36}\/$/)
    expect(resolveHref(item, `${ROOT_BASE}data/x.csv`)).toBe('data/x.csv')
  })
})
