// The release body: the gate table from the manifest, the changes since the previous version,
// every value shown as text, and the whole inside GitHub's 125,000 characters.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { diffManifests } from '../../src/diff/manifests.js'
import { RELEASE_BODY_LIMIT, releaseNotes } from '../../src/report/release-notes.js'
import { PROJECT } from '../helpers/runner.js'

const manifest = JSON.parse(
  readFileSync(path.join(PROJECT, 'fixtures', 'valid.v1.json'), 'utf8')
) as Record<string, unknown>
const files = {
  manifestDigest: `sha256:${'c'.repeat(64)}`,
  checksums: 'promotion_manifest.sha256sums'
}

describe('releaseNotes', () => {
  it('lists each gate with what the manifest records for it', () => {
    const notes = releaseNotes(manifest, files, { first: true })
    expect(notes).toContain(
      '| A | Identity and versioning | version 2026-02.abcd1234, spec_hash sha256:abcd1234'
    )
    expect(notes).toContain(
      '| C | Sensitivity and policy decision | policy label public (kfm://policy_decision/xyz); approvals: steward: github:steward |'
    )
    expect(notes).toContain('| E | Inventory, digests and run receipts | 2 artifact(s)')
    expect(notes).toContain('| F | Contract: QA, evidence and manifest schema | QA pass')
    expect(notes).toContain('No version of this dataset was published before this one.')
  })

  it('shows values from the manifest as text: no HTML, links or mentions from them', () => {
    const hostile = {
      ...manifest,
      dataset_slug: '<img src=x onerror=alert(1)>',
      approvals: [{ role: 'steward', principal: '@kfm/everyone [x](https://evil.example)' }]
    }
    const notes = releaseNotes(hostile, files, { first: true })
    expect(notes).not.toContain('<img')
    expect(notes).not.toContain('[x](')
    expect(notes).not.toMatch(/@kfm/)
  })

  it("stays inside GitHub's limit with 100,000 changed files, saying how many there are", () => {
    const many = (n: number, digest: string) =>
      Array.from({ length: n }, (_v, i) => ({
        path: `data/part-${String(i).padStart(6, '0')}-${'x'.repeat(60)}.parquet`,
        digest,
        media_type: 'application/x-parquet'
      }))
    const older = {
      ...manifest,
      dataset_version_id: '2026-01.abcd1234',
      artifacts: many(100_000, `sha256:${'1'.repeat(64)}`)
    }
    const newer = { ...manifest, artifacts: many(100_000, `sha256:${'2'.repeat(64)}`) }
    const notes = releaseNotes(newer, files, {
      version: '2026-01.abcd1234',
      diff: diffManifests(older, newer)
    })
    expect(notes.length).toBeLessThanOrEqual(RELEASE_BODY_LIMIT)
    expect(notes).toContain('### Changes since 2026-01.abcd1234')
    expect(notes).toContain('100000 changed')
  })
})
