// STAC as STAC's own tools judge it: documents are validated against the official STAC JSON
// Schemas (1.0.0, 1.1.0) and the official extension schemas, bundled under schemas/stac and
// compiled at build time. The STAC spec's own examples and the extensions' own examples read
// with no STAC_INVALID; documents broken one field at a time (fixtures/stac/broken) are each
// STAC_INVALID, with a message naming the field and the line of it.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { readCatalogs } from '../../src/catalogs/read-catalogs.js'
import {
  StacSchemaError,
  compileStacExtensionSchemas
} from '../../src/catalogs/extension-schemas.js'
import { loadStacValidators, validateStac } from '../../src/catalogs/stac-validation.js'
import { coreModules, extensionModules } from '../../src/generated/validators.stac.js'
import { gateD, unreadableCatalogs } from '../../src/gates/d-catalogs.js'
import { factsOf } from '../../src/gates/facts.js'
import type { InventoryEntry } from '../../src/inventory/entry.js'
import { emptyEvidence } from '../helpers/evidence.js'
import { PROJECT } from '../helpers/runner.js'

/** The STAC versions and extension schemas bundled, as the generated index lists them. */
const BUNDLED_STAC_VERSIONS = Object.keys(coreModules).sort()
const BUNDLED_STAC_EXTENSIONS = Object.keys(extensionModules).sort()

const FIXTURES = path.join(PROJECT, 'fixtures')

function filesUnder(relative: string): string[] {
  return readdirSync(path.join(FIXTURES, relative))
    .sort()
    .flatMap((name) => {
      const child = path.posix.join(relative, name)
      return statSync(path.join(FIXTURES, child)).isDirectory() ? filesUnder(child) : [child]
    })
    .filter((f) => f.endsWith('.json'))
}

const entry = (p: string): InventoryEntry => ({
  path: p,
  digest: '',
  mediaType: 'application/json',
  verified: true
})

async function read(relatives: string[], options = {}) {
  const reading = await readCatalogs(FIXTURES, relatives.map(entry), (p) => p, options)
  return { ...reading, violations: unreadableCatalogs(reading.unreadable) }
}

const json = (relative: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(FIXTURES, relative), 'utf8')) as Record<string, unknown>

const REMOTE_DATA = 'https://stac-extensions.github.io/remote-data/v1.0.0/schema.json'

describe('the STAC spec examples', () => {
  it.each([
    ['1.0.0', 'reference/stac-spec/v1.0.0', '1.0.0'],
    ['1.1.0', 'reference/stac-spec/v1.1.0', '1.1.0'],
    ['1.1.0-beta.1', 'reference/stac/examples', '1.1.0']
  ])('of %s read with no STAC_INVALID', async (_version, folder, schemaVersion) => {
    const examples = filesUnder(folder)
    expect(examples).toHaveLength(10)
    const { documents, violations } = await read(examples)
    expect(violations).toEqual([])
    expect(documents.map((d) => [d.path, d.stac?.schemaVersion])).toEqual(
      examples.map((p) => [p, schemaVersion])
    )
    // Every extension they name is bundled but remote-data (deprecated), which is listed as
    // not validated and never fetched.
    const unvalidated = new Set(documents.flatMap((d) => d.stac!.unvalidatedExtensions))
    expect([...unvalidated]).toEqual([REMOTE_DATA])
  })

  it('are counted in what gate D checked: one STAC line, and one per extension left unvalidated', async () => {
    const { documents } = await read(filesUnder('reference/stac/examples'))
    const evidence = emptyEvidence({ catalogDocuments: { documents, unreadable: [] } })
    const { checked } = gateD.check(evidence, factsOf(evidence))
    expect(checked.filter((line) => line.startsWith('STAC'))).toEqual([
      'STAC 1.1.0 schemas: catalog (reference/stac/examples/catalog.json) + 4 collections + 5 items',
      'STAC: stac_version 1.1.0-beta.1 has no schemas of its own here; validated with the STAC 1.1.0 schemas, the bundled release of the same minor version',
      `STAC extension ${REMOTE_DATA} not validated in 1 document(s) (no schema bundled or given in stac-extension-schemas; nothing is fetched)`
    ])
  })

  it('of 1.1.0-beta.1 are judged by the 1.1.0 schemas, and say so', async () => {
    const { documents } = await read(['reference/stac/examples/core-item.json'])
    expect(documents[0]!.stac).toMatchObject({
      stacVersion: '1.1.0-beta.1',
      schemaVersion: '1.1.0'
    })
    expect(documents[0]!.stac!.versionNote).toContain('validated with the STAC 1.1.0 schemas')
  })
})

