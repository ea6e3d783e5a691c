// The diff as the CLI prints it: one fact per line, every list in full (`--json` has the same in
// a documented shape). Every string a manifest or a collection wrote goes through printable(), and
// no line begins with anything an input wrote, so no line can be a workflow command.
import type { FieldChange, ListDiff, ManifestDiff } from '../diff/manifests.js'
import { printable } from '../model/printable.js'

const show = (text: string) => printable(text)

function fieldLine(name: string, change: FieldChange<string>): string {
  const label = name.padEnd(13)
  return change.changed
    ? `${label}${show(change.old)} -> ${show(change.new)}`
    : `${label}${show(change.new)} (unchanged)`
}

const sized = (bytes: number | undefined) => (bytes === undefined ? '' : `  ${bytes} bytes`)

function listLines(name: string, list: ListDiff): string[] {
  return [
    `${name}: ${list.added.length} added, ${list.removed.length} removed, ${list.changed.length} changed, ${list.unchanged} unchanged`,
    ...list.added.map((e) => `  + ${show(e.path)}  ${e.digest}${sized(e.size)}`),
    ...list.removed.map((e) => `  - ${show(e.path)}  ${e.digest}${sized(e.size)}`),
    ...list.changed.map((e) => {
      const sizes =
        e.old_size !== undefined || e.new_size !== undefined
          ? `  (${e.old_size ?? '?'} -> ${e.new_size ?? '?'} bytes)`
          : ''
      const types =
        e.old_media_type !== e.new_media_type
          ? `  media type ${show(e.old_media_type ?? 'none')} -> ${show(e.new_media_type ?? 'none')}`
          : ''
      return `  ~ ${show(e.path)}  ${e.old_digest} -> ${e.new_digest}${sizes}${types}`
    })
  ]
}

function collectionLines(diff: ManifestDiff): string[] {
  const c = diff.collection
  if (!c.compared) return [`collection   not compared: ${show(c.reason)}`]
  const where = [c.old_path, c.new_path].filter((p) => p !== undefined).map(show)
  const json = (value: unknown) => show(JSON.stringify(value))
  const line = (name: string, change: FieldChange<unknown>) =>
    change.changed
      ? `  ${name.padEnd(9)}${json(change.old)} -> ${json(change.new)}`
      : `  ${name.padEnd(9)}${json(change.new)} (unchanged)`
  return [
    `collection   ${where.length > 0 ? `(${[...new Set(where)].join(' -> ')})` : ''}`.trimEnd(),
    line('bbox', c.bbox),
    line('interval', c.interval),
    line('licence', c.license)
  ]
}

export function diffLines(diff: ManifestDiff): string[] {
  const label = diff.policy.policy_label
  const approvals = diff.approvals
  const who = (a: { role: string; principal: string; approved_at: string }) =>
    `${show(a.role)} ${show(a.principal)} at ${show(a.approved_at)}`
  return [
    fieldLine('dataset', diff.dataset_slug),
    fieldLine('version', diff.dataset_version_id),
    fieldLine('spec_hash', diff.spec_hash),
    fieldLine('released_at', diff.released_at),
    ...listLines('artifacts', diff.artifacts),
    ...listLines('catalogs', diff.catalogs),
    fieldLine('qa status', diff.qa.status),
    fieldLine('qa report', diff.qa.report_digest),
    label.lowered
      ? `policy label LOWERED: ${show(label.old)} -> ${show(label.new)} (less restrictive than the old version)`
      : fieldLine('policy label', label),
    fieldLine('decision_id', diff.policy.decision_id),
    `approvals: ${approvals.added.length} added, ${approvals.removed.length} removed, ${approvals.unchanged} unchanged`,
    ...approvals.added.map((a) => `  + ${who(a)}`),
    ...approvals.removed.map((a) => `  - ${who(a)}`),
    ...collectionLines(diff),
    diff.differ ? 'The versions differ.' : 'The versions do not differ.'
  ]
}
