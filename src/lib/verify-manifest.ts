// The library's verifyManifest: a written manifest checked against the files it names, as the
// CLI's verify command and the action's verify mode do it.
import path from 'node:path'
import { parseVerifyOptions, UsageError } from '../options/parse.js'
import { verifyWritten, type VerifyResult } from '../verify-written.js'

export interface VerifyRequest {
  /** The manifest file, relative to `workspace` (or absolute). */
  manifest: string
  /** The dataset root the manifest's paths are relative to, relative to `workspace`. Default: `.` */
  root?: string
  /** Default: the current directory. */
  workspace?: string
  /** The `sha256:` digest the manifest's bytes must have (a generating run's manifest digest). */
  expectDigest?: string
  /** Patterns relative to the root: a file they find that the manifest does not list fails. */
  strict?: string[]
  /** Check only the listed files of shard `index` of `count` (the manifest itself always). */
  shard?: { index: number; count: number }
}

/**
 * Verifies a written manifest: valid v1, the expected bytes when `expectDigest` is given, its
 * sidecars (when beside it) in agreement, and every listed file under the root with its digest.
 * Returns `status: 'fail'` with the violations otherwise; a bad request throws UsageError.
 */
export async function verifyManifest(given: VerifyRequest): Promise<VerifyResult> {
  // Own properties only: a key set on Object.prototype in the caller's process is no request.
  const request: VerifyRequest = Object.assign(Object.create(null) as VerifyRequest, given)
  const strings = (value: unknown): boolean =>
    Array.isArray(value) && value.every((item) => typeof item === 'string')
  if (typeof request.manifest !== 'string')
    throw new UsageError('verifyManifest needs manifest, the path of the manifest file.')
  if (request.strict !== undefined && !strings(request.strict))
    throw new UsageError('verifyManifest: strict must be an array of pattern strings.')
  const workspace = path.resolve(request.workspace ?? process.cwd())
  const shard =
    request.shard && Object.assign(Object.create(null) as typeof request.shard, request.shard)
  const options = parseVerifyOptions(
    {
      manifest: request.manifest,
      root: request.root,
      'expect-digest': request.expectDigest,
      strict: request.strict ?? [],
      ...(shard ? { shard } : {})
    },
    workspace
  )
  return verifyWritten(options)
}
