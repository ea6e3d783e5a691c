// How a STAC href resolves to a path in the dataset root: only a relative path the gate resolves
// itself lands inside; backslashes, Windows drives and absolute file URLs never do.
import { ROOT_BASE, rootPathOfIri } from '../../src/catalogs/jsonld.js'
import { resolveHref } from '../../src/gates/d-hrefs.js'

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

  it('resolves plain relative paths (without a URL parser) as the URL parser does', () => {
    // Every combination of up to four segments of these, against documents at three depths:
    // dot segments, empty segments, names like dot segments, and the root's own first segment.
    const parts = ['..', '.', '', 'a', '...', '.b', 'c-d_e.json', ROOT_BASE.slice(8, -1)]
    const hrefs = ['']
    for (let depth = 0; depth < 4; depth++)
      for (const href of [...hrefs]) for (const part of parts) hrefs.push(`${href}/${part}`)
    const documents = ['x.json', 'catalog/x.json', 'catalog/stac/items/x.json', 'a/./b.json']
    let compared = 0
    for (const document of documents)
      for (const href of new Set(hrefs.map((h) => h.slice(1)))) {
        const expected = URL.canParse(href, ROOT_BASE + document)
          ? rootPathOfIri(new URL(href, ROOT_BASE + document).href)
          : 'invalid'
        expect([document, href, resolveHref(document, href)]).toEqual([document, href, expected])
        compared++
      }
    expect(compared).toBeGreaterThan(4 * 4000)
  })

  it('resolves against a base no document can guess: a token drawn for the run', () => {
    expect(ROOT_BASE).toMatch(/^file:\/\/\/kfm-dataset-root-[0-9a-f-]{36}\/$/)
    expect(resolveHref(item, `${ROOT_BASE}data/x.csv`)).toBe('data/x.csv')
  })
})
