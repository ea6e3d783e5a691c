// Gate A: identity and versioning. dataset_slug, dataset_version_id, spec_hash and released_at,
// as docs/decisions.md ("Identity (gate A)", "Time") defines them.
import { DIGEST_PATTERN } from '../model/digest.js'
import { parseTimestamp } from '../model/time.js'
import { violation, type Violation } from '../model/violation.js'
import type { SpecReading } from '../documents/spec.js'
import type { Evidence, Gate, Identity, Judged } from './evidence.js'

export const SLUG_PATTERN = /^[a-z][a-z0-9_]{0,63}$/
const DERIVED_VERSION_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])\.([0-9a-f]{8})$/
const FREE_VERSION_PATTERN = /^[A-Za-z0-9._-]{1,128}$/

export interface IdentityEvidence {
  datasetSlug: string
  /** As given by the user, if given. */
  datasetVersionId?: string
  /** From the spec document, if one was given and read. */
  specHashFromSpec?: string
  /** As given by the user, if given. */
  specHash?: string
  /** As given by the user or taken from the commit. */
  releasedAt?: string
  releasedAtSource: 'input' | 'commit' | 'none'
  /** True when a spec was given but could not be read (its own violation says why). */
  specUnreadable?: boolean
}

function slugViolations(slug: string): Violation[] {
  if (SLUG_PATTERN.test(slug)) return []
  return [
    violation(
      'SLUG_INVALID',
      'dataset-slug',
      `dataset-slug "${slug}" must be lowercase a-z, 0-9 and _, start with a letter, and be at most 64 characters (for example "river_gauges").`
    )
  ]
}

function specHashOf(
  evidence: Pick<IdentityEvidence, 'specHash' | 'specHashFromSpec' | 'specUnreadable'>
): Judged<string> {
  const { specHash: given, specHashFromSpec: fromSpec } = evidence
  if (given !== undefined && !DIGEST_PATTERN.test(given)) {
    const message = `spec-hash "${given}" must be sha256: followed by 64 lowercase hex characters.`
    return { violations: [violation('SPEC_HASH_INVALID', 'spec-hash', message)] }
  }
  if (given !== undefined && fromSpec !== undefined && given !== fromSpec) {
    const message = `spec-hash ${given} disagrees with the spec document, whose canonical (RFC 8785) digest is ${fromSpec}; drop spec-hash or fix the spec.`
    return { violations: [violation('SPEC_HASH_MISMATCH', 'spec-hash', message)] }
  }
  const value = fromSpec ?? given
  if (value !== undefined || evidence.specUnreadable) return { value, violations: [] }
  const message =
    'No spec_hash can be computed: give the dataset spec document (spec) or its hash (spec-hash).'
  return { violations: [violation('SPEC_MISSING', 'spec', message)] }
}

function releasedAtOf(
  evidence: Pick<IdentityEvidence, 'releasedAt' | 'releasedAtSource'>
): Judged<{ utc: string; instant: string }> {
  if (evidence.releasedAt === undefined) {
    const message =
      'released-at is not given and there is no git commit to take it from; set released-at (RFC 3339, for example 2026-02-20T13:00:00Z) or run in a git checkout.'
    return { violations: [violation('RELEASED_AT_MISSING', 'released-at', message)] }
  }
  const parsed = parseTimestamp(evidence.releasedAt)
  if (parsed.ok) return { value: { utc: parsed.utc, instant: parsed.instant }, violations: [] }
  const origin = evidence.releasedAtSource === 'commit' ? 'The commit time' : 'released-at'
  const message = `${origin} ${parsed.reason}.`
  return { violations: [violation('RELEASED_AT_INVALID', 'released-at', message)] }
}

