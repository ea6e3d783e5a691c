// A generated release whose one artifact is a directory store: a Zarr (v3) store of N small chunk
// files, 1,000 to a folder, as npm run bench measures the whole run on (issue 23). The STAC item's
// asset, the DCAT distribution, the PROV entity and the run receipt each name the store once, by
// its path and its digest: the in-toto dirHash, computed here from the bytes written, with no code
// of the product. The spec, QA report, policy decision and approvals are the example's.
// Usage: node scripts/make-store-release.mjs DIR N (or import makeStoreRelease).
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import canonicalize from 'canonicalize'
import { parse } from 'yaml'

const EXAMPLE = path.join(import.meta.dirname, '..', 'fixtures', 'workspaces', 'example')
const hex = (bytes) => createHash('sha256').update(bytes).digest('hex')
const json = (value) => `${JSON.stringify(value, null, 2)}\n`
export const STORE = 'data/processed/cube.zarr'

/** The store's files, name (relative to the store) → bytes, one at a time. */
function* storeFiles(count) {
  const side = 1000
  yield ['zarr.json', json({ zarr_format: 3, node_type: 'group', attributes: {} })]
  yield [
    'discharge/zarr.json',
    json({
      zarr_format: 3,
      node_type: 'array',
      shape: [Math.ceil(count / side) * 8, side * 8],
      data_type: 'float32',
      chunk_grid: { name: 'regular', configuration: { chunk_shape: [8, 8] } },
      chunk_key_encoding: { name: 'default', configuration: { separator: '/' } },
      codecs: [{ name: 'bytes', configuration: { endian: 'little' } }],
      fill_value: 0
    })
  ]
  // Small chunks of a few hundred bytes, each different.
  for (let i = 0; i < count - 2; i++) {
    const bytes = Buffer.alloc(64 + (i % 193))
    bytes.writeUInt32LE(i, 0)
    yield [`discharge/c/${Math.floor(i / side)}/${i % side}`, bytes]
  }
}

export function makeStoreRelease(dir, count) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const name of ['spec.yaml', 'qa', 'policy', 'approvals.json'])
    cpSync(path.join(EXAMPLE, name), path.join(dir, name), { recursive: true })
  const spec = readFileSync(path.join(dir, 'spec.yaml'), 'utf8')
  const version = `2026-02.${hex(canonicalize(parse(spec))).slice(0, 8)}`
  const decision = JSON.parse(readFileSync(path.join(dir, 'policy', 'decision.json'), 'utf8'))

  const store = path.join(dir, STORE)
  const lines = []
  const folders = new Set()
  for (const [name, bytes] of storeFiles(count)) {
    const folder = path.dirname(path.join(store, name))
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true })
      folders.add(folder)
    }
    writeFileSync(path.join(store, name), bytes)
    lines.push([name, `${hex(bytes)}  ${name}\n`])
  }
  // The sha256sum listing, names by their bytes (all ASCII here, so by code unit).
  lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const listing = createHash('sha256')
  for (const [, line] of lines) listing.update(line)
  const digest = `sha256:${listing.digest('hex')}`

  writeCatalogs(dir, digest, decision)
  mkdirSync(path.join(dir, 'receipts'))
  writeFileSync(
    path.join(dir, 'receipts', 'run.json'),
    json({
      run_id: 'kfm://run/2026-02-20T12:00:00Z.river_gauges',
      actor: { principal: 'svc:pipeline', role: 'pipeline' },
      operation: 'ingest+publish',
      dataset_version_id: version,
      inputs: [],
      outputs: [{ uri: `${STORE}/`, digest }],
      environment: {
        container_digest: `sha256:${'a'.repeat(64)}`,
        git_commit: '3f1c2e9',
        params_digest: `sha256:${'b'.repeat(64)}`
      },
      validation: {
        status: 'pass',
        report_digest: `sha256:${hex(readFileSync(path.join(dir, 'qa', 'report.json')))}`
      },
      policy: { decision_id: decision.decision_id },
      created_at: '2026-02-20T12:05:00Z'
    })
  )
  return { dir, count, digest }
}

/** STAC (a collection and one item), DCAT and PROV, each naming the store once. */
function writeCatalogs(dir, digest, decision) {
  const stac = path.join(dir, 'catalog', 'stac')
  mkdirSync(path.join(stac, 'items'), { recursive: true })
  const extensions = ['https://stac-extensions.github.io/file/v2.1.0/schema.json']
  const box = [-96.309, 38.976, -94.965, 39.198]
  const [w, s, e, n] = box
  writeFileSync(
    path.join(stac, 'collection.json'),
    json({
      type: 'Collection',
      stac_version: '1.0.0',
      stac_extensions: extensions,
      id: 'river_gauges',
      title: 'Generated Zarr store',
      description: 'A generated release of one directory store.',
      license: 'CC-BY-4.0',
      extent: {
        spatial: { bbox: [box] },
        temporal: { interval: [['2026-01-01T00:00:00Z', '2026-01-28T23:59:59Z']] }
      },
      links: [
        { rel: 'self', href: './collection.json', type: 'application/json' },
        { rel: 'item', href: './items/cube.json', type: 'application/geo+json' }
      ]
    })
  )
  const polygon = [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s]
    ]
  ]
  writeFileSync(
    path.join(stac, 'items', 'cube.json'),
    json({
      type: 'Feature',
      stac_version: '1.0.0',
      stac_extensions: extensions,
      id: 'cube',
      collection: 'river_gauges',
      geometry: { type: 'Polygon', coordinates: polygon },
      bbox: box,
      properties: { datetime: '2026-01-15T00:00:00Z' },
      links: [{ rel: 'collection', href: '../collection.json', type: 'application/json' }],
      assets: {
        data: {
          href: `../../../${STORE}`,
          type: 'application/vnd+zarr',
          roles: ['data'],
          'file:checksum': `1220${digest.slice('sha256:'.length)}`
        }
      }
    })
  )
  writeFileSync(
    path.join(dir, 'catalog', 'dcat.jsonld'),
    json({
      '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' },
      '@id': 'https://data.kfm.example/dataset/river_gauges',
      '@type': 'dcat:Dataset',
      'dct:title': 'Generated Zarr store',
      'dct:license': { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
      'dcat:distribution': [
        {
          '@type': 'dcat:Distribution',
          'dct:title': 'cube.zarr',
          'dcat:downloadURL': { '@id': `../${STORE}/` },
          'dcat:mediaType': 'application/vnd+zarr'
        }
      ]
    })
  )
  const obligation = decision.obligations?.[0]?.id
  writeFileSync(
    path.join(dir, 'catalog', 'prov.json'),
    json({
      prefix: { kfm: 'https://kfm.example/ns#', prov: 'http://www.w3.org/ns/prov#' },
      entity: { 'kfm:cube': { 'kfm:path': `${STORE}/`, 'kfm:digest': digest } },
      activity: {
        'kfm:run': {
          'prov:startTime': '2026-02-20T12:00:00Z',
          'prov:endTime': '2026-02-20T12:05:00Z'
        },
        ...(obligation
          ? {
              'kfm:obligation': {
                'kfm:obligation': obligation,
                'prov:endTime': '2026-02-20T12:03:00Z'
              }
            }
          : {})
      },
      wasGeneratedBy: { 'kfm:gen-cube': { 'prov:entity': 'kfm:cube', 'prov:activity': 'kfm:run' } }
    })
  )
}

if (process.argv[1] === import.meta.filename) {
  const [dir, count] = process.argv.slice(2)
  makeStoreRelease(path.resolve(dir), Number(count))
}
