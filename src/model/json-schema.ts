// Validation against the JSON Schemas in schemas/, compiled to code at build time by
// scripts/compile-schemas.mjs (JSON Schema 2020-12, strict, real calendar checks on date-time);
// errors come back as JSON paths and sentences.
import type { ErrorObject, ValidateFunction } from 'ajv'

export interface SchemaProblem {
  /** JSON path of the offending value, as keys and indexes. */
  location: Array<string | number>
  /** `/artifacts/0 is missing "digest"` */
  text: string
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the document' : error.instancePath
  if (error.keyword === 'additionalProperties') {
    return `${where} has the unknown property "${String(error.params.additionalProperty)}"`
  }
  if (error.keyword === 'required')
    return `${where} is missing "${String(error.params.missingProperty)}"`
  return `${where} ${error.message ?? 'is invalid'}`
}

function location(error: ErrorObject): Array<string | number> {
  if (error.instancePath === '') return []
  return error.instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

/** Wraps a validator compiled at build time; the function lists a value's problems ([] when valid). */
export function schemaValidator(validate: ValidateFunction): (value: unknown) => SchemaProblem[] {
  return (value) => {
    if (validate(value)) return []
    // if/then add summary errors on top of the real ones; those say nothing more.
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if')
    return errors.map((error) => ({ location: location(error), text: describe(error) }))
  }
}
