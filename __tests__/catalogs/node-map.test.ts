// Our flattening (node-map.ts) against the jsonld library's own flatten, on the reference DCAT
// documents, the example's, and documents made to reach every branch of the algorithm: the same
// nodes, values, order and blank-node labels. And linear: 20,000 values on one node.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import jsonld from 'jsonld'
import { flattenExpanded } from '../../src/catalogs/node-map.js'
import { PROJECT, REFERENCE } from '../helpers/runner.js'

const BASE = 'file:///kfm-dataset-root/catalog/x.jsonld'
const options = { base: BASE } as jsonld.Options.Expand

async function both(document: unknown): Promise<[unknown, unknown]> {
  const library = await jsonld.flatten(document as jsonld.JsonLdDocument, undefined, options)
  const expanded = await jsonld.expand(document as jsonld.JsonLdDocument, options)
  return [flattenExpanded(expanded), library]
}

const reference = readdirSync(path.join(REFERENCE, 'dcat')).map((f) =>
  path.join(REFERENCE, 'dcat', f)
)
const example = path.join(PROJECT, 'fixtures', 'workspaces', 'example', 'catalog', 'dcat.jsonld')

const ex = 'http://example.org/'
const made: Record<string, unknown> = {
  'blank nodes nested, referenced twice, and as a type': {
    '@context': { ex },
    '@id': 'ex:a',
    '@type': ['ex:T', '_:t'],
    'ex:p': [{ 'ex:q': 1 }, { '@id': '_:x', 'ex:q': 2 }, { '@id': '_:x' }, { 'ex:q': 1 }],
    'ex:r': { '@id': '_:x', 'ex:s': { '@id': '_:y' } }
  },
  'duplicate values de-duplicated, types and languages kept apart': {
    '@context': { ex, '@language': 'en' },
    '@id': 'ex:a',
    'ex:v': [
      'one',
      'one',
      { '@value': 'one', '@language': 'de' },
      { '@value': '1', '@type': 'ex:int' },
      { '@value': '1', '@type': 'ex:int' },
      { '@value': 1 },
      { '@value': true },
      { '@value': 'true' },
      { '@value': 'x', '@index': 'i' },
      { '@value': 'x' }
    ],
    'ex:empty': []
  },
  'lists, including lists of nodes, never de-duplicated': {
    '@context': { ex, 'ex:l': { '@container': '@list' } },
    '@id': 'ex:a',
    'ex:l': ['a', { '@id': 'ex:n', 'ex:q': 1 }, { 'ex:q': 2 }],
    'ex:m': [{ '@list': ['a'] }, { '@list': ['a'] }]
  },
  'reverse properties': {
    '@context': { ex, isPartOf: { '@reverse': 'ex:hasPart' } },
    '@id': 'ex:part',
    isPartOf: [{ '@id': 'ex:whole' }, { 'ex:name': 'anonymous whole' }]
  },
  'named graphs merged under their names, @included': {
    '@context': { ex },
    '@graph': [
      { '@id': 'ex:g1', '@graph': [{ '@id': 'ex:a', 'ex:p': 1 }, { '@id': 'ex:b' }] },
      { '@id': 'ex:a', 'ex:p': 2 },
      { '@graph': [{ '@id': 'ex:c', 'ex:p': 3 }] },
      { '@id': 'ex:d', '@included': [{ '@id': 'ex:e', 'ex:p': 4 }] }
    ]
  },
  'the same node across the document, properties merged': {
    '@context': { ex },
    '@graph': [
      { '@id': 'ex:a', 'ex:p': [1, 2], '@index': 'k' },
      { '@id': 'ex:a', 'ex:p': [2, 3], 'ex:q': { '@id': 'ex:a' } }
    ]
  },
  'many values of one property, repeated before and after the first eight': {
    '@context': { ex },
    '@id': 'ex:a',
    'ex:v': Array.from({ length: 30 }, (_v, i) =>
      i % 3 === 0
        ? { '@value': String(i % 4), '@type': 'ex:int' }
        : i % 3 === 1
          ? `s${i % 7}`
          : { '@id': `ex:n${i % 5}` }
    )
  },
  'relative IRIs resolved against the document': {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#' },
    '@id': '../dataset',
    'dcat:downloadURL': [{ '@id': '../data/a.csv' }, { '@id': '../data/a.csv' }]
  }
}

describe('flattenExpanded, against jsonld.flatten', () => {
  it.each(reference.map((file) => [path.basename(file), file]))('%s', async (_name, file) => {
    const [ours, library] = await both(JSON.parse(readFileSync(file, 'utf8')))
    expect(ours).toEqual(library)
  })

  it("the example's DCAT", async () => {
    const [ours, library] = await both(JSON.parse(readFileSync(example, 'utf8')))
    expect(ours).toEqual(library)
  })

  it.each(Object.entries(made))('%s', async (_name, document) => {
    const [ours, library] = await both(document)
    expect(JSON.stringify(ours)).toBe(JSON.stringify(library))
  })

  it('keeps 20,000 distinct values of one node, and drops 20,000 repeats', async () => {
    const values = Array.from({ length: 20_000 }, (_v, i) => ({ '@id': `${ex}d${i}` }))
    const expanded = [{ '@id': `${ex}dataset`, [`${ex}distribution`]: [...values, ...values] }]
    const [dataset] = flattenExpanded(expanded)
    expect((dataset![`${ex}distribution`] as unknown[]).length).toBe(20_000)
  })
})
