// The job summary (Markdown): what a steward reads first. Pure rendering of a PromotionResult.
import { lfsSummaryLines } from './lfs-summary.js'
import type { GateReport } from '../gates/index.js'
import type { Violation } from '../model/violation.js'
import { folded, type Folded } from './causes.js'
import { plural } from './words.js'
import type { PromotionResult } from '../pipeline.js'
import type { VerifyResult } from '../verify.js'
import type { InventoryEntry } from '../inventory/inventory.js'
import { remoteAssetsSection } from './remote-assets.js'
import { Budget, cell, SUMMARY_LIMITS, type SummaryLimits } from './cells.js'

export { Budget, cell, COMMENT_LIMITS, SUMMARY_LIMITS, type SummaryLimits } from './cells.js'

/** A digest as a table shows it: the algorithm and 12 hex characters (the manifest has it whole). */
export function shortDigest(digest: string): string {
  return `<code>${cell(digest.length > 19 ? `${digest.slice(0, 19)}…` : digest)}</code>`
}

export function size(bytes: number | undefined): string {
  if (bytes === undefined) return 'not present'
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`
}

function inventoryTable(
  title: string,
  entries: readonly InventoryEntry[],
  withType: boolean,
  limits: SummaryLimits,
  budget: Budget,
  /** A root-relative path as the summary shows every path: relative to the workspace. */
  place: (path: string) => string
): string[] {
  if (entries.length === 0) return [`**${title}:** none`, '']
  const head = [
    `<details><summary><b>${title}</b> (${entries.length})</summary>`,
    '',
    withType ? '| path | media type | size | digest |' : '| path | size | digest |',
    withType ? '| --- | --- | ---: | --- |' : '| --- | ---: | --- |'
  ]
  budget.take(head)
  const { shown, more } = budget.rows(
    entries.map(
      (e) => () =>
        withType
          ? `| ${cell(place(e.path), limits.cell)} | ${cell(e.mediaType, 80)} | ${size(e.size)} | ${shortDigest(e.digest)} |`
          : `| ${cell(place(e.path), limits.cell)} | ${size(e.size)} | ${shortDigest(e.digest)} |`
    ),
    limits.inventoryRows
  )
  const tail = [
    ...(more > 0
      ? ['', `… and ${more} more; the manifest lists every one with its full digest.`]
      : []),
    '',
    '</details>',
    '',
    ...notHashedHere(entries, place)
  ]
  budget.take(tail)
  return [...head, ...shown, ...tail]
}

/** How many names a list in the summary shows before it says how many more there are. */
export const NAMES_SHOWN = 20

/** Entries a precomputed list gave for files not present here: counted and named, never silent. */
function notHashedHere(
  entries: readonly InventoryEntry[],
  place: (path: string) => string
): string[] {
  const taken = entries.filter((e) => !e.verified)
  if (taken.length === 0) return []
  const names = taken.slice(0, NAMES_SHOWN).map((e) => cell(place(e.path), 200))
  const more = taken.length - names.length
  return [
    `⚠️ **${taken.length} ${taken.length === 1 ? 'entry' : 'entries'} taken from the list, not hashed here** (the files are not in this workspace; their digests are the list's): ${names.join(', ')}${more > 0 ? `, and ${more} more` : ''}.`,
    ''
  ]
}

/** Items of a gate's "checked" cell shown before the rest are counted. */
const CHECKED_ITEMS = 12

const STATUS_MARK = { pass: '✅ pass', fail: '❌ fail', 'not required': '➖ not required' } as const

function gatesTable(gates: readonly GateReport[], limits: SummaryLimits): string[] {
  const lines = [
    '### Gates',
    '',
    '| gate | title | status | violations | checked |',
    '| --- | --- | --- | ---: | --- |'
  ]
  for (const gate of gates) {
    // Each item cut to its share of the cell, so a long one never hides the ones after it.
    const items = gate.checked.slice(0, CHECKED_ITEMS)
    const share = Math.max(80, Math.floor((limits.cell * 2) / Math.max(1, items.length)))
    const checked = items.map((item) => cell(item, share))
    const more = gate.checked.length - items.length
    if (more > 0) checked.push(`and ${more} more`)
    lines.push(
      `| ${gate.gate} | ${cell(gate.title)} | ${STATUS_MARK[gate.status]} | ${gate.violations} | ${checked.join('; ')} |`
    )
  }
  lines.push('')
  return lines
}

const VIOLATIONS_HEAD = ['| gate | code | where | what to do |', '| --- | --- | --- | --- |']

/** Whole digests in a sentence, shortened as the inventory shows them (the report has them whole). */
const shortDigests = (text: string): string =>
  text.replace(/sha256:([0-9a-f]{12})[0-9a-f]{52}/g, 'sha256:$1…')

