// STAC as STAC's own tools judge it, the face the catalog reader and the gates use: which
// documents are STAC and which bundled schemas judge them (stac-schema-choice.ts), validation
// against those and the extensions' schemas (stac-validation.ts, extension-schemas.ts), and the
// view of the links and assets for cross-link checks (stac-view.ts).
export { isStac } from './stac-schema-choice.js'
export { validateStac } from './stac-validation.js'
export { StacSchemaError, type StacExtensionSchemas } from './extension-schemas.js'
export { multihashToDigest, readStac } from './stac-view.js'
