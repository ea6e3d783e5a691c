// What changed from one promoted version to the next: two v1 manifests (and, when given, the STAC
// collection of each) compared field by field and path by path. Pure: values in, a ManifestDiff
// out; the CLI (cli/diff.ts) reads the files, report/ renders it.
import { jsonValueProblem } from '../documents/json-document.js'
import { POLICY_LABELS } from '../documents/decisions.js'
import { manifestSchemaProblems } from '../gates/f-contract.js'
import type { PromotionManifest } from '../manifest/build.js'
import { compareText } from '../model/order.js'
import { printable } from '../model/printable.js'
import { collectionDiff, type CollectionDiff } from './collection.js'
import type { DiffOptions, FieldChange } from './options.js'

export type { DiffOptions, FieldChange } from './options.js'

/** An artifact or catalog file as one side lists it. A directory store is one entry. */
export interface ListedEntry {
  path: string
  digest: string
  media_type?: string
  /** Bytes, where the caller could tell (the file under that side's root). */
  size?: number
  /** A directory store (its path ends with `/`), listed and compared as one entry. */
  store?: true
}

export interface ChangedEntry {
  path: string
  old_digest: string
  new_digest: string
  old_media_type?: string
  new_media_type?: string
  old_size?: number
  new_size?: number
  store?: true
}

export interface ListDiff {
  added: ListedEntry[]
  removed: ListedEntry[]
  changed: ChangedEntry[]
  unchanged: number
}

export interface ApprovalEntry {
  role: string
  principal: string
  approved_at: string
}

export interface ManifestDiff {
  kfm_manifest_diff_version: 'v1'
  /** Anything at all differs (the collection's extent and licence included, when compared). */
  differ: boolean
  dataset_slug: FieldChange<string>
  dataset_version_id: FieldChange<string>
  spec_hash: FieldChange<string>
  released_at: FieldChange<string>
  artifacts: ListDiff
  catalogs: ListDiff
  qa: { status: FieldChange<string>; report_digest: FieldChange<string> }
  policy: {
    /** `lowered`: the new label is less restrictive than the old (public < internal < restricted < confidential). */
    policy_label: FieldChange<string> & { lowered: boolean }
    decision_id: FieldChange<string>
  }
  approvals: { added: ApprovalEntry[]; removed: ApprovalEntry[]; unchanged: number }
  collection: CollectionDiff
}

/** One of the two manifests is not a v1 promotion manifest, or lists a path twice. */
export class ManifestDiffError extends Error {}

/** A side, once the v1 schema has accepted it. */
type Manifest = PromotionManifest

function checked(value: unknown, side: 'old' | 'new'): Manifest {
  const unsafe = jsonValueProblem(value)
  if (unsafe) throw new ManifestDiffError(`the ${side} manifest ${unsafe.message}`)
  const problems = manifestSchemaProblems(value)
  if (problems.length > 0) {
    // Each a sentence made printable, as a violation's message is (a value may be quoted).
    const shown = problems.slice(0, 3).map((text) => printable(`${text}.`))
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''
    throw new ManifestDiffError(
      `the ${side} manifest is not a v1 promotion manifest (schemas/promotion_manifest_v1.schema.json): ${shown.join(' ')}${more}`
    )
  }
  return value as Manifest
}

function field<T extends string>(old: T, now: T): FieldChange<T> {
  return { old, new: now, changed: old !== now }
}

type Listed = Manifest['artifacts'][number] | Manifest['catalogs'][number]

function byPath(
  entries: readonly Listed[],
  side: 'old' | 'new',
  list: string
): Map<string, Listed> {
  const map = new Map<string, Listed>()
  for (const entry of entries) {
    if (map.has(entry.path))
      throw new ManifestDiffError(
        `the ${side} manifest lists ${JSON.stringify(entry.path)} twice in ${list}; a promoted manifest lists each path once`
      )
    map.set(entry.path, entry)
  }
  return map
}

function listed(entry: Listed, size: number | undefined): ListedEntry {
  return {
    path: entry.path,
    digest: entry.digest,
    ...('media_type' in entry ? { media_type: entry.media_type } : {}),
    ...(size !== undefined ? { size } : {}),
    ...(entry.path.endsWith('/') ? { store: true as const } : {})
  }
}

