// The v1 schema, rule by rule: fixtures/valid.v1.json passes, and each fixtures/invalid_*.v1.json
// fails for the one reason its name gives.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { validateManifest } from '../../src/gates/f-contract.js'
import { PROJECT } from '../helpers/runner.js'

const FIXTURES = path.join(PROJECT, 'fixtures')
const load = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'))

/** What each invalid fixture breaks, as the violation message says it. */
const EXPECTED: Record<string, string> = {
  missing_digest:
    '/artifacts/0 is missing "digest": it must be SHA-256, written sha256: and 64 lowercase hex characters.',
  short_digest:
    '/artifacts/0/digest is "sha256:2222"; it must be SHA-256, written sha256: and 64 lowercase hex characters.',
  uppercase_digest: '/catalogs/0/digest is "sha256:AAAA',
  digest_without_algorithm: '/qa/report_digest is "7777',
  unknown_property: 'has the unknown property "signed_by"',
  unknown_artifact_property: '/artifacts/0 has the unknown property "size"',
  wrong_version: '/kfm_promotion_manifest_version is "v2"; it must be "v1".',
  missing_spec_hash: 'is missing "spec_hash": it must be SHA-256',
  bad_slug: '/dataset_slug is "River-Gauges"; it must be a string matching ^[a-z][a-z0-9_]{0,63}$.',
  bad_version_id: '/dataset_version_id is "2026/02 release"; it must be a string matching ^(?:',
  released_at_with_offset:
    '/released_at is "2026-02-20T14:00:00+01:00"; it must be RFC 3339 in UTC with Z, seconds precision; a real calendar date and time.',
  released_at_impossible_date: '/released_at is "2026-02-30T13:00:00Z"; it must be RFC 3339 in UTC',
  released_at_hour_24: '/released_at is "2026-02-20T24:00:00Z"; it must be RFC 3339 in UTC',
  approved_at_fractional:
    '/approvals/0/approved_at is "2026-02-20T12:59:00.5Z"; it must be RFC 3339',
  path_with_dotdot:
    '/artifacts/0/path is "data/../../etc/passwd"; it must be relative to the dataset root, / separators, no . or .. segments, no leading /;',
  path_absolute:
    '/artifacts/0/path is "/data/processed/events.parquet"; it must be relative to the dataset root',
  path_with_backslash:
    '/catalogs/0/path is "catalog\\\\dcat.jsonld"; it must be relative to the dataset root',
  path_with_dot_segment:
    '/catalogs/1/path is "catalog/./stac/collection.json"; it must be relative to the dataset root',
  no_artifacts:
    '/artifacts is []; it must be a non-empty list, each an object with "path", "digest", "media_type".',
  no_catalogs:
    '/catalogs is []; it must be a non-empty list, each an object with "path", "digest".',
  bad_media_type: '/artifacts/0/media_type is "parquet"; it must be a string matching ^[A-Za-z0-9',
  qa_status_unknown: '/qa/status is "ok"; it must be one of "pass", "warn", "fail".',
  policy_label_unknown:
    '/policy/policy_label is "secret"; it must be one of "public", "internal", "restricted", "confidential".',
  decision_id_not_kfm:
    '/policy/decision_id is "xyz"; it must be a string matching ^kfm://policy_decision/\\S+$.',
  approval_without_role: '/approvals/0 is missing "role": it must be a non-empty string'
}

describe('promotion_manifest_v1.schema.json', () => {
  it('accepts fixtures/valid.v1.json', () => {
    expect(validateManifest(load('valid.v1.json'), 'valid.v1.json')).toEqual([])
  })

  it('has a fixture for every rule listed here, and a rule for every fixture', () => {
    const fixtures = readdirSync(FIXTURES)
      .filter((f) => /^invalid_.*\.v1\.json$/.test(f))
      .map((f) => f.slice('invalid_'.length, -'.v1.json'.length))
    expect(fixtures.sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(Object.entries(EXPECTED))('refuses invalid_%s.v1.json', (name, message) => {
    const violations = validateManifest(load(`invalid_${name}.v1.json`), `invalid_${name}.v1.json`)
    expect(violations.length).toBeGreaterThan(0)
    expect(violations.every((v) => v.gate === 'F' && v.code === 'MANIFEST_SCHEMA')).toBe(true)
    expect(violations.map((v) => v.message).join('\n')).toContain(message)
  })
})
