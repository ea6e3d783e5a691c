// Gate A at publishing, as docs/decisions.md "Publishing and the ledger" states it: a version id is
// published once, with one manifest; versions go forward in time.
import { publicationViolations, type PublicationEvidence } from '../../src/gates/a-publication.js'

const OURS = `sha256:${'a'.repeat(64)}`
const THEIRS = `sha256:${'b'.repeat(64)}`
const base: PublicationEvidence = {
  manifestPath: 'promotion/promotion_manifest.json',
  tag: 'river_gauges/2026-03.46e446c6',
  manifestDigest: OURS,
  releasedAt: '2026-03-01T00:00:00Z',
  ledger: 'ledger/river_gauges.jsonl on branch promotion-ledger'
}
const URL = 'https://github.com/kfm/datasets/releases/tag/river_gauges/2026-03.46e446c6'
const judged = (evidence: Partial<PublicationEvidence>) =>
  publicationViolations({ ...base, ...evidence })
const codes = (evidence: Partial<PublicationEvidence>) => judged(evidence).map((v) => v.code)

describe('a version id is published once (RELEASE_CONFLICT)', () => {
  it('passes a first publication, and the same manifest published or recorded again', () => {
    expect(codes({})).toEqual([])
    expect(codes({ released: { url: URL, manifestDigest: OURS } })).toEqual([])
    expect(codes({ recorded: { seq: 3, manifestDigest: OURS } })).toEqual([])
  })

  it('refuses another manifest under the tag, naming both digests, the release and what to change', () => {
    const [v] = judged({ released: { url: URL, manifestDigest: THEIRS } })
    expect(v).toMatchObject({ gate: 'A', code: 'RELEASE_CONFLICT', path: base.manifestPath })
    expect(v!.message).toContain(THEIRS)
    expect(v!.message).toContain(OURS)
    expect(v!.message).toContain(URL)
    expect(v!.message).toContain('give this content a new dataset-version-id')
  })

  it('refuses a release under the tag without a manifest asset (it cannot be shown to be this one)', () => {
    expect(judged({ released: { url: URL } })[0]!.message).toContain(
      'without a promotion_manifest.json asset'
    )
  })

  it('refuses a version the ledger records with another manifest, even with no release left', () => {
    const [v] = judged({ recorded: { seq: 2, manifestDigest: THEIRS } })
    expect(v!.code).toBe('RELEASE_CONFLICT')
    expect(v!.message).toContain('(record 2)')
  })

  it('is a conflict whatever released_at says: the tag is looked at first', () => {
    expect(
      codes({
        released: { url: URL, manifestDigest: THEIRS },
        lastPublished: { versionId: 'later', releasedAt: '2027-01-01T00:00:00Z' }
      })
    ).toEqual(['RELEASE_CONFLICT'])
  })
})

describe('versions go forward in time (RELEASE_ROLLBACK)', () => {
  it('refuses a released_at earlier than the last published version, naming it', () => {
    const [v] = judged({
      lastPublished: { versionId: '2026-04.46e446c6', releasedAt: '2026-04-01T00:00:00Z' }
    })
    expect(v).toMatchObject({ gate: 'A', code: 'RELEASE_ROLLBACK' })
    expect(v!.message).toContain('2026-04.46e446c6')
    expect(v!.message).toContain('promote it as a new version with a current released-at')
  })

  it('accepts a later or an equal released_at', () => {
    for (const releasedAt of ['2026-02-28T23:59:59Z', '2026-03-01T00:00:00Z'])
      expect(codes({ lastPublished: { versionId: 'before', releasedAt } })).toEqual([])
  })

  it('does not judge the order of a version the ledger already records with this manifest (a re-run)', () => {
    expect(
      codes({
        recorded: { seq: 1, manifestDigest: OURS },
        lastPublished: { versionId: 'later', releasedAt: '2027-01-01T00:00:00Z' }
      })
    ).toEqual([])
  })
})