describe("the extensions' own examples", () => {
  const examples = filesUnder('reference/stac-extensions')
  // Three examples were written for STAC 1.0.0 release candidates. They are judged by the 1.0.0
  // schemas (the bundled release of their minor version), which are stricter than the
  // candidates' in exactly these places.
  const judgedByTheRelease: Record<string, string[]> = {
    'reference/stac-extensions/processing/v1.0.0/examples/item.json': [
      '/assets/amplitude-vv-iw/gsd must be > 0',
      '/assets/amplitude-vh-iw/gsd must be > 0',
      '/assets/calibration-vv-iw/gsd must be > 0',
      '/assets/calibration-vh-iw/gsd must be > 0'
    ],
    'reference/stac-extensions/raster/v1.0.0/examples/item-sentinel2.json': [
      '/collection is not allowed here'
    ],
    'reference/stac-extensions/sat/v1.0.0/examples/example-landsat8.json': [
      '/stac_extensions/1 must match format "iri"'
    ]
  }

  it('are all read, each extension schema exercised', async () => {
    expect(examples.length).toBe(63)
    const { documents, violations } = await read(examples)
    const invalid = [...new Set(violations.map((v) => v.path))].sort()
    expect(invalid).toEqual(Object.keys(judgedByTheRelease).sort())
    expect(documents.length + invalid.length).toBe(examples.length)
    const named = new Set(
      examples.flatMap((e) => (json(e).stac_extensions as string[] | undefined) ?? [])
    )
    for (const url of BUNDLED_STAC_EXTENSIONS) {
      if (url.includes('/v2.0.0-beta.1/')) continue // named by the spec's 1.1.0-beta.1 examples
      expect({ url, named: named.has(url) }).toEqual({ url, named: true })
    }
  })

  it.each(Object.entries(judgedByTheRelease))(
    '%s: the 1.0.0 schemas find what the release changed',
    async (file, problems) => {
      const { violations } = await read([file])
      expect(violations.every((v) => v.code === 'STAC_INVALID')).toBe(true)
      expect(
        violations.map((v) => v.message.replace(/^.*?: /, '').replace(/\.$/, '')).sort()
      ).toEqual([...problems].sort())
    }
  )
})

