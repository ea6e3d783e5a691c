// What changed between two promotion manifests: identity, the listed files, QA, the policy
// label and approvals.
import { isRecord } from '../model/json.js'

export interface FileChange {
  path: string
  old?: string
  new?: string
}

export interface ManifestDiff {
  version: { old: string; new: string }
  specHash: { old: string; new: string }
  releasedAt: { old: string; new: string }
  artifacts: { added: FileChange[]; removed: FileChange[]; changed: FileChange[] }
  catalogs: { added: FileChange[]; removed: FileChange[]; changed: FileChange[] }
  qaStatus: { old: string; new: string }
  policyLabel: { old: string; new: string }
  approvals: { old: string[]; new: string[] }
}

function text(value: unknown, ...keys: string[]): string {
  let at = value
  for (const key of keys) at = isRecord(at) ? at[key] : undefined
  return typeof at === 'string' ? at : ''
}

function listed(manifest: unknown, list: string): Map<string, string> {
  const entries = isRecord(manifest) && Array.isArray(manifest[list]) ? manifest[list] : []
  return new Map(
    entries.filter(isRecord).map((entry) => [text(entry, 'path'), text(entry, 'digest')])
  )
}

function fileChanges(oldManifest: unknown, newManifest: unknown, list: string) {
  const before = listed(oldManifest, list)
  const after = listed(newManifest, list)
  const added: FileChange[] = []
  const changed: FileChange[] = []
  for (const [path, digest] of after) {
    const old = before.get(path)
    if (old === undefined) added.push({ path, new: digest })
    else if (old !== digest) changed.push({ path, old, new: digest })
  }
  const removed = [...before]
    .filter(([path]) => !after.has(path))
    .map(([path, old]) => ({ path, old }))
  return { added, removed, changed }
}

function approvals(manifest: unknown): string[] {
  const list = isRecord(manifest) && Array.isArray(manifest.approvals) ? manifest.approvals : []
  return list.map((a: unknown) => `${text(a, 'role')}: ${text(a, 'principal')}`)
}

export function diffManifests(
  oldManifest: unknown,
  newManifest: unknown,
  _options: { oldCollection?: unknown; newCollection?: unknown } = {}
): ManifestDiff {
  const pair = (...keys: string[]) => ({
    old: text(oldManifest, ...keys),
    new: text(newManifest, ...keys)
  })
  return {
    version: pair('dataset_version_id'),
    specHash: pair('spec_hash'),
    releasedAt: pair('released_at'),
    artifacts: fileChanges(oldManifest, newManifest, 'artifacts'),
    catalogs: fileChanges(oldManifest, newManifest, 'catalogs'),
    qaStatus: pair('qa', 'status'),
    policyLabel: pair('policy', 'policy_label'),
    approvals: { old: approvals(oldManifest), new: approvals(newManifest) }
  }
}