/** A given id is checked against spec_hash; none given, it is derived (docs/decisions.md). */
function versionIdOf(
  given: string | undefined,
  specHash: string | undefined,
  releasedAt: string | undefined
): Judged<string> {
  if (given === undefined) {
    if (specHash === undefined || releasedAt === undefined) return { violations: [] }
    const hex = specHash.slice('sha256:'.length, 'sha256:'.length + 8)
    return { value: `${releasedAt.slice(0, 7)}.${hex}`, violations: [] }
  }
  const derivedShape = DERIVED_VERSION_PATTERN.exec(given)
  if (derivedShape && specHash !== undefined && !specHash.startsWith(`sha256:${derivedShape[3]}`)) {
    const message = `dataset-version-id "${given}" ends in ${derivedShape[3]}, which is not the start of spec_hash ${specHash}; the spec changed since the version was named, so derive the id again (leave dataset-version-id empty).`
    return { violations: [violation('VERSION_ID_MISMATCH', 'dataset-version-id', message)] }
  }
  if (derivedShape || FREE_VERSION_PATTERN.test(given)) return { value: given, violations: [] }
  const message = `dataset-version-id "${given}" must be YYYY-MM. and 8 hex characters of spec_hash, or 1 to 128 characters of A-Z, a-z, 0-9, ".", "_" and "-".`
  return { violations: [violation('VERSION_ID_INVALID', 'dataset-version-id', message)] }
}

/**
 * The version id a run would derive from the spec and released_at, or the violations that stop
 * it. The `version-id` command prints it, so a pipeline can write it into its run receipts before
 * the gate runs (docs/decisions.md: the month is the month the version was cut).
 */
export function derivedVersionId(evidence: {
  spec?: SpecReading
  specHash?: string
  releasedAt?: string
  releasedAtSource: IdentityEvidence['releasedAtSource']
}): Judged<string> {
  const { spec } = evidence
  const specHash = specHashOf({
    specHash: evidence.specHash,
    specHashFromSpec: spec?.readable ? spec.specHash : undefined,
    specUnreadable: spec !== undefined && !spec.readable
  })
  const releasedAt = releasedAtOf(evidence)
  const violations = [...specHash.violations, ...releasedAt.violations]
  if (spec && !spec.readable)
    violations.push(violation('SPEC_INVALID', spec.path, spec.message, { line: spec.line }))
  const versionId = versionIdOf(undefined, specHash.value, releasedAt.value?.utc)
  return violations.length > 0 ? { violations } : { value: versionId.value, violations }
}

export function checkIdentity(evidence: IdentityEvidence): Identity {
  const specHash = specHashOf(evidence)
  const releasedAt = releasedAtOf(evidence)
  const versionId = versionIdOf(evidence.datasetVersionId, specHash.value, releasedAt.value?.utc)
  return {
    specHash: specHash.value,
    datasetVersionId: versionId.value,
    releasedAt: releasedAt.value?.utc,
    releasedInstant: releasedAt.value?.instant,
    violations: [
      ...slugViolations(evidence.datasetSlug),
      ...specHash.violations,
      ...releasedAt.violations,
      ...versionId.violations
    ]
  }
}

/** The identity the evidence gives (a fact: gates C and E and the manifest read it too). */
export function identityOf(evidence: Evidence): Identity {
  const spec = evidence.spec
  return checkIdentity({
    datasetSlug: evidence.datasetSlug,
    datasetVersionId: evidence.given.datasetVersionId,
    specHash: evidence.given.specHash,
    specHashFromSpec: spec?.readable ? spec.specHash : undefined,
    specUnreadable: spec !== undefined && !spec.readable,
    releasedAt: evidence.given.releasedAt,
    releasedAtSource: evidence.releasedAtSource
  })
}

export const gateA: Gate = {
  letter: 'A',
  check(evidence, { identity }) {
    const violations = [...identity.violations]
    const checked: string[] = []
    const spec = evidence.spec
    if (spec && !spec.readable)
      violations.push(violation('SPEC_INVALID', spec.path, spec.message, { line: spec.line }))
    else if (spec) checked.push(`spec_hash from ${spec.path} (RFC 8785)`)
    if (identity.releasedAt)
      checked.push(
        `released_at ${identity.releasedAt} (from ${evidence.releasedAtSource === 'commit' ? 'the commit' : 'input'})`
      )
    return { violations, checked }
  }
}
