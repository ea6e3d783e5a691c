// The catalog readers on documents written for the test: JSON-LD read as JSON-LD, PROV in both
// serialisations, STAC's official schemas, and the remote-context refusal.
import { ROOT_BASE } from '../../src/catalogs/jsonld.js'
import { unreadableCatalogs } from '../../src/gates/d-catalogs.js'
import { multihashToDigest } from '../../src/catalogs/stac.js'
import { resolveHref } from '../../src/gates/d-hrefs.js'
import { readCatalogDocument } from '../helpers/catalogs.js'
import { removeTempDirs } from '../helpers/workspace.js'

afterAll(removeTempDirs)

async function readOne(value: unknown, name = 'catalog/doc.jsonld') {
  const reading = await readCatalogDocument(value, name)
  // Read, then judged as gate D judges a file it cannot read.
  return { ...reading, violations: unreadableCatalogs(reading.unreadable) }
}

const LICENSE = 'https://creativecommons.org/licenses/by/4.0/'

describe('DCAT is read as JSON-LD', () => {
  it.each([
    [
      'a prefix',
      {
        '@context': { dct: 'http://purl.org/dc/terms/', dcat: 'http://www.w3.org/ns/dcat#' },
        '@type': 'dcat:Dataset',
        'dct:license': { '@id': LICENSE }
      }
    ],
    [
      'full IRIs',
      {
        '@context': {},
        '@type': 'http://www.w3.org/ns/dcat#Dataset',
        'http://purl.org/dc/terms/license': { '@id': LICENSE }
      }
    ],
    [
      'a context alias',
      {
        '@context': {
          Dataset: 'http://www.w3.org/ns/dcat#Dataset',
          licence: { '@id': 'http://purl.org/dc/terms/license', '@type': '@id' }
        },
        '@type': 'Dataset',
        licence: LICENSE
      }
    ],
    [
      'a @graph',
      {
        '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' },
        '@graph': [{ '@id': '_:x', '@type': 'dcat:Dataset', 'dct:license': { '@id': LICENSE } }]
      }
    ]
  ])('with %s', async (_how, document) => {
    const { documents, violations } = await readOne(document)
    expect(violations).toEqual([])
    expect(documents[0]!.kinds).toEqual(['dcat'])
    expect(documents[0]!.dcat![0]!.licenses).toEqual([
      { kind: 'iri', value: LICENSE, property: 'license' }
    ])
  })

  it('resolves a relative distribution URL against the document, as the web does', async () => {
    const { documents } = await readOne({
      '@context': { dcat: 'http://www.w3.org/ns/dcat#' },
      '@type': 'dcat:Dataset',
      'dcat:distribution': { 'dcat:downloadURL': { '@id': '../data/x%20y.parquet' } }
    })
    const [url] = documents[0]!.dcat![0]!.distributions[0]!.urls
    expect(resolveHref('catalog/doc.jsonld', '../data/x%20y.parquet')).toBe('data/x y.parquet')
    expect(url).toBe(`${ROOT_BASE}data/x%20y.parquet`)
  })

  it('refuses a remote context without fetching it', async () => {
    const { violations } = await readOne({
      '@context': 'https://example.org/context.jsonld',
      '@type': 'Dataset'
    })
    expect(violations.map((v) => v.code)).toEqual(['JSONLD_INVALID'])
    expect(violations[0]!.message).toContain(
      'remote JSON-LD context https://example.org/context.jsonld is not bundled'
    )
    expect(violations[0]!.message).toContain('never fetches')
  })
})

describe('PROV', () => {
  it('reads PROV-O in JSON-LD, with qualified generation', async () => {
    const { documents } = await readOne({
      '@context': { prov: 'http://www.w3.org/ns/prov#', kfm: 'https://kfm.example/ns#' },
      '@graph': [
        {
          '@id': 'kfm:e1',
          '@type': 'prov:Entity',
          'kfm:digest': 'sha256:ab',
          'prov:qualifiedGeneration': { 'prov:activity': { '@id': 'kfm:run' } }
        },
        { '@id': 'kfm:e2', '@type': 'prov:Entity', 'prov:wasGeneratedBy': { '@id': 'kfm:run' } },
        { '@id': 'kfm:run', '@type': 'prov:Activity', 'kfm:obligation': 'kfm://obligation/1' }
      ]
    })
    const prov = documents[0]!.prov!
    expect(documents[0]!.kinds).toEqual(['prov'])
    expect(prov.entities.find((e) => e.id.endsWith('e1'))!.values).toEqual(['sha256:ab'])
    const activities = (entity: string) =>
      prov.generatedBy.get(`https://kfm.example/ns#${entity}`)?.map((g) => g.activity)
    expect(activities('e1')).toEqual(['https://kfm.example/ns#run'])
    expect(activities('e2')).toEqual(['https://kfm.example/ns#run'])
    expect(prov.activities[0]!.values).toEqual(['kfm://obligation/1'])
  })

  it('reads typed literals of PROV-JSON by their value', async () => {
    const { documents } = await readOne(
      { entity: { 'ex:e': { 'kfm:digest': { $: 'sha256:ab', type: 'xsd:string' } } } },
      'catalog/prov.json'
    )
    expect(documents[0]!.prov!.entities[0]!.values).toEqual(['sha256:ab'])
  })
})

describe('STAC rules (the official schemas)', () => {
  const item = {
    type: 'Feature',
    stac_version: '1.0.0',
    id: 'i',
    geometry: { type: 'Point', coordinates: [0, 0] },
    bbox: [0, 0, 0, 0],
    properties: { datetime: '2026-01-01T00:00:00Z' },
    links: [],
    assets: { a: { href: './a.tif' } }
  }
  it.each([
    ['an item with geometry but no bbox', { ...item, bbox: undefined }, 'missing "bbox"'],
    [
      'an item with a null datetime and no range',
      { ...item, properties: { datetime: null } },
      'missing "start_datetime"'
    ],
    [
      'an asset without href',
      { ...item, assets: { a: { type: 'image/tiff' } } },
      '/assets/a is missing "href"'
    ],
    ['a link without rel', { ...item, links: [{ href: './x.json' }] }, '/links/0 is missing "rel"'],
    [
      'an impossible datetime',
      { ...item, properties: { datetime: '2026-02-30T00:00:00Z' } },
      'must match format "date-time"'
    ],
    [
      // The file extension's schema judges file:checksum when the document names the extension
      // (without it, gate D finds the checksum is not SHA-256: CHECKSUM_UNSUPPORTED).
      'a checksum that is not hex',
      {
        ...item,
        stac_extensions: ['https://stac-extensions.github.io/file/v2.1.0/schema.json'],
        assets: { a: { href: './a.tif', 'file:checksum': 'sha256:ab' } }
      },
      'file:checksum must match pattern'
    ]
  ])('refuse %s, with the line', async (_what, document, message) => {
    const { violations } = await readOne(document, 'catalog/item.json')
    expect(violations.map((v) => v.code)).toContain('STAC_INVALID')
    expect(violations.map((v) => v.message).join('\n')).toContain(message)
    expect(violations.every((v) => (v.line ?? 0) >= 1)).toBe(true)
  })

  it('read SHA-256 multihashes only', () => {
    expect(multihashToDigest(`1220${'ab'.repeat(32)}`)).toBe(`sha256:${'ab'.repeat(32)}`)
    expect(multihashToDigest(`1340${'ab'.repeat(64)}`)).toBeUndefined()
    expect(multihashToDigest(`1220${'ab'.repeat(31)}`)).toBeUndefined()
  })
})
