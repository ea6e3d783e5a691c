// Gate A: identity and versioning. dataset_slug, dataset_version_id, spec_hash and released_at,
// as DECISIONS.md ("Identity (gate A)", "Time") defines them.
import { DIGEST_PATTERN } from '../model/digest.js'
import { parseTimestamp } from '../model/time.js'
import { violation, type Violation } from '../model/violation.js'
import type { Evidence, Gate } from './evidence.js'

export const SLUG_PATTERN = /^[a-z][a-z0-9_]{0,63}$/
export const DERIVED_VERSION_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])\.([0-9a-f]{8})$/
export const FREE_VERSION_PATTERN = /^[A-Za-z0-9._-]{1,128}$/

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

export interface Identity {
  specHash?: string
  datasetVersionId?: string
  releasedAt?: string
  releasedInstant?: string
  violations: Violation[]
}

export function checkIdentity(evidence: IdentityEvidence): Identity {
  const violations: Violation[] = []
  const { datasetSlug } = evidence
  if (!SLUG_PATTERN.test(datasetSlug)) {
    violations.push(
      violation(
        'A',
        'SLUG_INVALID',
        'dataset-slug',
        `dataset-slug "${datasetSlug}" must be lowercase a-z, 0-9 and _, start with a letter, and be at most 64 characters (for example "river_gauges").`
      )
    )
  }

  let specHash: string | undefined
  if (evidence.specHash !== undefined && !DIGEST_PATTERN.test(evidence.specHash)) {
    violations.push(
      violation(
        'A',
        'SPEC_HASH_INVALID',
        'spec-hash',
        `spec-hash "${evidence.specHash}" must be sha256: followed by 64 lowercase hex characters.`
      )
    )
  } else if (
    evidence.specHash !== undefined &&
    evidence.specHashFromSpec !== undefined &&
    evidence.specHash !== evidence.specHashFromSpec
  ) {
    violations.push(
      violation(
        'A',
        'SPEC_HASH_MISMATCH',
        'spec-hash',
        `spec-hash ${evidence.specHash} disagrees with the spec document, whose canonical (RFC 8785) digest is ${evidence.specHashFromSpec}; drop spec-hash or fix the spec.`
      )
    )
  } else {
    specHash = evidence.specHashFromSpec ?? evidence.specHash
  }
  if (specHash === undefined && evidence.specHash === undefined && !evidence.specUnreadable) {
    violations.push(
      violation(
        'A',
        'SPEC_MISSING',
        'spec',
        'No spec_hash can be computed: give the dataset spec document (spec) or its hash (spec-hash).'
      )
    )
  }

  let releasedAt: string | undefined
  let releasedInstant: string | undefined
  if (evidence.releasedAt === undefined) {
    violations.push(
      violation(
        'A',
        'RELEASED_AT_MISSING',
        'released-at',
        'released-at is not given and there is no git commit to take it from; set released-at (RFC 3339, for example 2026-02-20T13:00:00Z) or run in a git checkout.'
      )
    )
  } else {
    const parsed = parseTimestamp(evidence.releasedAt)
    if (!parsed.ok) {
      const origin = evidence.releasedAtSource === 'commit' ? 'The commit time' : 'released-at'
      violations.push(
        violation('A', 'RELEASED_AT_INVALID', 'released-at', `${origin} ${parsed.reason}.`)
      )
    } else {
      releasedAt = parsed.utc
      releasedInstant = parsed.instant
    }
  }

  let datasetVersionId: string | undefined
  const given = evidence.datasetVersionId
  if (given !== undefined) {
    const derivedShape = DERIVED_VERSION_PATTERN.exec(given)
    if (derivedShape) {
      if (specHash !== undefined && !specHash.startsWith(`sha256:${derivedShape[3]}`)) {
        violations.push(
          violation(
            'A',
            'VERSION_ID_MISMATCH',
            'dataset-version-id',
            `dataset-version-id "${given}" ends in ${derivedShape[3]}, which is not the start of spec_hash ${specHash}; the spec changed since the version was named, so derive the id again (leave dataset-version-id empty).`
          )
        )
      } else datasetVersionId = given
    } else if (!FREE_VERSION_PATTERN.test(given)) {
      violations.push(
        violation(
          'A',
          'VERSION_ID_INVALID',
          'dataset-version-id',
          `dataset-version-id "${given}" must be YYYY-MM. and 8 hex characters of spec_hash, or 1 to 128 characters of A-Z, a-z, 0-9, ".", "_" and "-".`
        )
      )
    } else datasetVersionId = given
  } else if (specHash !== undefined && releasedAt !== undefined) {
    datasetVersionId = `${releasedAt.slice(0, 7)}.${specHash.slice('sha256:'.length, 'sha256:'.length + 8)}`
  }
  return { specHash, datasetVersionId, releasedAt, releasedInstant, violations }
}

/** The identity the evidence gives; gates C and E use it too, so it is computed, not passed. */
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
  check(evidence) {
    const identity = identityOf(evidence)
    const violations = [...identity.violations]
    const checked: string[] = []
    const spec = evidence.spec
    if (spec && !spec.readable)
      violations.push(violation('A', 'SPEC_INVALID', spec.path, spec.message, spec.line))
    else if (spec) checked.push(`spec_hash from ${spec.path} (RFC 8785)`)
    if (identity.releasedAt)
      checked.push(
        `released_at ${identity.releasedAt} (from ${evidence.releasedAtSource === 'commit' ? 'the commit' : 'input'})`
      )
    return { violations, checked }
  }
}
