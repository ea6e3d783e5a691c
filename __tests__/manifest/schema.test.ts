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
  missing_digest: '/artifacts/0 is missing "digest"',
  short_digest: '/artifacts/0/digest must match pattern',
  uppercase_digest: '/catalogs/0/digest must match pattern',
  digest_without_algorithm: '/qa/report_digest must match pattern',
  unknown_property: 'has the unknown property "signed_by"',
  unknown_artifact_property: '/artifacts/0 has the unknown property "size"',
  wrong_version: '/kfm_promotion_manifest_version must be equal to constant',
  missing_spec_hash: 'is missing "spec_hash"',
  bad_slug: '/dataset_slug must match pattern',
  bad_version_id: '/dataset_version_id must match pattern',
  released_at_with_offset: '/released_at must match pattern',
  released_at_impossible_date: '/released_at must match format "date-time"',
  released_at_hour_24: '/released_at must match format "date-time"',
  approved_at_fractional: '/approvals/0/approved_at must match pattern',
  path_with_dotdot: '/artifacts/0/path must NOT be valid',
  path_absolute: '/artifacts/0/path must NOT be valid',
  path_with_backslash: '/catalogs/0/path must NOT be valid',
  path_with_dot_segment: '/catalogs/1/path must NOT be valid',
  no_artifacts: '/artifacts must NOT have fewer than 1 items',
  no_catalogs: '/catalogs must NOT have fewer than 1 items',
  bad_media_type: '/artifacts/0/media_type must match pattern',
  qa_status_unknown: '/qa/status must be equal to one of the allowed values',
  policy_label_unknown: '/policy/policy_label must be equal to one of the allowed values',
  decision_id_not_kfm: '/policy/decision_id must match pattern',
  approval_without_role: '/approvals/0 is missing "role"'
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
