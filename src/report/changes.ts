// "Changes since <previous version>": a ManifestDiff as Markdown for the job summary, the
// pull-request comment and the release notes. Counts first, then the first entries of each
// list, all inside a byte budget; every string a manifest or a collection wrote goes through the
// summary's cell(), so none becomes a link, a mention, HTML or a workflow command.
import type {
  ChangedEntry,
  FieldChange,
  ListDiff,
  ListedEntry,
  ManifestDiff
} from '../diff/manifests.js'
import { Budget, cell, shortDigest, size } from './cells.js'

/** Characters of one cell (a path, a principal, a bbox). */
const CELL = 300
/** Entries of one list shown at most, however large the budget. */
const ROWS = 50
/** Bytes kept for the closing line that counts what was cut. */
const CLOSING = 200

/** The lines when they fit the budget (which takes them), none when they do not. */
const fitting = (budget: Budget, lines: string[]): string[] => (budget.fits(lines, 0) ? lines : [])

function fieldLine(name: string, change: FieldChange<string>, code = false): string {
  const show = (text: string) => (code ? shortDigest(text) : cell(text, CELL))
  return change.changed
    ? `- **${name}:** ${show(change.old)} → ${show(change.new)}`
    : `- **${name}:** ${show(change.new)} (unchanged)`
}

function listCount(name: string, list: ListDiff): string {
  return `- **${name}:** ${list.added.length} added, ${list.removed.length} removed, ${list.changed.length} changed, ${list.unchanged} unchanged`
}

function labelLine(diff: ManifestDiff): string {
  const label = diff.policy.policy_label
  if (label.lowered)
    return `- ⚠️ **policy label lowered:** ${cell(label.old)} → **${cell(label.new)}** (less restrictive than the previous version)`
  return fieldLine('policy label', label)
}

function collectionLine(diff: ManifestDiff): string {
  const c = diff.collection
  if (!c.compared) return `- **collection:** not compared: ${cell(c.reason, CELL)}`
  const changed = [
    c.bbox.changed && 'bbox',
    c.interval.changed && 'interval',
    c.license.changed && 'licence'
  ].filter(Boolean)
  return changed.length === 0
    ? '- **collection:** extent and licence unchanged'
    : `- **collection:** ${changed.join(', ')} changed`
}

function countLines(diff: ManifestDiff): string[] {
  const approvals = diff.approvals
  return [
    fieldLine('version', diff.dataset_version_id),
    ...(diff.dataset_slug.changed ? [fieldLine('dataset', diff.dataset_slug)] : []),
    fieldLine('spec_hash', diff.spec_hash, true),
    fieldLine('released_at', diff.released_at),
    listCount('artifacts', diff.artifacts),
    listCount('catalogs', diff.catalogs),
    fieldLine('QA status', diff.qa.status),
    labelLine(diff),
    `- **approvals:** ${approvals.added.length} added, ${approvals.removed.length} removed, ${approvals.unchanged} unchanged`,
    collectionLine(diff),
    ''
  ]
}

const entryRow = (e: ListedEntry) =>
  `| ${cell(e.path, CELL)}${e.store ? ' (store)' : ''} | ${shortDigest(e.digest)} | ${e.size === undefined ? '' : size(e.size)} |`

const changedRow = (e: ChangedEntry) =>
  `| ${cell(e.path, CELL)}${e.store ? ' (store)' : ''} | ${shortDigest(e.old_digest)} | ${shortDigest(e.new_digest)} |`

/** A table's rows, each rendered only when it is shown. */
interface Table {
  title: string
  head: string[]
  rows: ReadonlyArray<() => string>
}

function table<T>(
  title: string,
  head: string[],
  items: readonly T[],
  row: (item: T) => string
): Table {
  return { title, head, rows: items.map((item) => () => row(item)) }
}

/** Adds a table's first rows that fit to `out`; returns how many were left out. */
function addTable(out: string[], budget: Budget, { title, head, rows }: Table): number {
  if (rows.length === 0) return 0
  const top = [`#### ${title} (${rows.length})`, '', ...head]
  if (!budget.fits(top, CLOSING)) return rows.length
  const { shown, more } = budget.rows(rows, ROWS, CLOSING)
  out.push(...top, ...shown, ...fitting(budget, more > 0 ? ['', `… and ${more} more.`, ''] : ['']))
  return more
}

const json = (value: unknown) => cell(JSON.stringify(value), CELL)

const ENTRY_HEAD = ['| path | digest | size |', '| --- | --- | --- |']
const CHANGED_HEAD = ['| path | old digest | new digest |', '| --- | --- | --- |']
const APPROVAL_HEAD = ['| role | principal | approved at |', '| --- | --- | --- |']

const approvalRow = (a: { role: string; principal: string; approved_at: string }) =>
  `| ${cell(a.role, CELL)} | ${cell(a.principal, CELL)} | ${cell(a.approved_at)} |`

function collectionTable(diff: ManifestDiff): Table[] {
  const c = diff.collection
  if (!c.compared || !c.changed) return []
  const changes: Array<[string, FieldChange<unknown>]> = [
    ['bbox', c.bbox],
    ['interval', c.interval],
    ['licence', c.license]
  ]
  return [
    table(
      'Collection',
      ['| | previous | this version |', '| --- | --- | --- |'],
      changes.filter(([, change]) => change.changed),
      ([name, change]) => `| ${name} | ${json(change.old)} | ${json(change.new)} |`
    )
  ]
}

function tables(diff: ManifestDiff): Table[] {
  const lists = (name: string, list: ListDiff) => [
    table(`${name} added`, ENTRY_HEAD, list.added, entryRow),
    table(`${name} removed`, ENTRY_HEAD, list.removed, entryRow),
    table(`${name} changed`, CHANGED_HEAD, list.changed, changedRow)
  ]
  return [
    ...lists('Artifacts', diff.artifacts),
    ...lists('Catalogs', diff.catalogs),
    table('Approvals added', APPROVAL_HEAD, diff.approvals.added, approvalRow),
    table('Approvals removed', APPROVAL_HEAD, diff.approvals.removed, approvalRow),
    ...collectionTable(diff)
  ]
}

/** The section, under `maxBytes` bytes of UTF-8 (at least a heading and the counts fit in 2 KiB). */
export function changesMarkdown(diff: ManifestDiff, options: { maxBytes: number }): string {
  const budget = new Budget(options.maxBytes)
  const heading = `### Changes since ${cell(diff.dataset_version_id.old, CELL)}`
  if (!diff.differ)
    return fitting(budget, [
      heading,
      '',
      'Nothing changed: the two manifests list the same files and facts.',
      ''
    ]).join('\n')
  const out = [heading, '', ...countLines(diff)]
  if (!budget.fits(out, 0))
    return fitting(budget, [
      heading,
      '',
      `The changes do not fit here; run \`diff --json\` to see them.`,
      ''
    ]).join('\n')
  let cut = 0
  for (const each of tables(diff)) cut += addTable(out, budget, each)
  if (cut > 0)
    out.push(
      ...fitting(budget, [
        `${cut} ${cut === 1 ? 'entry' : 'entries'} not shown here: \`diff --json\` lists them all.`,
        ''
      ])
    )
  return out.join('\n')
}
