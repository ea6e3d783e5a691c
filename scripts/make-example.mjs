// Writes fixtures/workspaces/example: a small but realistic dataset release (processed files in
// several formats, the DCAT/STAC/PROV triplet, QA report, policy decision, approvals, a run
// receipt and a spec). Digests inside the documents are computed from the files, never typed.
// Run it again after changing a data file: node scripts/make-example.mjs
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import canonicalize from 'canonicalize'
import { parse } from 'yaml'

const root = path.join('fixtures', 'workspaces', 'example')
const digest = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const files = new Map()
function put(relative, content) {
  const bytes = Buffer.isBuffer(content)
    ? content
    : Buffer.from(typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`)
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
  writeFileSync(path.join(root, relative), bytes)
  files.set(relative, bytes)
  return bytes
}

rmSync(root, { recursive: true, force: true })

const released = '2026-02-20T13:00:00Z'
const version = '2026-02' // the hex part is derived from spec_hash by the action

// --- the spec: what the pipeline was asked to produce -------------------------------------
put(
  'spec.yaml',
  `# Dataset spec: the inputs and parameters that define this dataset version.
dataset: river_gauges
title: River gauge stations and daily discharge, Kansas River basin
sources:
  - name: usgs_nwis_daily
    uri: "https://waterservices.usgs.gov/nwis/dv/?stateCd=ks&parameterCd=00060"
    snapshot: "2026-02-19"
processing:
  crs: "EPSG:4326"
  discharge_units: m3/s
  aggregation: daily_mean
  min_valid_days: 25
generalisation:
  station_coordinates_decimals: 3
`
)

const specHex = createHash('sha256')
  .update(canonicalize(parse(files.get('spec.yaml').toString())))
  .digest('hex')

// --- processed artifacts ------------------------------------------------------------------
const stations = {
  type: 'FeatureCollection',
  features: [
    ['06892350', 'Kansas River at DeSoto, KS', -94.965, 38.983],
    ['06891000', 'Kansas River at Lawrence, KS', -95.237, 38.976],
    ['06887500', 'Kansas River at Wamego, KS', -96.309, 39.198]
  ].map(([id, name, x, y]) => ({
    type: 'Feature',
    id,
    properties: { site_no: id, station_nm: name },
    geometry: { type: 'Point', coordinates: [x, y] }
  }))
}
put('data/processed/stations.geojson', stations)
const csvRows = ['site_no,date,discharge_m3s']
for (let day = 1; day <= 28; day++) {
  for (const [i, site] of ['06887500', '06891000', '06892350'].entries()) {
    csvRows.push(
      `${site},2026-01-${String(day).padStart(2, '0')},${(180 + i * 35 + ((day * 7) % 23)).toFixed(1)}`
    )
  }
}
put('data/processed/discharge_daily.csv', `${csvRows.join('\n')}\n`)
// A Parquet file is framed by the magic PAR1; the body here is the CSV's rows, standing in for
// real column chunks (the action hashes bytes and never decodes them).
put(
  'data/processed/discharge_daily.parquet',
  Buffer.concat([Buffer.from('PAR1'), Buffer.from(csvRows.join('\n')), Buffer.from('PAR1')])
)
// A little-endian TIFF header with one empty IFD: the smallest file tools recognise as TIFF.
put(
  'data/processed/basin_dem.tif',
  Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00])
)
// A small Zarr (v2) store: one artifact, its digest the in-toto dirHash of its files (the
// SHA-256 of their sha256sum listing, names relative to the store, sorted by bytes).
const cube = 'data/processed/discharge_cube.zarr/'
put(`${cube}.zgroup`, { zarr_format: 2 })
put(`${cube}.zattrs`, { title: 'Daily mean discharge by gauge and day' })
put(`${cube}discharge/.zarray`, {
  chunks: [2, 4],
  compressor: null,
  dtype: '<f4',
  fill_value: 'NaN',
  filters: null,
  order: 'C',
  shape: [4, 4],
  zarr_format: 2
})
put(`${cube}discharge/.zattrs`, { _ARRAY_DIMENSIONS: ['station', 'day'], units: 'm3 s-1' })
const chunk = (values) => Buffer.from(new Float32Array(values).buffer)
put(`${cube}discharge/0.0`, chunk([112.5, 118, 121.25, 119.75, 86, 84.5, 90.25, 95]))
put(`${cube}discharge/1.0`, chunk([240, 251.5, 262, 258.25, 33.5, 34, 36.75, 35.5]))
const inCube = (p) => p.startsWith(cube)
const dirHash = (store) => {
  const names = [...files.keys()]
    .filter((p) => p.startsWith(store))
    .map((p) => p.slice(store.length))
  const listing = names
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((name) => `${digest(files.get(store + name)).slice(7)}  ${name}\n`)
    .join('')
  return digest(listing)
}
const artifactDigest = (p) => (p.endsWith('/') ? dirHash(p) : digest(files.get(p)))
const artifacts = [
  ...[...files.keys()].filter((p) => p.startsWith('data/processed/') && !inCube(p)),
  cube
].sort()

// --- catalog triplet ----------------------------------------------------------------------
const mediaTypes = {
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv',
  '.parquet': 'application/x-parquet',
  '.tif': 'image/tiff; application=geotiff; profile=cloud-optimized',
  '.zarr': 'application/vnd+zarr'
}
put('catalog/dcat.jsonld', {
  '@context': {
    dcat: 'http://www.w3.org/ns/dcat#',
    dct: 'http://purl.org/dc/terms/',
    xsd: 'http://www.w3.org/2001/XMLSchema#'
  },
  '@id': 'https://data.kfm.example/dataset/river_gauges',
  '@type': 'dcat:Dataset',
  'dct:title': 'River gauge stations and daily discharge, Kansas River basin',
  'dct:identifier': 'river_gauges',
  'dct:license': { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
  'dct:issued': { '@value': released, '@type': 'xsd:dateTime' },
  // The store's URL names its directory with the trailing /, the STAC asset's href without it:
  // both resolve to the store.
  'dcat:distribution': artifacts.map((p) => ({
    '@type': 'dcat:Distribution',
    'dct:title': path.basename(p),
    'dcat:downloadURL': { '@id': `../${p}` },
    'dcat:mediaType': mediaTypes[path.extname(p)],
    ...(files.has(p)
      ? {
          'dcat:byteSize': {
            '@value': String(files.get(p).length),
            '@type': 'xsd:nonNegativeInteger'
          }
        }
      : {})
  }))
})
put('catalog/stac/collection.json', {
  type: 'Collection',
  stac_version: '1.0.0',
  stac_extensions: ['https://stac-extensions.github.io/file/v2.1.0/schema.json'],
  id: 'river_gauges',
  title: 'River gauge stations and daily discharge, Kansas River basin',
  description: 'Daily mean discharge at USGS gauges on the Kansas River, with station locations.',
  license: 'CC-BY-4.0',
  extent: {
    spatial: { bbox: [[-96.309, 38.976, -94.965, 39.198]] },
    temporal: { interval: [['2026-01-01T00:00:00Z', '2026-01-28T23:59:59Z']] }
  },
  links: [
    { rel: 'self', href: './collection.json', type: 'application/json' },
    { rel: 'item', href: './items/discharge_daily.json', type: 'application/geo+json' }
  ]
})
put('catalog/stac/items/discharge_daily.json', {
  type: 'Feature',
  stac_version: '1.0.0',
  stac_extensions: ['https://stac-extensions.github.io/file/v2.1.0/schema.json'],
  id: 'discharge_daily_2026-01',
  collection: 'river_gauges',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [-96.309, 38.976],
        [-94.965, 38.976],
        [-94.965, 39.198],
        [-96.309, 39.198],
        [-96.309, 38.976]
      ]
    ]
  },
  bbox: [-96.309, 38.976, -94.965, 39.198],
  properties: {
    datetime: null,
    start_datetime: '2026-01-01T00:00:00Z',
    end_datetime: '2026-01-28T23:59:59Z'
  },
  links: [
    { rel: 'collection', href: '../collection.json', type: 'application/json' },
    { rel: 'parent', href: '../collection.json', type: 'application/json' }
  ],
  assets: Object.fromEntries(
    artifacts.map((p) => [
      path.basename(p, path.extname(p)) + path.extname(p).replace('.', '_'),
      {
        href: `../../../${p.replace(/\/$/, '')}`,
        type: mediaTypes[path.extname(p)],
        roles: ['data'],
        'file:checksum': `1220${artifactDigest(p).slice(7)}`,
        ...(files.has(p) ? { 'file:size': files.get(p).length } : {})
      }
    ])
  )
})
const obligationId = 'kfm://obligation/river_gauges/generalise-station-coordinates'
put('catalog/prov.json', {
  prefix: { kfm: 'https://kfm.example/ns#', prov: 'http://www.w3.org/ns/prov#' },
  entity: Object.fromEntries(
    artifacts.map((p) => [
      `kfm:${path.basename(p)}`,
      { 'kfm:path': p, 'kfm:digest': artifactDigest(p) }
    ])
  ),
  activity: {
    'kfm:run-2026-02-20': {
      'prov:startTime': '2026-02-20T12:00:00Z',
      'prov:endTime': '2026-02-20T12:05:00Z',
      'prov:type': 'kfm:ingest-publish'
    },
    'kfm:generalise-stations': {
      'prov:type': 'kfm:generalisation',
      'kfm:obligation': obligationId,
      'prov:endTime': '2026-02-20T12:03:00Z'
    }
  },
  agent: { 'kfm:svc-pipeline': { 'prov:type': 'prov:SoftwareAgent' } },
  wasGeneratedBy: Object.fromEntries(
    artifacts.map((p, i) => [
      `kfm:gen${i + 1}`,
      { 'prov:entity': `kfm:${path.basename(p)}`, 'prov:activity': 'kfm:run-2026-02-20' }
    ])
  ),
  wasAssociatedWith: {
    'kfm:assoc1': { 'prov:activity': 'kfm:run-2026-02-20', 'prov:agent': 'kfm:svc-pipeline' }
  }
})

// --- evidence -----------------------------------------------------------------------------
put('qa/report.json', {
  status: 'pass',
  checked_at: '2026-02-20T12:06:00Z',
  checks: [
    { name: 'schema', status: 'pass' },
    { name: 'discharge_non_negative', status: 'pass' },
    { name: 'station_coordinates_in_basin', status: 'pass' }
  ]
})
put('policy/decision.json', {
  decision_id: 'kfm://policy_decision/river_gauges-2026-02',
  policy_label: 'internal',
  decision: 'allow',
  obligations: [
    { id: obligationId, type: 'generalisation', note: 'round station coordinates to 3 decimals' }
  ]
})
put('approvals.json', [
  { role: 'steward', principal: 'github:kfm-data-steward', approved_at: '2026-02-20T12:59:00Z' }
])
put('receipts/run-2026-02-20.json', {
  run_id: 'kfm://run/2026-02-20T12:00:00Z.river_gauges',
  actor: { principal: 'svc:pipeline', role: 'pipeline' },
  operation: 'ingest+publish',
  dataset_version_id: `${version}.${specHex.slice(0, 8)}`,
  inputs: [{ uri: 'raw/usgs_nwis_daily.json', digest: digest('raw snapshot placeholder') }],
  outputs: artifacts.map((p) => ({ uri: p, digest: artifactDigest(p) })),
  environment: {
    container_digest: digest('container'),
    git_commit: '3f1c2e9',
    params_digest: digest('params')
  },
  validation: { status: 'pass', report_digest: digest(files.get('qa/report.json')) },
  policy: { decision_id: 'kfm://policy_decision/river_gauges-2026-02' },
  created_at: '2026-02-20T12:05:00Z'
})
console.log(`wrote ${files.size} files under ${root}`)