function violationRow(v: Violation, limits: SummaryLimits, note = ''): string {
  return `| ${v.gate} | ${cell(v.code)} | ${cell(v.path, limits.cell)}${v.line ? `:${v.line}` : ''} | ${cell(shortDigests(v.message), limits.cell * 2)}${note} |`
}

const IN_THE_REPORT =
  'the violations report has every one (the `violations-path` output, and the violations artifact when uploading)'

/** Bytes kept for the closing lines while the sections under the causes are laid out. */
const CLOSING_BYTES = 1024

/**
 * The violations a cause explains, folded under it: the first of them in a table, the rest
 * counted. Undefined when even its frame does not fit the budget.
 */
function causedSection(
  { violation: cause, consequences }: Folded,
  limits: SummaryLimits,
  budget: Budget
): string[] | undefined {
  const count = consequences.length
  const head = [
    `<details><summary><b>${plural(count, 'violation')} caused by ${cause.gate} ${cause.code}</b></summary>`,
    '',
    `Caused by ${cell(cause.path, limits.cell)}${cause.line ? `:${cause.line}` : ''} (${cause.gate} ${cell(cause.code)}, above); fixing it is the first step.`,
    '',
    ...VIOLATIONS_HEAD
  ]
  const frame = ['', '… and more', '', '</details>', '']
  if (!budget.fits([...head, ...frame], CLOSING_BYTES)) return undefined
  const { shown, more } = budget.rows(
    consequences.map((v) => () => violationRow(v, limits)),
    limits.consequences
  )
  const tail = more > 0 ? ['', `… and ${more} more caused by it: ${IN_THE_REPORT}.`, ''] : ['']
  return [...head, ...shown, ...tail, '</details>', '']
}

/**
 * The violations, cause first: one table row for each violation no other explains (a cause
 * saying how many it causes), then under each cause shown, the ones it causes.
 */
function violationsTable(
  violations: readonly Violation[],
  limits: SummaryLimits,
  budget: Budget
): string[] {
  const tops = folded(violations)
  const head = ['### Violations', '', ...VIOLATIONS_HEAD]
  budget.take(head)
  const causes = (n: number): string =>
    n === 0 ? '' : ` **It causes ${plural(n, 'more violation')}, listed below it.**`
  const { shown } = budget.rows(
    tops.map(
      ({ violation, consequences }) =>
        () =>
          violationRow(violation, limits, causes(consequences.length))
    ),
    limits.violations
  )
  const lines = [...head, ...shown, '']
  let unlisted = 0
  tops.forEach((top, index) => {
    if (index >= shown.length) unlisted += 1 + top.consequences.length
    else if (top.consequences.length > 0) {
      const section = causedSection(top, limits, budget)
      if (section) lines.push(...section)
      else unlisted += top.consequences.length
    }
  })
  const tail =
    unlisted > 0 ? [`… and ${plural(unlisted, 'more violation')}: ${IN_THE_REPORT}.`] : []
  budget.take(tail)
  return [...lines, ...tail]
}

/** The run at a glance, as a list: a table would need a header row with nothing to say. */
function factsTable(facts: ReadonlyArray<[string, string]>): string[] {
  return [...facts.map(([name, value]) => `- **${name}:** ${value}`), '']
}

/**
 * What a pull request changes of the files the gate trusts (`trusted-paths`), as the pull
 * request's file list gives them; or, when the list could not be had, why.
 */
export type TrustedChanges = { paths: readonly string[] } | { unknown: string }

/** How many trusted files the section names before it counts the rest. */
const TRUSTED_SHOWN = 50

/**
 * The pull request's changes to trusted configuration: a table (a cell holds a name as inline
 * text only, where a list item could start a heading or a quote), or one line saying there are
 * none or that they are not known.
 */
export function trustedChangesSection(changes: TrustedChanges, limits: SummaryLimits): string[] {
  if ('unknown' in changes)
    return [
      `**Trusted configuration:** not checked: the pull request's files could not be listed (${cell(changes.unknown, limits.cell)}).`,
      ''
    ]
  const { paths } = changes
  if (paths.length === 0)
    return [
      '**Trusted configuration:** this pull request changes none of the files the gate trusts (`trusted-paths`).',
      ''
    ]
  const more = paths.length - TRUSTED_SHOWN
  return [
    `### ⚠️ This pull request changes what the gate trusts: ${plural(paths.length, 'file')}`,
    '',
    'These files decide how pull requests are gated (`trusted-paths`): whoever owns them should review this change before it merges.',
    '',
    '| trusted file changed |',
    '| --- |',
    ...paths.slice(0, TRUSTED_SHOWN).map((file) => `| ${cell(file, limits.cell)} |`),
    ...(more > 0 ? ['', `… and ${more} more.`] : []),
    ''
  ]
}

/**
 * What a run uploads, for the summary's upload line: what, under which artifact name; or why
 * nothing (our own words, Markdown as they are).
 */
