// diffManifests: two v1 manifests compared field by field and path by path, each validated
// first; the result has the documented shape (schemas/manifest_diff_v1.schema.json).
import { diffManifests, ManifestDiffError } from '../../src/diff/manifests.js'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { readDiffSide } from '../../src/diff/read-side.js'
import { printableJson } from '../../src/model/printable.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'
import { diffSchemaErrors, digestOf, validManifest } from '../helpers/diff.js'

afterAll(removeTempDirs)

const COLLECTION = {
  type: 'Collection',
  stac_version: '1.0.0',
  id: 'river_gauges',
  license: 'CC-BY-4.0',
  extent: {
    spatial: { bbox: [[-96.3, 38.9, -94.9, 39.1]] },
    temporal: { interval: [['2026-01-01T00:00:00Z', null]] }
  }
}

function twoVersions() {
  const old = validManifest()
  const now = validManifest()
  now.dataset_version_id = '2026-03.abcd9999'
  now.spec_hash = digestOf('9')
  now.released_at = '2026-03-20T13:00:00Z'
  return { old, now }
}

describe('diffManifests', () => {
  it('finds nothing between a manifest and itself', () => {
    const diff = diffManifests(validManifest(), validManifest())
    expect(diff.differ).toBe(false)
    expect(diff.artifacts).toEqual({ added: [], removed: [], changed: [], unchanged: 2 })
    expect(diff.catalogs.unchanged).toBe(2)
    expect(diff.approvals).toEqual({ added: [], removed: [], unchanged: 1 })
    expect(diff.collection).toEqual({
      compared: false,
      reason: 'no STAC collection was given for either side'
    })
    expect(diffSchemaErrors(diff)).toEqual([])
  })

  it('reports version, spec hash and released_at, old and new', () => {
    const { old, now } = twoVersions()
    const diff = diffManifests(old, now)
    expect(diff.differ).toBe(true)
    expect(diff.dataset_version_id).toEqual({
      old: '2026-02.abcd1234',
      new: '2026-03.abcd9999',
      changed: true
    })
    expect(diff.spec_hash.changed).toBe(true)
    expect(diff.released_at).toMatchObject({ new: '2026-03-20T13:00:00Z', changed: true })
    expect(diff.dataset_slug.changed).toBe(false)
  })

  it('lists artifacts and catalogs added, removed and changed by path, in UTF-8 byte order', () => {
    const { old, now } = twoVersions()
    now.artifacts[0]!.digest = digestOf('a')
    now.artifacts[1]!.media_type = 'application/octet-stream'
    now.artifacts.push(
      { path: 'data/zz.csv', digest: digestOf('b'), media_type: 'text/csv' },
      { path: 'data/é.csv', digest: digestOf('c'), media_type: 'text/csv' },
      { path: 'data/\uff5e.csv', digest: digestOf('d'), media_type: 'text/csv' }
    )
    now.catalogs = [now.catalogs[1]!, { path: 'catalog/prov.json', digest: digestOf('e') }]
    const sizes: Record<string, number> = { 'data/zz.csv': 12 }
    const diff = diffManifests(old, now, {
      sizeOf: (side, p) => (side === 'new' ? sizes[p] : undefined)
    })
    expect(diff.artifacts.added.map((e) => e.path)).toEqual([
      'data/zz.csv',
      'data/é.csv',
      'data/\uff5e.csv'
    ])
    expect(diff.artifacts.added[0]).toEqual({
      path: 'data/zz.csv',
      digest: digestOf('b'),
      media_type: 'text/csv',
      size: 12
    })
    expect(diff.artifacts.changed).toEqual([
      {
        path: 'data/processed/events.parquet',
        old_digest: digestOf(2),
        new_digest: digestOf('a'),
        old_media_type: 'application/x-parquet',
        new_media_type: 'application/x-parquet'
      },
      expect.objectContaining({
        path: 'data/processed/grid.zarr/.zattrs',
        old_digest: digestOf(3),
        new_digest: digestOf(3),
        new_media_type: 'application/octet-stream'
      })
    ])
    expect(diff.catalogs.added).toEqual([{ path: 'catalog/prov.json', digest: digestOf('e') }])
    expect(diff.catalogs.removed).toEqual([{ path: 'catalog/dcat.jsonld', digest: digestOf(4) }])
    expect(diff.catalogs.unchanged).toBe(1)
    expect(diffSchemaErrors(diff)).toEqual([])
  })

  it('reports the QA status and the policy label, marking a lowered label', () => {
    const { old, now } = twoVersions()
    old.policy.policy_label = 'restricted'
    now.policy.policy_label = 'public'
    now.qa.status = 'warn'
    const diff = diffManifests(old, now)
    expect(diff.qa.status).toEqual({ old: 'pass', new: 'warn', changed: true })
    expect(diff.policy.policy_label).toEqual({
      old: 'restricted',
      new: 'public',
      changed: true,
      lowered: true
    })
    const raised = diffManifests(now, old)
    expect(raised.policy.policy_label).toMatchObject({ changed: true, lowered: false })
    expect(diffManifests(old, old).policy.policy_label.lowered).toBe(false)
  })

  it('reports approvals added and removed, by role, principal and time together', () => {
    const { old, now } = twoVersions()
    now.approvals = [
      { ...old.approvals[0]!, approved_at: '2026-03-20T12:00:00Z' },
      { role: 'security', principal: 'github:sec', approved_at: '2026-03-20T12:30:00Z' }
    ]
    const diff = diffManifests(old, now)
    expect(diff.approvals.added.map((a) => a.role)).toEqual(['steward', 'security'])
    expect(diff.approvals.removed).toEqual(old.approvals)
    expect(diff.approvals.unchanged).toBe(0)
  })

  describe('the collection', () => {
    it('compares extent and licence when both sides have a collection', () => {
      const { old, now } = twoVersions()
      const widened = {
        ...COLLECTION,
        license: 'CC0-1.0',
        extent: { ...COLLECTION.extent, spatial: { bbox: [[-97, 38, -94, 40]] } }
      }
      const diff = diffManifests(old, now, {
        oldCollection: COLLECTION,
        newCollection: widened,
        oldCollectionPath: 'catalog/stac/collection.json',
        newCollectionPath: 'catalog/stac/collection.json'
      })
      expect(diff.collection).toEqual({
        compared: true,
        changed: true,
        old_path: 'catalog/stac/collection.json',
        new_path: 'catalog/stac/collection.json',
        bbox: { old: [[-96.3, 38.9, -94.9, 39.1]], new: [[-97, 38, -94, 40]], changed: true },
        interval: {
          old: [['2026-01-01T00:00:00Z', null]],
          new: [['2026-01-01T00:00:00Z', null]],
          changed: false
        },
        license: { old: 'CC-BY-4.0', new: 'CC0-1.0', changed: true }
      })
      expect(diffSchemaErrors(diff)).toEqual([])
    })

    it('makes two otherwise equal manifests differ when only the collection changed', () => {
      const diff = diffManifests(validManifest(), validManifest(), {
        oldCollection: COLLECTION,
        newCollection: { ...COLLECTION, license: 'MIT' }
      })
      expect(diff.differ).toBe(true)
    })

    it('is left out, saying why, when a side has none or it is not a Collection', () => {
      const one = diffManifests(validManifest(), validManifest(), { newCollection: COLLECTION })
      expect(one.collection).toEqual({
        compared: false,
        reason: 'no STAC collection was given for the old side'
      })
      const item = diffManifests(validManifest(), validManifest(), {
        oldCollection: { ...COLLECTION, type: 'Feature' },
        newCollection: COLLECTION
      })
      expect(item.collection).toMatchObject({ compared: false })
      expect(diffSchemaErrors(item)).toEqual([])
    })

    it('reads a malformed extent as null rather than guessing', () => {
      const diff = diffManifests(validManifest(), validManifest(), {
        oldCollection: COLLECTION,
        newCollection: {
          ...COLLECTION,
          license: { toString: 'x' },
          extent: { spatial: { bbox: [['a']] }, temporal: { interval: 'always' } }
        }
      })
      expect(diff.collection).toMatchObject({
        bbox: { new: null, changed: true },
        interval: { new: null },
        license: { new: null }
      })
    })
  })

  describe('refuses inputs that are not two v1 manifests', () => {
    it.each([
      ['not an object', 'old', () => [[], validManifest()]],
      [
        'of another version',
        'new',
        () => [validManifest(), { ...validManifest(), kfm_promotion_manifest_version: 'v2' }]
      ],
      ['without artifacts', 'old', () => [{ ...validManifest(), artifacts: [] }, validManifest()]],
      ['with an unknown property', 'new', () => [validManifest(), { ...validManifest(), extra: 1 }]]
    ])('%s (the %s side)', (_name, side, make) => {
      const [a, b] = make()
      expect(() => diffManifests(a, b)).toThrow(ManifestDiffError)
      expect(() => diffManifests(a, b)).toThrow(
        new RegExp(
          `^the ${side} manifest is not a v1 promotion manifest \\(schemas/promotion_manifest_v1\\.schema\\.json\\): .{10,}`
        )
      )
    })

    it('with a "__proto__" key, which is refused before any reading', () => {
      const hostile = JSON.parse(
        JSON.stringify(validManifest()).replace('"qa":{', '"qa":{"__proto__":{"polluted":true},')
      ) as unknown
      expect(() => diffManifests(validManifest(), hostile)).toThrow(
        /the new manifest has a "__proto__" key/
      )
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })

    it('listing a path twice', () => {
      const twice = validManifest()
      twice.artifacts.push({ ...twice.artifacts[0]!, digest: digestOf(8) })
      expect(() => diffManifests(twice, validManifest())).toThrow(
        /the old manifest lists "data\/processed\/events.parquet" twice in artifacts/
      )
    })
  })

  describe('hostile inputs', () => {
    it('takes paths named like prototype members as paths', () => {
      const old = validManifest()
      const now = validManifest()
      for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'toString'])
        now.artifacts.push({ path: name, digest: digestOf(6), media_type: 'text/plain' })
      const diff = diffManifests(old, now)
      expect(diff.artifacts.added.map((e) => e.path)).toEqual([
        '__proto__',
        'constructor',
        'hasOwnProperty',
        'toString'
      ])
      expect(diffSchemaErrors(diff)).toEqual([])
    })

    it('keeps control and bidirectional characters of a path as they are in the JSON', () => {
      const now = validManifest()
      const path = 'data/\u001b[31mred\n::error::x\u202e.csv'
      now.artifacts.push({ path, digest: digestOf(6), media_type: 'text/csv' })
      const diff = diffManifests(validManifest(), now)
      expect(diff.artifacts.added[0]!.path).toBe(path)
      expect(JSON.stringify(diff)).not.toMatch(/\n/)
    })

    it('compares 100,000 artifacts a side (a 14 MB manifest, within the document limit)', () => {
      const old = validManifest()
      const now = validManifest()
      const many = (n: number, d: string) =>
        Array.from({ length: n }, (_, i) => ({
          path: `data/tiles/${String(i).padStart(6, '0')}.tif`,
          digest: digestOf(d),
          media_type: 'image/tiff'
        }))
      old.artifacts = many(100_000, '1')
      now.artifacts = many(100_000, '1')
      now.artifacts[5] = { ...now.artifacts[5]!, digest: digestOf('f') }
      now.artifacts.splice(7, 1)
      expect(Buffer.byteLength(JSON.stringify(old))).toBeGreaterThan(10_000_000)
      const diff = diffManifests(old, now)
      expect(diff.artifacts.changed.map((e) => e.path)).toEqual(['data/tiles/000005.tif'])
      expect(diff.artifacts.removed.map((e) => e.path)).toEqual(['data/tiles/000007.tif'])
      expect(diff.artifacts.unchanged).toBe(99_998)
    })
  })
})

