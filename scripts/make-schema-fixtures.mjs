// Writes fixtures/valid.v1.json and one fixtures/invalid_<rule>.v1.json per rule the v1 schema
// enforces, each the valid manifest broken in exactly one way.
// Run it again after changing the schema: node scripts/make-schema-fixtures.mjs
import { writeFileSync } from 'node:fs'

const digest = (c) => `sha256:${c.repeat(64)}`
const valid = {
  kfm_promotion_manifest_version: 'v1',
  dataset_slug: 'river_gauges',
  dataset_version_id: '2026-02.abcd1234',
  spec_hash: 'sha256:abcd1234' + 'e'.repeat(56),
  released_at: '2026-02-20T13:00:00Z',
  artifacts: [
    {
      path: 'data/processed/events.parquet',
      digest: digest('2'),
      media_type: 'application/x-parquet'
    },
    {
      path: 'data/processed/grid.zarr/.zattrs',
      digest: digest('3'),
      media_type: 'application/vnd+zarr'
    }
  ],
  catalogs: [
    { path: 'catalog/dcat.jsonld', digest: digest('4') },
    { path: 'catalog/stac/collection.json', digest: digest('5') }
  ],
  qa: { status: 'pass', report_digest: digest('7') },
  policy: { policy_label: 'public', decision_id: 'kfm://policy_decision/xyz' },
  approvals: [{ role: 'steward', principal: 'github:steward', approved_at: '2026-02-20T12:59:00Z' }]
}

const clone = () => JSON.parse(JSON.stringify(valid))
const broken = {
  missing_digest: (m) => delete m.artifacts[0].digest,
  short_digest: (m) => (m.artifacts[0].digest = 'sha256:2222'),
  uppercase_digest: (m) => (m.catalogs[0].digest = digest('A')),
  digest_without_algorithm: (m) => (m.qa.report_digest = '7'.repeat(64)),
  unknown_property: (m) => (m.signed_by = 'someone'),
  unknown_artifact_property: (m) => (m.artifacts[0].size = 12),
  wrong_version: (m) => (m.kfm_promotion_manifest_version = 'v2'),
  missing_spec_hash: (m) => delete m.spec_hash,
  bad_slug: (m) => (m.dataset_slug = 'River-Gauges'),
  bad_version_id: (m) => (m.dataset_version_id = '2026/02 release'),
  released_at_with_offset: (m) => (m.released_at = '2026-02-20T14:00:00+01:00'),
  released_at_impossible_date: (m) => (m.released_at = '2026-02-30T13:00:00Z'),
  released_at_hour_24: (m) => (m.released_at = '2026-02-20T24:00:00Z'),
  approved_at_fractional: (m) => (m.approvals[0].approved_at = '2026-02-20T12:59:00.5Z'),
  path_with_dotdot: (m) => (m.artifacts[0].path = 'data/../../etc/passwd'),
  path_absolute: (m) => (m.artifacts[0].path = '/data/processed/events.parquet'),
  path_with_backslash: (m) => (m.catalogs[0].path = 'catalog\\dcat.jsonld'),
  path_with_dot_segment: (m) => (m.catalogs[1].path = 'catalog/./stac/collection.json'),
  no_artifacts: (m) => (m.artifacts = []),
  no_catalogs: (m) => (m.catalogs = []),
  bad_media_type: (m) => (m.artifacts[0].media_type = 'parquet'),
  qa_status_unknown: (m) => (m.qa.status = 'ok'),
  policy_label_unknown: (m) => (m.policy.policy_label = 'secret'),
  decision_id_not_kfm: (m) => (m.policy.decision_id = 'xyz'),
  approval_without_role: (m) => delete m.approvals[0].role
}

writeFileSync('fixtures/valid.v1.json', `${JSON.stringify(valid, null, 2)}\n`)
for (const [name, breakIt] of Object.entries(broken)) {
  const manifest = clone()
  breakIt(manifest)
  writeFileSync(`fixtures/invalid_${name}.v1.json`, `${JSON.stringify(manifest, null, 2)}\n`)
}
console.log(`wrote valid.v1.json and ${Object.keys(broken).length} invalid fixtures`)