export type UploadNote = { what: string; artifact: string } | { none: string }

const NOT_THE_ACTION: UploadNote = {
  none: 'only the action uploads (with `upload: true`)'
}

function uploadLine(note: UploadNote): string {
  return 'none' in note
    ? `not uploaded: ${note.none}`
    : `${note.what}, as the artifact <code>${cell(note.artifact, 200)}</code>`
}

/**
 * The one path style of the summary, said once: every path is relative to the workspace, as the
 * log and the annotations give them; the manifest's (and the gates' sentences') root-relative
 * artifact paths are under the dataset root named here.
 */
function pathsLine(rootPath: string | undefined): string {
  return rootPath === undefined || rootPath === '.'
    ? 'relative to the workspace, which is the dataset root'
    : `relative to the workspace; the dataset root is ${cell(rootPath, 200)}, and the manifest (like the sentences below) names artifacts relative to it`
}

/** A root-relative path as the summary shows it: relative to the workspace. */
function workspacePath(rootPath: string | undefined): (path: string) => string {
  return rootPath === undefined || rootPath === '.'
    ? (path) => path
    : (path) => `${rootPath}/${path}`
}

export function renderSummary(
  result: PromotionResult,
  manifestPath?: string,
  limits: SummaryLimits = SUMMARY_LIMITS,
  /** On a pull request: its changes to trusted configuration, shown before the gates. */
  trusted?: TrustedChanges,
  /** What the run uploads; the CLI and the library upload nothing. */
  upload: UploadNote = NOT_THE_ACTION,
  /** "Changes since" an earlier version (previous-manifest, previous: ledger), after the gates. */
  changes: (maxBytes: number) => readonly string[] = () => []
): string {
  const count = result.violations.length
  const headline =
    result.status === 'pass'
      ? `## ✅ Promotion manifest: ${cell(result.datasetSlug)} may be promoted`
      : `## ❌ Promotion blocked: ${cell(result.datasetSlug)} (${plural(count, 'violation')})`
  const facts: Array<[string, string]> = [
    ['dataset', cell(result.datasetSlug)],
    ['version', cell(result.datasetVersionId ?? 'not determined', 200)],
    ['spec_hash', `<code>${cell(result.specHash ?? 'not determined', 100)}</code>`],
    ['released_at', cell(result.releasedAt ?? 'not determined', 100)]
  ]
  if (result.policy)
    facts.push([
      'policy',
      `${cell(result.policy.policyLabel, 100)} (${cell(result.policy.decisionId, 200)})`
    ])
  if (manifestPath && result.manifestDigest)
    facts.push(
      ['manifest', cell(manifestPath, limits.cell)],
      ['manifest digest', `<code>${cell(result.manifestDigest)}</code>`]
    )
  facts.push(['upload', uploadLine(upload)], ['paths', pathsLine(result.rootPath)])
  const lines = [
    headline,
    '',
    ...factsTable(facts),
    ...(trusted ? trustedChangesSection(trusted, limits) : []),
    ...gatesTable(result.gates, limits),
    ...lfsSummaryLines(result.lfs, (text) => cell(text, limits.cell)),
    ...changes(Math.floor(limits.bytes / 4))
  ]
  const budget = new Budget(limits.bytes)
  budget.take(lines)
  if (count > 0) {
    const closing = [
      '',
      'No manifest was written: promotion fails closed until every violation is fixed.',
      ''
    ]
    budget.take(closing)
    lines.push(...violationsTable(result.violations, limits, budget), ...closing)
  }
  if (limits.inventoryRows > 0) {
    lines.push('### Inventory', '')
    const place = workspacePath(result.rootPath)
    lines.push(...inventoryTable('Artifacts', result.artifacts, true, limits, budget, place))
    lines.push(...inventoryTable('Catalogs', result.catalogs, false, limits, budget, place))
    lines.push(...remoteAssetsSection(result.remoteAssets, limits, budget))
  } else {
    lines.push(
      `**Inventory:** ${result.artifacts.length} artifact(s), ${result.catalogs.length} catalog file(s); the job summary lists them.`,
      '',
      ...remoteAssetsSection(result.remoteAssets, limits, budget)
    )
  }
  return lines.join('\n')
}

/**
 * Appended to a passing run's summary when its manifest then could not be put in place: the
 * summary is written before the files move, and must not end saying they did.
 */
export function renderNotWritten(message: string): string {
  return ['', '## ❌ No manifest was written', '', cell(message), ''].join('\n')
}