describe('documents broken one field at a time', () => {
  // The line of the link with rel "collection" in those two documents.
  const COLLECTION_LINE = 48
  // file → the line the violation must point at (the value named, or the object missing a
  // property), and what its message must say.
  const BROKEN: Array<[string, number, string]> = [
    ['polygon-ring-of-three.json', 9, '/geometry/coordinates/0 must NOT have fewer than 4 items'],
    [
      'geometry-circle.json',
      7,
      '/geometry/type is "Circle"; it must be one of Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection, or null'
    ],
    ['geometry-circle-1.1.0.json', 7, '/geometry/type is "Circle"'],
    ['null-geometry-with-bbox.json', 7, '/bbox is not allowed here'],
    ['keywords-not-array.json', 8, '/keywords must be array, not string'],
    ['keywords-not-array-1.1.0.json', 8, '/keywords must be array, not string'],
    ['provider-without-name.json', 13, '/providers/0 is missing "name"'],
    [
      'collection-link-without-collection.json',
      COLLECTION_LINE,
      'the Item is missing "collection", which its link /links/1 with rel "collection" requires'
    ],
    [
      'collection-link-without-collection-1.1.0.json',
      COLLECTION_LINE,
      'the Item is missing "collection"'
    ],
    [
      'bbox-three-numbers.json',
      33,
      '/bbox must NOT have fewer than 4 items, or else /bbox must NOT have fewer than 6 items'
    ],
    [
      'collection-bbox-three-numbers.json',
      23,
      '/extent/spatial/bbox/0 must NOT have fewer than 4 items'
    ],
    [
      'item-without-datetime.json',
      39,
      '/properties is missing "datetime", or else "datetime", "start_datetime" and "end_datetime"'
    ],
    [
      'item-without-datetime-1.1.0.json',
      39,
      '/properties is missing "datetime", or else "datetime", "start_datetime" and "end_datetime"'
    ],
    [
      'item-null-datetime-without-range.json',
      39,
      '/properties/datetime must not be null, or else /properties is missing "start_datetime"'
    ],
    ['datetime-impossible.json', 40, '/properties/datetime must match format "date-time"'],
    ['asset-without-href.json', 50, '/assets/data is missing "href"'],
    ['asset-without-href-1.0.0.json', 50, '/assets/data is missing "href"'],
    ['link-without-rel.json', 43, '/links/0 is missing "rel"'],
    ['item-empty-id.json', 5, '/id must NOT have fewer than 1 characters'],
    ['catalog-without-description.json', 1, 'the Catalog is missing "description"'],
    [
      'temporal-interval-one-value.json',
      33,
      '/extent/temporal/interval/0 must NOT have fewer than 2 items'
    ],
    ['stac-version-not-semver.json', 3, '"stac_version" is "1.0", which is not a STAC version'],
    ['stac-version-number.json', 3, '"stac_version" is 1, which is not a STAC version'],
    [
      'stac-version-unknown-major.json',
      3,
      '"stac_version" is "2.0.0", a version no bundled STAC schema can judge (bundled: 1.0.0, 1.1.0)'
    ],
    ['stac-version-0.9.json', 3, 'upgrade the document to STAC 1.x'],
    ['stac-extension-not-a-url.json', 5, '/stac_extensions/0 must match format "iri"'],
    [
      'projection-code-not-string.json',
      43,
      'is not valid for the STAC extension https://stac-extensions.github.io/projection/v2.0.0/schema.json: /properties/proj:code must be string or null, not number'
    ],
    [
      'projection-epsg-not-integer.json',
      43,
      'is not valid for the STAC extension https://stac-extensions.github.io/projection/v1.0.0/schema.json: /properties/proj:epsg must be integer or null, not string'
    ],
    ['eo-cloud-cover-over-100.json', 43, '/properties/eo:cloud_cover must be <= 100'],
    [
      'file-checksum-not-hex.json',
      58,
      '/assets/data/file:checksum must match pattern "^[a-f0-9]+$"'
    ],
    ['license-url.json', 7, '/license must match pattern'],
    ['license-url-1.0.0.json', 7, '/license must match pattern'],
    // The spec's prose allows SPDX expressions since 1.1.0; its schema's pattern does not allow
    // the spaces an expression with an operator needs. The schema's verdict is the one given.
    ['license-spdx-expression.json', 7, '/license must match pattern']
  ]

  it('are all in the table, and the table names them all', () => {
    expect(BROKEN.map(([file]) => file).sort()).toEqual(
      filesUnder('stac/broken').map((f) => path.posix.basename(f))
    )
  })

  it.each(BROKEN)('%s is STAC_INVALID, naming the field, on line %d', async (file, line, says) => {
    const relative = `stac/broken/${file}`
    const { documents, violations } = await read([relative])
    expect(documents).toEqual([])
    expect(violations.map((v) => v.code)).toEqual(violations.map(() => 'STAC_INVALID'))
    const matching = violations.filter((v) => v.message.includes(says))
    expect({
      file,
      messages: violations.map((v) => v.message),
      found: matching.length > 0
    }).toEqual(expect.objectContaining({ found: true }))
    expect(matching.map((v) => v.line)).toContain(line)
    // One sentence per thing wrong, not one per schema branch that did not match.
    expect(violations.length).toBeLessThanOrEqual(2)
  })
})

