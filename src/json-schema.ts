// One Ajv (JSON Schema 2020-12, strict, real calendar checks on date-time) for every schema the
// action validates against; errors come back as JSON paths and sentences.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

let ajv: Ajv2020 | undefined

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

/** Compiles a schema once; the returned function lists the problems of a value ([] when valid). */
export function schemaValidator(schema: object): (value: unknown) => SchemaProblem[] {
  let validate: ValidateFunction | undefined
  return (value) => {
    if (!validate) {
      if (!ajv) {
        ajv = new Ajv2020({
          strict: true,
          strictTypes: false,
          strictRequired: false,
          allErrors: true
        })
        addFormats.default(ajv, { mode: 'full', formats: ['date-time', 'uri'] })
      }
      validate = ajv.compile(schema)
    }
    if (validate(value)) return []
    // if/then and oneOf add summary errors on top of the real ones; those say nothing more.
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if')
    return errors.map((error) => ({ location: location(error), text: describe(error) }))
  }
}
