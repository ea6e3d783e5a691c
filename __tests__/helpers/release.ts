// Writes a complete, consistent dataset release around any set of processed files: DCAT, STAC
// (collection and item), PROV, a run receipt, a QA report and a public allow decision, with every
// digest computed here from the bytes, independently of the code under test.
import { createHash } from 'node:crypto'
import path from 'node:path'
import canonicalize from 'canonicalize'
import { writeTree } from './workspace.js'

const hex = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex')

export interface Release {
  /** Action inputs (workspace-relative) that make the release pass. */
  inputs: Record<string, string>
  datasetVersionId: string
  specHash: string
}

/** `files` are root-relative paths under `data/` with their bytes. */
export function writeRelease(
  root: string,
  files: Record<string, string | Buffer>,
  options: { releasedAt?: string; spec?: object; slug?: string } = {}
): Release {
  const releasedAt = options.releasedAt ?? '2026-05-31T23:30:00Z'
  const spec = options.spec ?? { dataset: 'generated', params: { n: Object.keys(files).length } }
  const specHash = `sha256:${hex(canonicalize(spec)!)}`
  const utc = new Date(releasedAt).toISOString()
  const datasetVersionId = `${utc.slice(0, 7)}.${specHash.slice(7, 15)}`
  const entries = Object.entries(files).map(([p, content]) => {
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content)
    return { path: p, digest: `sha256:${hex(bytes)}`, hex: hex(bytes) }
  })
  const url = (from: string, to: string): string =>
    path.posix.relative(path.posix.dirname(from), to).split('/').map(encodeURIComponent).join('/')
  const qa = JSON.stringify({ status: 'pass' })
  const decisionId = 'kfm://policy_decision/generated'
  writeTree(root, {
    'spec.json': JSON.stringify(spec),
    'qa.json': qa,
    'decision.json': JSON.stringify({
      decision_id: decisionId,
      policy_label: 'public',
      decision: 'allow',
      obligations: []
    }),
    'catalog/dcat.jsonld': JSON.stringify({
      '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' },
      '@id': 'https://data.example/generated',
      '@type': 'dcat:Dataset',
      'dct:license': { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
      'dcat:distribution': entries.map((e) => ({
        '@type': 'dcat:Distribution',
        'dcat:downloadURL': { '@id': url('catalog/dcat.jsonld', e.path) }
      }))
    }),
    'catalog/collection.json': JSON.stringify({
      type: 'Collection',
      stac_version: '1.0.0',
      id: 'generated',
      description: 'generated',
      license: 'CC-BY-4.0',
      extent: {
        spatial: { bbox: [[-180, -90, 180, 90]] },
        temporal: { interval: [['2026-01-01T00:00:00Z', null]] }
      },
      links: [{ rel: 'item', href: './item.json' }]
    }),
    'catalog/item.json': JSON.stringify({
      type: 'Feature',
      stac_version: '1.0.0',
      id: 'item',
      collection: 'generated',
      geometry: null,
      properties: { datetime: '2026-01-01T00:00:00Z' },
      links: [{ rel: 'collection', href: './collection.json' }],
      assets: Object.fromEntries(
        entries.map((e, i) => [
          `a${i}`,
          { href: url('catalog/item.json', e.path), 'file:checksum': `1220${e.hex}` }
        ])
      )
    }),
    'catalog/prov.json': JSON.stringify({
      prefix: { kfm: 'https://kfm.example/ns#' },
      entity: Object.fromEntries(
        entries.map((e, i) => [`kfm:e${i}`, { 'kfm:digest': e.digest, 'kfm:path': e.path }])
      ),
      activity: { 'kfm:run': {} },
      wasGeneratedBy: Object.fromEntries(
        entries.map((_e, i) => [
          `kfm:g${i}`,
          { 'prov:entity': `kfm:e${i}`, 'prov:activity': 'kfm:run' }
        ])
      )
    }),
    'receipts/run.json': JSON.stringify({
      run_id: 'kfm://run/generated',
      actor: { principal: 'svc:test', role: 'pipeline' },
      operation: 'publish',
      dataset_version_id: datasetVersionId,
      inputs: [],
      outputs: entries.map((e) => ({ uri: e.path, digest: e.digest })),
      environment: {},
      validation: { status: 'pass', report_digest: `sha256:${hex(qa)}` },
      policy: { decision_id: decisionId },
      created_at: '2026-01-01T00:00:00Z'
    }),
    ...files
  })
  return {
    datasetVersionId,
    specHash,
    inputs: {
      'dataset-slug': options.slug ?? 'generated',
      'released-at': releasedAt,
      spec: 'spec.json',
      artifacts: 'data/**',
      catalogs: 'catalog/**',
      'qa-report': 'qa.json',
      'policy-decision': 'decision.json',
      'run-receipts': 'receipts/*.json',
      upload: 'false'
    }
  }
}