describe('documents written for these tests', () => {
  const valid = filesUnder('stac/valid')

  it('read with no STAC_INVALID', async () => {
    const { documents, violations } = await read(valid)
    expect(violations).toEqual([])
    expect(documents).toHaveLength(valid.length)
  })

  it('report an extension with no schema here as unvalidated, never fetched', async () => {
    const { documents } = await read(['stac/valid/item-1.1.0-unbundled-extension.json'])
    expect(documents[0]!.stac!.unvalidatedExtensions).toEqual([
      'https://stac-extensions.github.io/sar/v1.0.0/schema.json'
    ])
  })

  it('say when a newer minor version was judged by older schemas', async () => {
    const { documents } = await read(['stac/valid/item-1.2.0.json'])
    expect(documents[0]!.stac).toMatchObject({ stacVersion: '1.2.0', schemaVersion: '1.1.0' })
    expect(documents[0]!.stac!.versionNote).toContain('what 1.2 added is not checked')
  })
})

describe('the version a document is judged by', () => {
  it.each([
    ['1.0.0', '1.0.0', false],
    ['1.1.0', '1.1.0', false],
    ['1.1.0-beta.1', '1.1.0', true],
    ['1.0.0-rc.2', '1.0.0', true],
    ['1.0.1', '1.0.0', true],
    ['1.3.0', '1.1.0', true]
  ])('%s: the %s schemas', async (stacVersion, version, noted) => {
    const validation = await validateStac({ stac_version: stacVersion, type: 'Catalog' })
    expect(validation.schemaVersion).toBe(version)
    expect(validation.versionNote !== undefined).toBe(noted)
  })

  it.each(['0.9.0', '2.0.0', '1.0', '1', 'v1.0.0', '', null, 1.1])(
    '%p: refused',
    async (stacVersion) => {
      const validation = await validateStac({ stac_version: stacVersion, type: 'Catalog' })
      expect(validation.schemaVersion).toBeUndefined()
      expect(validation.problems).toEqual([expect.objectContaining({ location: ['stac_version'] })])
    }
  )

  it('has both 1.0.0 and 1.1.0 bundled', () => {
    expect(BUNDLED_STAC_VERSIONS).toEqual(['1.0.0', '1.1.0'])
  })
})

describe('extension schemas given as local files', () => {
  const GAUGE = 'https://kfm.example/stac/gauge/v1.0.0/schema.json'
  const schema = json('stac/local-extension/gauge.schema.json')

  it('validate the documents that name them', async () => {
    const stacExtensionSchemas = await compileStacExtensionSchemas({ [GAUGE]: schema })
    const good = await read(['stac/local-extension/item.json'], { stacExtensionSchemas })
    expect(good.violations).toEqual([])
    expect(good.documents[0]!.stac!.unvalidatedExtensions).toEqual([])

    const bad = await read(
      [
        'stac/local-extension/item-bad-station.json',
        'stac/local-extension/item-bad-footprint.json'
      ],
      { stacExtensionSchemas }
    )
    expect(bad.violations.map((v) => v.message)).toEqual([
      expect.stringContaining(
        `is not valid for the STAC extension ${GAUGE}: /properties/gauge:station must match pattern`
      ),
      expect.stringContaining(
        `is not valid for the STAC extension ${GAUGE}: /properties/gauge:footprint/type is "Circle"`
      )
    ])
  })

  it('are not used unless given: the extension is then unvalidated', async () => {
    const { documents } = await read(['stac/local-extension/item-bad-station.json'])
    expect(documents[0]!.stac!.unvalidatedExtensions).toEqual([GAUGE])
  })

  it('may be JSON Schema 2020-12, and a Map', async () => {
    const compiled = await compileStacExtensionSchemas(
      new Map([[GAUGE, json('stac/local-extension/gauge-2020-12.schema.json')]])
    )
    const document = json('stac/local-extension/item.json')
    expect((await validateStac(document, compiled)).problems).toEqual([])
    const short = { ...document, properties: { datetime: null, 'gauge:station': 'KS' } }
    expect((await validateStac(short, compiled)).problems.map((p) => p.text)).toContain(
      '/properties/gauge:station must NOT have fewer than 6 characters'
    )
  })

  it.each([
    [
      'a $ref to a schema neither bundled nor given',
      { [GAUGE]: json('stac/local-extension/gauge-dangling-ref.schema.json') },
      'references https://kfm.example/stac/owner/v1.0.0/schema.json, #/definitions/nowhere, which are neither bundled nor among the given schemas'
    ],
    [
      'a bundled extension',
      { 'https://stac-extensions.github.io/eo/v2.0.0/schema.json': schema },
      "that extension's official schema is bundled"
    ],
    ['a URL that is not absolute', { 'gauge.json': schema }, 'is not an absolute URL'],
    [
      'a draft-04 schema',
      { [GAUGE]: { ...schema, $schema: 'http://json-schema.org/draft-04/schema#' } },
      'cannot be validated here'
    ],
    ['an invalid schema', { [GAUGE]: { ...schema, type: 'thing' } }, 'is not a valid JSON Schema'],
    ['not an object', { [GAUGE]: [] }, 'is not a JSON object']
  ])('refuse %s, fetching nothing', async (_what, schemas, says) => {
    await expect(compileStacExtensionSchemas(schemas)).rejects.toThrow(StacSchemaError)
    await expect(compileStacExtensionSchemas(schemas)).rejects.toThrow(says)
  })
})

