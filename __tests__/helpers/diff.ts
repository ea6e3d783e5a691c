// Manifests to compare: fixtures/valid.v1.json changed field by field, and the diff's JSON Schema
// (schemas/manifest_diff_v1.schema.json) compiled to check what diff prints.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { PROJECT } from './runner.js'

export interface TestManifest {
  dataset_slug: string
  dataset_version_id: string
  spec_hash: string
  released_at: string
  artifacts: Array<{ path: string; digest: string; media_type: string }>
  catalogs: Array<{ path: string; digest: string }>
  qa: { status: string; report_digest: string }
  policy: { policy_label: string; decision_id: string }
  approvals: Array<{ role: string; principal: string; approved_at: string }>
  [key: string]: unknown
}

export function validManifest(): TestManifest {
  return JSON.parse(
    readFileSync(path.join(PROJECT, 'fixtures', 'valid.v1.json'), 'utf8')
  ) as TestManifest
}

export const digestOf = (n: number | string) => `sha256:${String(n).repeat(64).slice(0, 64)}`

const schema = JSON.parse(
  readFileSync(path.join(PROJECT, 'schemas', 'manifest_diff_v1.schema.json'), 'utf8')
) as object
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema)

/** The schema's complaints about a diff, [] when it validates. */
export function diffSchemaErrors(value: unknown): string[] {
  if (validate(value)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`)
}
