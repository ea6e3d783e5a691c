// "Changes since <previous version>": counts first, then the first entries of each list, inside
// the byte budget it is given (the summary's, the comment's, the release notes').
import { diffManifests } from '../../src/diff/manifests.js'
import { changesMarkdown } from '../../src/report/changes.js'
import { digestOf, validManifest } from '../helpers/diff.js'
import { hostileDiff } from '../helpers/hostile-diff.js'

function bigDiff(n: number) {
  const old = validManifest()
  const now = validManifest()
  now.dataset_version_id = '2026-03.abcd9999'
  now.artifacts = Array.from({ length: n }, (_, i) => ({
    path: `data/tiles/${String(i).padStart(6, '0')}.tif`,
    digest: digestOf('9'),
    media_type: 'image/tiff'
  }))
  return diffManifests(old, now)
}

describe('changesMarkdown', () => {
  it('heads the section with the previous version and gives the counts before any list', () => {
    const text = changesMarkdown(hostileDiff('2026-02.abcd1234'), { maxBytes: 48 * 1024 })
    const lines = text.split('\n')
    expect(lines[0]).toBe('### Changes since 2026-02.abcd1234')
    expect(text).toContain('- **artifacts:** 1 added, 1 removed, 1 changed, 3 unchanged')
    expect(text).toContain('- **approvals:** 1 added, 0 removed, 0 unchanged')
    const firstTable = lines.findIndex((line) => line.startsWith('####'))
    const lastCount = lines.findIndex((line) => line.startsWith('- **collection:**'))
    expect(lastCount).toBeGreaterThan(0)
    expect(firstTable).toBeGreaterThan(lastCount)
  })

  it('makes a lowered label stand out', () => {
    const text = changesMarkdown(hostileDiff('x'), { maxBytes: 48 * 1024 })
    expect(text).toContain(
      '- ⚠️ **policy label lowered:** restricted → **public** (less restrictive than the previous version)'
    )
  })

  it('says so when nothing changed', () => {
    const diff = diffManifests(validManifest(), validManifest())
    expect(changesMarkdown(diff, { maxBytes: 4096 })).toBe(
      '### Changes since 2026-02.abcd1234\n\nNothing changed: the two manifests list the same files and facts.\n'
    )
  })

  it('shows the collection changes when the collections were compared', () => {
    const collection = {
      type: 'Collection',
      stac_version: '1.0.0',
      license: 'CC-BY-4.0',
      extent: { spatial: { bbox: [[0, 0, 1, 1]] }, temporal: { interval: [[null, null]] } }
    }
    const diff = diffManifests(validManifest(), validManifest(), {
      oldCollection: collection,
      newCollection: { ...collection, license: 'CC0-1.0' }
    })
    const text = changesMarkdown(diff, { maxBytes: 4096 })
    expect(text).toContain('- **collection:** licence changed')
    expect(text).toContain('| licence | "CC-BY-4.0" | "CC0-1.0" |')
  })

  it.each([48 * 1024, 8 * 1024, 2048])(
    'stays under %i bytes with 100,000 artifacts added, counting what it leaves out',
    (maxBytes) => {
      const text = changesMarkdown(bigDiff(100_000), { maxBytes })
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(maxBytes)
      expect(text).toContain('- **artifacts:** 100000 added, 2 removed, 0 changed, 0 unchanged')
      expect(text).toMatch(/\d+ entries not shown here: `diff --json` lists them all\./)
    }
  )

  it('shows at most 50 entries of a list however large the budget', () => {
    const text = changesMarkdown(bigDiff(1000), { maxBytes: 900 * 1024 })
    expect(text.match(/^\| data\/tiles\//gm)).toHaveLength(50)
    expect(text).toContain('… and 950 more.')
  })

  it('falls back to one line when not even the counts fit', () => {
    const text = changesMarkdown(bigDiff(10), { maxBytes: 300 })
    expect(text).toContain('The changes do not fit here')
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(300)
  })

  it('keeps a path with a line break, a workflow command and controls on one line of one cell', () => {
    const text = changesMarkdown(hostileDiff('a\n::error::b\r\u001b[31m|c'), {
      maxBytes: 48 * 1024
    })
    expect(text).not.toMatch(/^::/m)
    expect(text).not.toContain('\u001b')
    expect(text).toContain('| data/a ::error::b \\\\u001b\\[31m\\|c.csv |')
  })
})
