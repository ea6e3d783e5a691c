// Validation against the JSON Schemas in schemas/, compiled to code at build time by
// scripts/compile-schemas.mjs (JSON Schema 2020-12, strict, real calendar checks on date-time),
// and against the STAC schemas (catalogs/stac-validation.ts): errors come back as JSON paths
// and sentences, worded by the one explainer here.
import type { ErrorObject, ValidateFunction } from 'ajv'
import { foldBranchErrors } from './schema-branches.js'
import {
  describeSchemaError,
  pathOf,
  type JsonSchema,
  type SchemaProblem
} from './schema-errors.js'

export type { SchemaProblem } from './schema-errors.js'

/**
 * A validator's errors as problems. if/then add summary errors on top of the real ones; those
 * say nothing more. Given the schema, each problem says what the value must be. With
 * foldBranches, the errors of every branch of a failed oneOf/anyOf are folded into what the
 * value meant (the STAC schemas' GeoJSON geometries would otherwise list every branch's).
 */
export function explainSchemaErrors(
  errors: readonly ErrorObject[],
  value: unknown,
  options: { schema?: JsonSchema; foldBranches?: boolean } = {}
): SchemaProblem[] {
  const real = errors.filter((e) => e.keyword !== 'if')
  if (options.foldBranches === true) return foldBranchErrors(real, value)
  return real.map((error) => ({
    location: pathOf(error.instancePath),
    text: describeSchemaError(error, value, options.schema)
  }))
}

/**
 * Wraps a validator compiled at build time; the function lists a value's problems ([] when
 * valid). Given the schema it was compiled from, each problem says what the value must be.
 */
export function schemaValidator(
  validate: ValidateFunction,
  schema?: JsonSchema
): (value: unknown) => SchemaProblem[] {
  return (value) =>
    validate(value) ? [] : explainSchemaErrors(validate.errors ?? [], value, { schema })
}
