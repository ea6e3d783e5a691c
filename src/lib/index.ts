// The library's entry, the package's `exports`: plain functions over the same code the action
// and the CLI run. Importing it runs nothing; every export is a function, a class or a type.
export {
  buildPromotionManifest,
  PromotionManifestError,
  validatePromotionManifestOrThrow,
  writeJsonAtomic
} from './manifest.js'
export { evaluatePromotion } from './evaluate.js'
export { verifyManifest, type VerifyRequest } from './verify-manifest.js'
export type { VerifyResult } from '../verify-written.js'
export { UsageError } from '../options/parse.js'
export { verifyLedger } from '../ledger/verify-ledger.js'
export type { LedgerVerification, VerifyLedgerOptions } from '../ledger/verify-ledger.js'
export type { LedgerRecord } from '../ledger/record.js'
export { diffManifests, ManifestDiffError } from '../diff/manifests.js'
export type { DiffOptions, ManifestDiff } from '../diff/manifests.js'
export type { ManifestFields, PromotionManifest } from '../manifest/build.js'
export type { PromotionInputs } from '../options/inputs.js'
export type { PromotionResult } from '../pipeline.js'
export type { Violation } from '../model/violation.js'
export type { GateReport } from '../gates/index.js'
