// Gate A, as docs/decisions.md "Identity (gate A)" states it.
import { checkIdentity, type IdentityEvidence } from '../../src/gates/a-identity.js'

const SPEC = `sha256:abcd1234${'e'.repeat(56)}`
const base: IdentityEvidence = {
  datasetSlug: 'river_gauges',
  specHashFromSpec: SPEC,
  releasedAt: '2026-02-20T13:00:00Z',
  releasedAtSource: 'input'
}
const codes = (evidence: Partial<IdentityEvidence>): string[] =>
  checkIdentity({ ...base, ...evidence }).violations.map((v) => v.code)

describe('dataset_slug', () => {
  it.each(['river_gauges', 'a', 'a1_b2', 'x'.repeat(64)])('accepts %s', (slug) => {
    expect(codes({ datasetSlug: slug })).toEqual([])
  })
  it.each([
    'River_gauges',
    '1river',
    '_river',
    'river-gauges',
    'river gauges',
    'x'.repeat(65),
    'rivér'
  ])('refuses %s', (slug) => {
    expect(codes({ datasetSlug: slug })).toEqual(['SLUG_INVALID'])
  })
})

describe('dataset_version_id', () => {
  it('is derived from released_at in UTC and the first 8 hex characters of spec_hash', () => {
    expect(checkIdentity(base).datasetVersionId).toBe('2026-02.abcd1234')
    expect(
      checkIdentity({ ...base, releasedAt: '2026-02-28T23:30:00-01:00' }).datasetVersionId
    ).toBe('2026-03.abcd1234')
  })
  it('accepts a given id in the derived shape whose hex part starts spec_hash', () => {
    expect(checkIdentity({ ...base, datasetVersionId: '2025-12.abcd1234' }).datasetVersionId).toBe(
      '2025-12.abcd1234'
    )
  })
  it('refuses a derived-shape id whose hex part is not a prefix of spec_hash', () => {
    expect(codes({ datasetVersionId: '2026-02.abcd1235' })).toEqual(['VERSION_ID_MISMATCH'])
  })
  it('accepts any other id of 1 to 128 characters of A-Za-z0-9._-', () => {
    expect(checkIdentity({ ...base, datasetVersionId: 'v1.2.3_rc-1' }).datasetVersionId).toBe(
      'v1.2.3_rc-1'
    )
    expect(codes({ datasetVersionId: 'x'.repeat(128) })).toEqual([])
  })
  it.each(['v1 2', 'x'.repeat(129), 'v1/2', 'rélease'])('refuses %s', (id) => {
    expect(codes({ datasetVersionId: id })).toEqual(['VERSION_ID_INVALID'])
  })
})

describe('spec_hash', () => {
  it('comes from the spec document, or from spec-hash when no document is given', () => {
    expect(checkIdentity(base).specHash).toBe(SPEC)
    expect(checkIdentity({ ...base, specHashFromSpec: undefined, specHash: SPEC }).specHash).toBe(
      SPEC
    )
  })
  it('must agree when both are given', () => {
    expect(codes({ specHash: SPEC })).toEqual([])
    expect(codes({ specHash: `sha256:${'0'.repeat(64)}` })).toEqual(['SPEC_HASH_MISMATCH'])
  })
  it('must be sha256: and 64 lowercase hex characters', () => {
    expect(codes({ specHashFromSpec: undefined, specHash: 'sha256:abcd1234' })).toContain(
      'SPEC_HASH_INVALID'
    )
    expect(codes({ specHashFromSpec: undefined, specHash: SPEC.toUpperCase() })).toContain(
      'SPEC_HASH_INVALID'
    )
  })
  it('is required', () => {
    expect(codes({ specHashFromSpec: undefined })).toEqual(['SPEC_MISSING'])
  })
})

describe('released_at', () => {
  it('is required, and names where to set it', () => {
    const identity = checkIdentity({ ...base, releasedAt: undefined, releasedAtSource: 'none' })
    expect(identity.violations.map((v) => v.code)).toEqual(['RELEASED_AT_MISSING'])
    expect(identity.violations[0]!.message).toContain('set released-at')
  })
  it('must be a real RFC 3339 time', () => {
    expect(codes({ releasedAt: '2026-02-30T13:00:00Z' })).toEqual(['RELEASED_AT_INVALID'])
    expect(codes({ releasedAt: 'yesterday' })).toEqual(['RELEASED_AT_INVALID'])
  })
})
