// Gate F, schema: the manifest is valid against schemas/promotion_manifest_v1.schema.json
// (JSON Schema 2020-12, strict, with real calendar checks on date-time).
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import schema from '../../schemas/promotion_manifest_v1.schema.json' with { type: 'json' }
import { violation, type Violation } from '../gates/violation.js'

let compiled: ValidateFunction | undefined

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ strict: true, allErrors: true })
    addFormats.default(ajv, { mode: 'full', formats: ['date-time'] })
    compiled = ajv.compile(schema)
  }
  return compiled
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the manifest' : error.instancePath
  if (error.keyword === 'additionalProperties') {
    return `${where} has the unknown property "${String(error.params.additionalProperty)}"`
  }
  if (error.keyword === 'required')
    return `${where} is missing "${String(error.params.missingProperty)}"`
  return `${where} ${error.message ?? 'is invalid'}`
}

/** Validates a manifest value; `path` names it in violations (the output path or a fixture). */
export function validateManifest(manifest: unknown, path: string): Violation[] {
  const validate = validator()
  if (validate(manifest)) return []
  return (validate.errors ?? []).map((error) =>
    violation(
      'F',
      'MANIFEST_SCHEMA',
      path,
      `The manifest does not match the v1 schema: ${describe(error)}.`
    )
  )
}
