// The third-party documents in fixtures/reference read without false violations where
// they are valid (STAC examples, W3C DCAT 3 examples, the PROV-JSON test suite).
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { readCatalogs } from '../../src/catalogs/read-catalogs.js'
import { unreadableCatalogs } from '../../src/gates/d-catalogs.js'
import type { InventoryEntry } from '../../src/inventory/entry.js'
import { REFERENCE } from '../helpers/runner.js'

function filesUnder(dir: string, relative: string): string[] {
  return readdirSync(path.join(dir, relative)).flatMap((name) => {
    const child = path.posix.join(relative, name)
    return statSync(path.join(dir, child)).isDirectory() ? filesUnder(dir, child) : [child]
  })
}

const entry = (p: string): InventoryEntry => ({
  path: p,
  digest: '',
  mediaType: 'application/json',
  verified: true
})

async function read(relatives: string[]) {
  const reading = await readCatalogs(REFERENCE, relatives.map(entry), (p) => p)
  // Read, then judged as gate D judges a file it cannot read.
  return { ...reading, violations: unreadableCatalogs(reading.unreadable) }
}

describe('STAC examples (stac-spec 1.1.0-beta.1)', () => {
  const examples = filesUnder(REFERENCE, 'stac/examples').filter((f) => f.endsWith('.json'))

  it('are all recognised as STAC and pass the core rules', async () => {
    const reading = await read(examples)
    expect(reading.violations).toEqual([])
    expect(reading.documents.map((d) => [d.path, d.kinds])).toEqual(
      examples.map((p) => [p, ['stac']])
    )
  })

  it('give the collection its licence and the items their assets', async () => {
    const { documents } = await read([
      'stac/examples/collection.json',
      'stac/examples/core-item.json'
    ])
    expect(documents[0]!.stac).toMatchObject({ type: 'Collection', license: 'CC-BY-4.0' })
    expect(documents[1]!.stac!.type).toBe('Feature')
    expect(documents[1]!.stac!.assets.length).toBeGreaterThan(0)
  })
})

describe('DCAT 3 examples (W3C dxwg)', () => {
  const examples = readdirSync(path.join(REFERENCE, 'dcat')).map((f) => `dcat/${f}`)

  it('all read as JSON-LD, inline contexts resolved, with no network', async () => {
    const reading = await read(examples)
    expect(reading.violations.filter((v) => v.code !== 'CATALOG_UNRECOGNISED')).toEqual([])
  })

  it('find the datasets of most examples, by expanded IRI whatever prefix they use', async () => {
    const reading = await read(examples)
    const withDatasets = reading.documents.filter((d) => d.kinds.includes('dcat'))
    expect(withDatasets.length).toBeGreaterThanOrEqual(15)
  })
})

describe('PROV-JSON test documents (trungdong/prov)', () => {
  const examples = readdirSync(path.join(REFERENCE, 'prov')).map((f) => `prov/${f}`)

  it('read without a violation', async () => {
    const reading = await read(examples)
    expect(reading.violations.filter((v) => v.code !== 'CATALOG_UNRECOGNISED')).toEqual([])
    expect(reading.documents.length).toBeGreaterThan(300)
  })

  it('name every entity and activity through a prefix they declare, bundles included', async () => {
    const { documents } = await read(examples)
    const nodes = documents.flatMap((d) => [...d.prov!.entities, ...d.prov!.activities])
    expect(nodes.length).toBeGreaterThan(200)
    const unresolved = nodes.filter((n) => !n.name.startsWith('_:') && n.id === n.name)
    expect(unresolved.map((n) => n.name)).toEqual([])
  })

  it('follow generation, bundles included', async () => {
    const { documents } = await read(['prov/scruffy-generation1-M.json', 'prov/bundle2.json'])
    const generations = documents[0]!.prov!.generatedBy.get('http://example.org/e1')
    expect(generations?.map((g) => [g.name, g.activity])).toEqual([
      ['ex:a1', 'http://example.org/a1'],
      ['ex:a1', 'http://example.org/a1']
    ])
    expect(documents[1]!.prov!.entities.map((e) => e.id)).toContain('http://example.org/e1')
  })
})