function listDiff(
  olds: readonly Listed[],
  news: readonly Listed[],
  list: string,
  sizeOf: DiffOptions['sizeOf']
): ListDiff {
  const oldMap = byPath(olds, 'old', list)
  const newMap = byPath(news, 'new', list)
  const size = (side: 'old' | 'new', path: string) => sizeOf?.(side, path)
  const diff: ListDiff = { added: [], removed: [], changed: [], unchanged: 0 }
  for (const [path, entry] of newMap) {
    const before = oldMap.get(path)
    if (!before) {
      diff.added.push(listed(entry, size('new', path)))
      continue
    }
    const oldType = 'media_type' in before ? before.media_type : undefined
    const newType = 'media_type' in entry ? entry.media_type : undefined
    if (before.digest === entry.digest && oldType === newType) {
      diff.unchanged++
      continue
    }
    const [oldSize, newSize] = [size('old', path), size('new', path)]
    diff.changed.push({
      path,
      old_digest: before.digest,
      new_digest: entry.digest,
      ...(oldType !== undefined ? { old_media_type: oldType } : {}),
      ...(newType !== undefined ? { new_media_type: newType } : {}),
      ...(oldSize !== undefined ? { old_size: oldSize } : {}),
      ...(newSize !== undefined ? { new_size: newSize } : {}),
      ...(path.endsWith('/') ? { store: true as const } : {})
    })
  }
  for (const [path, entry] of oldMap)
    if (!newMap.has(path)) diff.removed.push(listed(entry, size('old', path)))
  const byEntryPath = (a: { path: string }, b: { path: string }) => compareText(a.path, b.path)
  diff.added.sort(byEntryPath)
  diff.removed.sort(byEntryPath)
  diff.changed.sort(byEntryPath)
  return diff
}

const approvalKey = (a: ApprovalEntry) => JSON.stringify([a.role, a.principal, a.approved_at])

function approvalsDiff(olds: readonly ApprovalEntry[], news: readonly ApprovalEntry[]) {
  const oldKeys = new Set(olds.map(approvalKey))
  const newKeys = new Set(news.map(approvalKey))
  const pick = (a: ApprovalEntry): ApprovalEntry => ({
    role: a.role,
    principal: a.principal,
    approved_at: a.approved_at
  })
  return {
    added: news.filter((a) => !oldKeys.has(approvalKey(a))).map(pick),
    removed: olds.filter((a) => !newKeys.has(approvalKey(a))).map(pick),
    unchanged: news.filter((a) => oldKeys.has(approvalKey(a))).length
  }
}

function labelChange(old: string, now: string): FieldChange<string> & { lowered: boolean } {
  const rank = (label: string) => (POLICY_LABELS as readonly string[]).indexOf(label)
  return { ...field(old, now), lowered: rank(now) < rank(old) }
}

const listDiffers = (d: ListDiff) => d.added.length + d.removed.length + d.changed.length > 0

/**
 * Compares two v1 promotion manifests (each validated first: ManifestDiffError names the side
 * and what is wrong). Lists are compared by path, sorted by UTF-8 bytes; approvals by role,
 * principal and time.
 */
export function diffManifests(
  oldManifest: unknown,
  newManifest: unknown,
  options: DiffOptions = {}
): ManifestDiff {
  const old = checked(oldManifest, 'old')
  const now = checked(newManifest, 'new')
  const diff: Omit<ManifestDiff, 'differ' | 'kfm_manifest_diff_version'> = {
    dataset_slug: field(old.dataset_slug, now.dataset_slug),
    dataset_version_id: field(old.dataset_version_id, now.dataset_version_id),
    spec_hash: field(old.spec_hash, now.spec_hash),
    released_at: field(old.released_at, now.released_at),
    artifacts: listDiff(old.artifacts, now.artifacts, 'artifacts', options.sizeOf),
    catalogs: listDiff(old.catalogs, now.catalogs, 'catalogs', options.sizeOf),
    qa: {
      status: field(old.qa.status, now.qa.status),
      report_digest: field(old.qa.report_digest, now.qa.report_digest)
    },
    policy: {
      policy_label: labelChange(old.policy.policy_label, now.policy.policy_label),
      decision_id: field(old.policy.decision_id, now.policy.decision_id)
    },
    approvals: approvalsDiff(old.approvals, now.approvals),
    collection: collectionDiff(options)
  }
  const differ =
    [
      diff.dataset_slug,
      diff.dataset_version_id,
      diff.spec_hash,
      diff.released_at,
      diff.qa.status,
      diff.qa.report_digest,
      diff.policy.policy_label,
      diff.policy.decision_id
    ].some((f) => f.changed) ||
    listDiffers(diff.artifacts) ||
    listDiffers(diff.catalogs) ||
    diff.approvals.added.length + diff.approvals.removed.length > 0 ||
    (diff.collection.compared && diff.collection.changed)
  return { kfm_manifest_diff_version: 'v1', differ, ...diff }
}
