// The body of a dataset version's release: what the manifest records for each gate, and what
// changed since the version published before it. Every value comes from the manifest or the
// ledger, so each is shown as text (cell), and the whole stays inside GitHub's limit.
import { isRecord } from '../model/json.js'
import { GATES, type GateLetter } from '../model/gate-letter.js'
import type { ManifestDiff } from '../diff/manifests.js'
import { changesMarkdown } from './changes.js'
import { cell } from './cells.js'

/** The characters GitHub keeps in a release body. */
export const RELEASE_BODY_LIMIT = 125_000

/** What "Changes since" compares: the diff with the previous version, or why there is none. */
export type ChangesSince =
  { version: string; diff: ManifestDiff } | { version: string; problem: string } | { first: true }

function field(value: unknown, ...keys: string[]): string {
  let at = value
  for (const key of keys) at = isRecord(at) ? at[key] : undefined
  return typeof at === 'string' ? at : typeof at === 'number' ? String(at) : '—'
}

function count(value: unknown, key: string): number {
  return isRecord(value) && Array.isArray(value[key]) ? value[key].length : 0
}

/** Each gate with what the manifest records for it (every gate passed, or it would not exist). */
function recorded(manifest: unknown, checksums: string): Record<GateLetter, string> {
  const approvals =
    isRecord(manifest) && Array.isArray(manifest.approvals) ? manifest.approvals : []
  const approvers = approvals
    .map((a: unknown) => `${field(a, 'role')}: ${field(a, 'principal')}`)
    .join(', ')
  return {
    A: `version ${field(manifest, 'dataset_version_id')}, spec_hash ${field(manifest, 'spec_hash')}, released_at ${field(manifest, 'released_at')}`,
    B: 'passed at the gate; the licence is stated in the catalogs',
    C: `policy label ${field(manifest, 'policy', 'policy_label')} (${field(manifest, 'policy', 'decision_id')}); approvals: ${approvers || 'none required'}`,
    D: `${count(manifest, 'catalogs')} catalog file(s)`,
    E: `${count(manifest, 'artifacts')} artifact(s), each with its digest in ${checksums}`,
    F: `QA ${field(manifest, 'qa', 'status')} (report ${field(manifest, 'qa', 'report_digest')}); manifest ${field(manifest, 'kfm_promotion_manifest_version')}`,
    G: 'passed at the gate; not recorded in the manifest'
  }
}

/** The "Changes since" section within `maxBytes`. */
export function changesSection(changes: ChangesSince, maxBytes: number): string[] {
  if ('first' in changes)
    return ['### Changes', '', 'No version of this dataset was published before this one.', '']
  // changesMarkdown writes its own "Changes since" heading.
  return 'problem' in changes
    ? [`### Changes since ${cell(changes.version, 200)}`, '', cell(changes.problem, 2000), '']
    : [changesMarkdown(changes.diff, { maxBytes: maxBytes - 300 }), '']
}

export function releaseNotes(
  manifest: unknown,
  files: { manifestDigest: string; checksums: string },
  changes: ChangesSince
): string {
  const gates = recorded(manifest, files.checksums)
  const lines = [
    `## ${cell(field(manifest, 'dataset_slug'), 200)} ${cell(field(manifest, 'dataset_version_id'), 200)}`,
    '',
    `Manifest digest: <code>${cell(files.manifestDigest, 100)}</code> (the asset ${cell('promotion_manifest.json')}; its in-toto Statement and checksums are the other assets).`,
    '',
    '### Gates',
    '',
    '| gate | title | recorded in the manifest |',
    '| --- | --- | --- |',
    ...(Object.keys(GATES) as GateLetter[]).map(
      (gate) => `| ${gate} | ${GATES[gate]} | ${cell(gates[gate], 5_000)} |`
    ),
    ''
  ]
  const head = lines.join('\n')
  // The changes get what the gate table leaves, with room for their heading.
  const room = RELEASE_BODY_LIMIT - head.length - 1_000
  const body = `${head}\n${changesSection(changes, room).join('\n')}`
  return body.length <= RELEASE_BODY_LIMIT ? body : `${body.slice(0, RELEASE_BODY_LIMIT - 1)}…`
}
