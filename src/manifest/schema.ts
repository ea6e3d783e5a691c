// Gate F, schema: the manifest is valid against schemas/promotion_manifest_v1.schema.json.
import { manifestV1 } from '../generated/validators.js'
import { schemaValidator } from '../json-schema.js'
import { violation, type Violation } from '../gates/violation.js'

const problems = schemaValidator(manifestV1)

/** Validates a manifest value; `path` names it in violations (the output path or a fixture). */
export function validateManifest(manifest: unknown, path: string): Violation[] {
  return problems(manifest).map((problem) =>
    violation(
      'F',
      'MANIFEST_SCHEMA',
      path,
      `The manifest does not match the v1 schema: ${problem.text.replace(/^the document/, 'the manifest')}.`
    )
  )
}