describe('printableJson, how diff --json prints', () => {
  it('escapes what could end a log line or make a workflow command, and parses back the same', () => {
    const value = {
      path: 'a\u2028::error::b\u2029##[warning]c\u202e\u3000d\u200b',
      nested: ['##[', '\u0000\n\r'],
      plain: 'river_gauges é ✓'
    }
    const text = printableJson(value)
    expect(JSON.parse(text)).toEqual(value)
    expect(text).not.toMatch(/[\u2028\u2029\u202e\u3000\u200b]|##\[/)
    expect(text).toContain('#\\u0023[warning]')
    expect(text).toContain('river_gauges é ✓')
  })
})

describe("finding a side's collection on disk", () => {
  it('reads at most 200 catalog files, and says how many it did not look at', async () => {
    const root = tempDir('pm-diff-many-')
    const manifest = validManifest()
    manifest.catalogs = Array.from({ length: 250 }, (_, i) => ({
      path: `catalog/items/${String(i).padStart(3, '0')}.json`,
      digest: digestOf('0')
    }))
    writeFileSync(path.join(root, 'm.json'), JSON.stringify(manifest))
    const side = await readDiffSide(path.join(root, 'm.json'), 'm.json', {
      absolute: root,
      shown: 'root'
    })
    expect(side.collection).toEqual({
      missing:
        'no STAC collection found (of the 200 JSON catalog file(s) looked at under root: 200 absent, 50 more not looked at)'
    })
  })
})
