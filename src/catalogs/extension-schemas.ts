// The STAC extension schemas a workflow gives as local files (stac-extension-schemas), read and
// compiled once per run. A file that cannot be read or compiled stops the run with a sentence
// naming it: validating against a schema that is not there would be a silent pass.
import { readDocument, type DocumentRef } from '../documents/evidence.js'
import { StacSchemaError, compileStacExtensionSchemas, type StacExtensionSchemas } from './stac.js'

export async function readStacExtensionSchemas(
  given: ReadonlyArray<{ url: string; file: DocumentRef }>
): Promise<StacExtensionSchemas> {
  const schemas = new Map<string, unknown>()
  for (const { url, file } of given) {
    const document = await readDocument(file)
    if (!document.readable)
      throw new StacSchemaError(
        `stac-extension-schemas: the schema for ${url}: ${document.message}.`
      )
    schemas.set(url, document.value)
  }
  return compileStacExtensionSchemas(schemas)
}