describe('the bundled validators', () => {
  it('are each a module of their own, imported once, when a document first needs it', async () => {
    const item = json('stac/valid/item-1.1.0-unbundled-extension.json')
    await loadStacValidators(item)
    expect(loadStacValidators(item)).toBeUndefined()
    // Every module loads on its own and judges.
    for (const version of BUNDLED_STAC_VERSIONS)
      for (const type of ['Catalog', 'Collection', 'Feature']) {
        const document = { stac_version: version, type }
        await loadStacValidators(document)
        expect(loadStacValidators(document)).toBeUndefined()
        expect((await validateStac(document)).problems.length).toBeGreaterThan(0)
      }
    for (const url of BUNDLED_STAC_EXTENSIONS) {
      const document = { stac_version: '1.1.0', type: 'Catalog', stac_extensions: [url] }
      await loadStacValidators(document)
      expect(loadStacValidators(document)).toBeUndefined()
      expect((await validateStac(document)).validatedExtensions).toEqual([url])
    }
  })
})

describe('the bundled schemas', () => {
  const sources = readFileSync(path.join(PROJECT, 'schemas', 'stac', 'SOURCES.md'), 'utf8')
  const bundled = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const child = path.join(dir, name)
        return statSync(child).isDirectory() ? bundled(child) : [child]
      })

  it('are each named in SOURCES.md, with a licence text beside them', () => {
    const root = path.join(PROJECT, 'schemas', 'stac')
    for (const file of bundled(root).filter((f) => f.endsWith('.json'))) {
      const folder = path.relative(root, path.dirname(file)).split(path.sep).join('/')
      expect({ folder, named: sources.includes(`\`${folder}/\``) }).toEqual({ folder, named: true })
    }
    for (const licence of sources.matchAll(/`(LICENSES\/[^`]+)`/g))
      expect(statSync(path.join(root, licence[1]!)).isFile()).toBe(true)
  })

  it('include the extensions the issue asks for, at their current versions', () => {
    for (const name of [
      'file',
      'projection',
      'raster',
      'eo',
      'view',
      'processing',
      'scientific',
      'version',
      'timestamps'
    ])
      expect(BUNDLED_STAC_EXTENSIONS.some((url) => url.includes(`.github.io/${name}/`))).toBe(true)
    expect(BUNDLED_STAC_EXTENSIONS).toEqual(
      expect.arrayContaining([
        'https://stac-extensions.github.io/file/v2.1.0/schema.json',
        'https://stac-extensions.github.io/projection/v2.0.0/schema.json',
        'https://stac-extensions.github.io/raster/v2.0.0/schema.json',
        'https://stac-extensions.github.io/eo/v2.0.0/schema.json',
        'https://stac-extensions.github.io/view/v1.1.0/schema.json',
        'https://stac-extensions.github.io/processing/v1.2.0/schema.json',
        'https://stac-extensions.github.io/scientific/v1.0.0/schema.json',
        'https://stac-extensions.github.io/version/v1.2.0/schema.json',
        'https://stac-extensions.github.io/timestamps/v1.1.0/schema.json'
      ])
    )
  })
})