/** The summary of verify mode: the manifest checked, the gates, and what differs. */
export function renderVerifySummary(
  result: VerifyResult,
  limits: SummaryLimits = SUMMARY_LIMITS
): string {
  const count = result.violations.length
  const lines = [
    result.status === 'pass'
      ? `## ✅ Verified: ${cell(result.manifestPath, limits.cell)} matches the files`
      : `## ❌ Verification failed: ${cell(result.manifestPath, limits.cell)} (${plural(count, 'violation')})`,
    '',
    ...factsTable([
      ['manifest', cell(result.manifestPath, limits.cell)],
      ['manifest digest', `<code>${cell(result.manifestDigest ?? 'not read')}</code>`],
      ['files checked', `${result.artifacts} artifact(s), ${result.catalogs} catalog file(s)`]
    ]),
    ...gatesTable(result.gates, limits)
  ]
  const budget = new Budget(limits.bytes)
  budget.take(lines)
  if (count > 0)
    lines.push(
      ...violationsTable(result.violations, limits, budget),
      '',
      'Do not publish: the files are not the ones the gates passed.',
      ''
    )
  return lines.join('\n')
}

interface DatasetRow {
  dataset: string
  root: string
  spec: string
}

/** What changed-datasets mode found, as src/github/changed-datasets.ts sorts it. */
export interface ChangedDatasetsReport {
  changed: readonly DatasetRow[]
  removed: ReadonlyArray<DatasetRow & { files: readonly string[] }>
  outside: readonly string[]
  /** How many datasets there are in the checked-out head. */
  total: number
  allowRemovals: boolean
  allowOutside: boolean
}

/** Rows a budget allows, then a line counting the rest. */
function boundedRows(
  rows: ReadonlyArray<() => string>,
  max: number,
  budget: Budget,
  rest: string
): string[] {
  const { shown, more } = budget.rows(rows, max)
  const tail = more > 0 ? ['', `… and ${more} more ${rest}.`] : []
  budget.take(tail)
  return [...shown, ...tail, '']
}

function datasetRows(rows: readonly DatasetRow[], limits: SummaryLimits, budget: Budget) {
  const head = ['| dataset | root | spec |', '| --- | --- | --- |']
  budget.take(head)
  const line = (d: DatasetRow) => () =>
    `| ${cell(d.dataset)} | ${cell(d.root, limits.cell)} | ${cell(d.spec, limits.cell)} |`
  return [...head, ...boundedRows(rows.map(line), limits.violations, budget, 'datasets')]
}

/** A heading that says whether the input in charge lets these through. */
function decisionHeading(title: string, count: number, allowed: boolean, input: string): string {
  return allowed
    ? `### ${title}: ${count} (listed; ${input} is true)`
    : `### ❌ ${title}: ${count} (not allowed: ${input} is false)`
}

function removedSection(report: ChangedDatasetsReport, limits: SummaryLimits, budget: Budget) {
  const { removed } = report
  if (removed.length === 0) return []
  const head = [
    decisionHeading('Removed datasets', removed.length, report.allowRemovals, 'allow-removals'),
    '',
    'The pull request deletes the spec of these datasets (or renames it away), and no spec is left in their root.',
    ''
  ]
  budget.take(head)
  const files = removed.flatMap((d) =>
    d.files.map((f) => () => `| ${cell(d.dataset)} | ${cell(f, limits.cell)} |`)
  )
  const filesHead = ['| removed dataset | changed path |', '| --- | --- |']
  budget.take(filesHead)
  return [
    ...head,
    ...datasetRows(removed, limits, budget),
    ...filesHead,
    ...boundedRows(files, limits.inventoryRows, budget, 'paths')
  ]
}

function outsideSection(report: ChangedDatasetsReport, limits: SummaryLimits, budget: Budget) {
  const { outside } = report
  if (outside.length === 0) return []
  const head = [
    decisionHeading(
      'Changed outside any dataset',
      outside.length,
      report.allowOutside,
      'allow-outside-datasets'
    ),
    '',
    'The datasets globs cover these paths, but no dataset root (a directory with a spec) holds them.',
    '',
    '| path |',
    '| --- |'
  ]
  budget.take(head)
  const rows = outside.map((f) => () => `| ${cell(f, limits.cell)} |`)
  return [...head, ...boundedRows(rows, limits.inventoryRows, budget, 'paths')]
}

/**
 * The summary of changed-datasets mode: the matrix as a table, then what the matrix cannot hold
 * (removed datasets, paths outside any dataset), each bounded by count and bytes.
 */
export function changedDatasetsSummary(
  report: ChangedDatasetsReport,
  limits: SummaryLimits = SUMMARY_LIMITS
): string {
  // Rows stop at the budget; the headings and "… and N more" lines after them are kept back.
  const budget = new Budget(limits.bytes - 4096)
  const head = [`## Changed datasets: ${report.changed.length} of ${report.total}`, '']
  budget.take(head)
  return [
    ...head,
    ...datasetRows(report.changed, limits, budget),
    ...removedSection(report, limits, budget),
    ...outsideSection(report, limits, budget)
  ].join('\n')
}
