// The plain expansion (expand-plain.ts) against the jsonld library's expand: on every document it
// accepts, the same expanded form (keys, values, their order); on every other, undefined, so the
// library expands it. Documents: the reference DCAT, the example's, a generated release's, and
// thousands generated from a seeded grammar that reaches past the plain subset on purpose.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import jsonld from 'jsonld'
import { expandPlain } from '../../src/catalogs/expand-plain.js'
import { PROJECT, REFERENCE } from '../helpers/runner.js'

const BASE = 'file:///kfm-dataset-root-0000/catalog/sub/dcat.jsonld'
const DCT = 'http://purl.org/dc/terms/'
const { url } = jsonld as unknown as {
  url: { prependBase: (base: string, iri: string) => string }
}
const resolve = (iri: string) => url.prependBase(BASE, iri)

/** The library's expansion, or the message it fails with. */
async function library(document: unknown): Promise<unknown> {
  try {
    return await jsonld.expand(
      document as jsonld.JsonLdDocument,
      {
        base: BASE,
        documentLoader: async (url: string) => {
          throw new Error(`no loading ${url}`)
        }
      } as jsonld.Options.Expand
    )
  } catch (error) {
    return `failed: ${(error as Error).message}`
  }
}

/** Each document's plain expansion held to the library's; how many were plain. */
async function compare(documents: unknown[]): Promise<number> {
  let plain = 0
  for (const document of documents) {
    const ours = expandPlain(document, resolve)
    if (ours === undefined) continue
    plain++
    expect([document, ours]).toStrictEqual([document, await library(document)])
  }
  return plain
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))

describe('expandPlain, against jsonld.expand', () => {
  it('the reference DCAT documents (plain ones expanded, the rest left to the library)', async () => {
    const dir = path.join(REFERENCE, 'dcat')
    const documents = readdirSync(dir).map((f) => read(path.join(dir, f)))
    expect(documents.length).toBeGreaterThan(20)
    await compare(documents)
  })

  it("the example's DCAT and a generated release's, both plain", async () => {
    const example = read(
      path.join(PROJECT, 'fixtures', 'workspaces', 'example', 'catalog', 'dcat.jsonld')
    )
    const distributions = Array.from({ length: 50 }, (_v, i) => ({
      '@type': 'dcat:Distribution',
      'dct:title': `t${i}`,
      'dcat:downloadURL': { '@id': `../data/processed/tiles/0000/t${i}.csv` },
      'dcat:mediaType': 'text/csv',
      'dcat:byteSize': { '@value': String(i), '@type': 'xsd:nonNegativeInteger' }
    }))
    const release = {
      ...(example as Record<string, unknown>),
      'dcat:distribution': distributions
    }
    expect(await compare([example, release])).toBe(2)
  })

  it.each([
    ['two keys for one property, in key order', true, { 'dct:title': 'b', [`${DCT}title`]: 'a' }],
    ['a prefix alone as a key and as a type', true, { '@type': 'dcat', dct: { '@id': 'x' } }],
    ['"//" after the colon: an IRI, not a prefix', true, { 'dct://x': 1, '@id': 'dct://y' }],
    ['blank nodes as identifiers', true, { '@id': '_:a', 'dct:p': { '@id': '_:b' } }],
    ['an identifier alone, which the library drops', false, { '@id': 'x' }],
    ['nothing but the context', false, {}],
    ['@graph', false, { '@graph': [{ '@id': 'x', 'dct:title': 't' }] }],
    ['a language-tagged value', false, { 'dct:title': { '@value': 't', '@language': 'en' } }],
    ['null', false, { 'dct:title': null }],
    ['an empty array', false, { 'dct:title': [] }],
    ['a nested array', false, { 'dct:title': [['t']] }],
    ['a relative key', false, { title: 't' }],
    ['a blank-node key', false, { '_:p': 't' }],
    ['a blank-node type', false, { '@type': '_:t', 'dct:title': 't' }]
  ])('%s (plain: %s)', async (_name, plain, node) => {
    const document = { '@context': { dct: DCT, dcat: 'http://www.w3.org/ns/dcat#' }, ...node }
    expect(await compare([document])).toBe(plain ? 1 : 0)
  })

  it('thousands of generated documents, in the plain subset and just outside it', async () => {
    const documents = Array.from({ length: 3000 }, (_v, i) => generated(i + 1))
    const plain = await compare(documents)
    // Both kinds are there in number: what is compared, and what is left to the library.
    expect(plain).toBeGreaterThan(600)
    expect(plain).toBeLessThan(2400)
  })
})

