// A ManifestDiff whose strings from manifests are all one hostile text, built directly (the
// manifest schema would refuse some of them as paths): what the Markdown corpus renders.
import type { ManifestDiff } from '../../src/diff/manifests.js'

const D1 = `sha256:${'1'.repeat(64)}`
const D2 = `sha256:${'2'.repeat(64)}`

export function hostileDiff(hostile: string): ManifestDiff {
  const same = (value: string) => ({ old: value, new: value, changed: false })
  return {
    kfm_manifest_diff_version: 'v1',
    differ: true,
    dataset_slug: same('river_gauges'),
    dataset_version_id: { old: hostile, new: '2026-03.abcd9999', changed: true },
    spec_hash: { old: D1, new: D2, changed: true },
    released_at: { old: '2026-02-20T13:00:00Z', new: '2026-03-20T13:00:00Z', changed: true },
    artifacts: {
      added: [{ path: `data/${hostile}.csv`, digest: D1, media_type: 'text/csv', size: 10 }],
      removed: [{ path: hostile, digest: D2 }],
      changed: [{ path: `old/${hostile}`, old_digest: D1, new_digest: D2 }],
      unchanged: 3
    },
    catalogs: { added: [], removed: [], changed: [], unchanged: 2 },
    qa: { status: same('pass'), report_digest: same(D1) },
    policy: {
      policy_label: { old: 'restricted', new: 'public', changed: true, lowered: true },
      decision_id: same('kfm://policy_decision/x')
    },
    approvals: {
      added: [{ role: 'steward', principal: hostile, approved_at: '2026-03-20T12:00:00Z' }],
      removed: [],
      unchanged: 0
    },
    collection: { compared: false, reason: 'no STAC collection was given for either side' }
  }
}
