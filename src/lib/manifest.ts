// The library's manifest functions: build a v1 manifest from its fields in the one order the
// pipeline uses, check a value against the v1 schema, and write JSON atomically with its digest.
import path from 'node:path'
import { orderedManifest, type ManifestFields, type PromotionManifest } from '../manifest/build.js'
import { writeFilesAtomic } from '../manifest/write.js'
import { validateManifest } from '../gates/f-contract.js'
import { sha256Digest } from '../model/digest.js'
import { withoutAbout, type Violation } from '../model/violation.js'
import { jsonText } from '../model/json.js'
import { jsonDataCopy } from './json-value.js'

/**
 * The v1 manifest for these fields: the contract's field order, artifacts and catalogs sorted by
 * path, approvals by role, principal and time (UTF-8 byte order), as the action writes it.
 * Nothing is checked here: validatePromotionManifestOrThrow does that.
 */
export function buildPromotionManifest(fields: ManifestFields): PromotionManifest {
  return orderedManifest(fields)
}

/** A value that is not a valid v1 promotion manifest; `violations` lists every schema problem. */
export class PromotionManifestError extends Error {
  override readonly name = 'PromotionManifestError'

  constructor(readonly violations: readonly Violation[]) {
    super(
      [
        `Not a valid promotion manifest (v1): ${violations.length} problem(s).`,
        ...violations.map((v) => `- ${v.message}`)
      ].join('\n')
    )
  }
}

/** Returns when `value` is a valid v1 manifest; throws PromotionManifestError otherwise. */
export function validatePromotionManifestOrThrow(
  value: unknown
): asserts value is PromotionManifest {
  const violations = validateManifest(value, 'manifest').map(withoutAbout)
  if (violations.length > 0) throw new PromotionManifestError(violations)
}

/**
 * Writes `value` as two-space JSON with a final newline, atomically (a synced temporary file
 * beside the target, then renamed over it), and returns the absolute path and the SHA-256 of the
 * bytes written, as sha256sum gives it. A value JSON cannot hold exactly (undefined, NaN, a
 * function, a cycle, …) throws a TypeError naming where it is, before anything is written.
 */
export async function writeJsonAtomic(
  file: string,
  value: unknown
): Promise<{ path: string; digest: string }> {
  if (typeof file !== 'string' || file.length === 0 || file.includes('\0'))
    throw new TypeError('writeJsonAtomic needs a file path (a non-empty string without NUL).')
  const text = jsonText(jsonDataCopy(value))
  const absolute = path.resolve(file)
  await writeFilesAtomic([{ path: absolute, shown: file, text }])
  return { path: absolute, digest: sha256Digest(text) }
}