// ---- A seeded grammar of JSON-LD documents -----------------------------------------------------

function generator(seed: number) {
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(next() * choices.length)]!
  return { next, pick }
}

const PREFIXES: Record<string, string> = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  http: 'https://example.org/odd/'
}
/** Odd context entries, each of which puts a document outside the plain subset. */
const ODD_CONTEXT: Array<[string, unknown]> = [
  ['@vocab', 'http://example.org/v/'],
  ['@base', 'http://example.org/b/'],
  ['@language', 'en'],
  ['title', { '@id': 'dct:title', '@type': '@id' }],
  ['ex', 'http://example.org/no-delimiter'],
  ['ex', 'dct:'],
  ['type', '@type']
]
const KEYS = [
  'dct:title',
  'dcat:mediaType',
  'dcat:downloadURL',
  'dct:license',
  'http://purl.org/dc/terms/title',
  'dct',
  'unknown:thing',
  'dct://odd',
  'http://x',
  'title',
  '_:b1',
  '@index',
  '@graph',
  '@reverse',
  '@foo',
  'dct:a b'
]
const IRIS = [
  '../data/a.csv',
  './b.csv',
  'c.csv',
  '',
  '../../../../escape.csv',
  'http://example.org/x',
  'https://creativecommons.org/licenses/by/4.0/',
  'dct:x',
  'dcat',
  'unknown:y',
  '_:n1',
  '_:n2',
  '@id',
  '@foo',
  '#frag',
  '?q=1',
  '//host/p',
  'a b'
]
const TYPES = ['dcat:Distribution', 'dcat:Dataset', 'xsd:string', 'dcat', '_:t', 'rel', '@json']

/**
 * A document: half of them drawn from the plain choices alone (the first entries of the lists
 * above), half from all of them, so some of those fall just outside the plain subset.
 */
function generated(seed: number): Record<string, unknown> {
  const { next, pick } = generator(seed)
  const wild = next() < 0.5
  /** True with probability p, in a wild document only. */
  const odd = (p: number) => wild && next() < p
  const choose = <T>(list: readonly T[], plain: number): T =>
    wild ? pick(list) : pick(list.slice(0, plain))
  const context: Record<string, unknown> = {}
  for (const [prefix, iri] of Object.entries(PREFIXES)) if (next() < 0.8) context[prefix] = iri
  if (odd(0.3)) {
    const [key, value] = pick(ODD_CONTEXT)
    context[key] = value
  }
  const literal = (): unknown =>
    pick([
      () => `s${Math.floor(next() * 3)}`,
      () => 7,
      () => 2.5,
      () => true,
      () => '',
      () => (odd(0.5) ? null : 'n')
    ])()
  const valueObject = (): unknown => {
    const object: Record<string, unknown> = { '@value': odd(0.1) ? [1] : literal() }
    if (next() < 0.5) object['@type'] = choose(TYPES, 4)
    if (odd(0.1)) object['@language'] = 'EN'
    if (odd(0.05)) object['@index'] = 'i'
    return object
  }
  const node = (depth: number): Record<string, unknown> => {
    const object: Record<string, unknown> = {}
    if (next() < 0.6) object['@id'] = odd(0.05) ? 5 : choose(IRIS, 12)
    if (next() < 0.6)
      object['@type'] = next() < 0.7 ? choose(TYPES, 4) : [choose(TYPES, 4), choose(TYPES, 4)]
    if (odd(0.05)) object['@type'] = []
    if (depth > 0 && odd(0.05)) object['@context'] = { ex: 'http://example.org/' }
    const count = 1 + Math.floor(next() * 4)
    for (let i = 0; i < count; i++) object[choose(KEYS, 8)] = values(depth)
    return object
  }
  const item = (depth: number): unknown =>
    pick([
      literal,
      literal,
      valueObject,
      () => ({ '@id': odd(0.1) ? null : choose(IRIS, 12) }),
      () => (depth < 2 ? node(depth + 1) : literal()),
      () => (odd(0.5) ? [literal()] : odd(0.5) ? {} : literal())
    ])()
  const values = (depth: number): unknown => {
    if (next() < 0.5) return item(depth)
    const length = (odd(0.2) ? 0 : 1) + Math.floor(next() * 3)
    return Array.from({ length }, () => item(depth))
  }
  const document = node(0)
  if (!odd(0.1)) document['@context'] = odd(0.1) ? [context] : context
  return document
}
