// The job summary (Markdown) of a promotion: what a steward reads first. Pure rendering of a
// PromotionResult: the facts, the trusted changes, the gates, the violations cause first, the
// inventory.
import type { PromotionResult } from '../pipeline.js'
import { Budget, cell, SUMMARY_LIMITS, type SummaryLimits } from './cells.js'
import { inventoryTable } from './inventory-table.js'
import { lfsSummaryLines } from './lfs-summary.js'
import { remoteAssetsSection } from './remote-assets.js'
import { factsTable, gatesTable } from './summary-head.js'
import { trustedChangesSection, type TrustedChanges } from './trusted-changes.js'
import { violationsTable } from './violations-table.js'
import { plural } from './words.js'

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
  const lines = [
    headline,
    '',
    ...factsTable(runFacts(result, manifestPath, limits, upload)),
    ...(trusted ? trustedChangesSection(trusted, limits) : []),
    ...gatesTable(result.gates, limits),
    ...lfsSummaryLines(result.lfs, limits),
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
  lines.push(...inventorySection(result, limits, budget))
  return lines.join('\n')
}

/** The run at a glance: the dataset, its version, spec and policy, the manifest, the upload. */
function runFacts(
  result: PromotionResult,
  manifestPath: string | undefined,
  limits: SummaryLimits,
  upload: UploadNote
): Array<[string, string]> {
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
  return facts
}

/** The inventory: its tables where the limits allow rows (the job summary), else a count. */
function inventorySection(
  result: PromotionResult,
  limits: SummaryLimits,
  budget: Budget
): string[] {
  const lines: string[] = []
  if (limits.inventoryRows > 0) {
    const place = workspacePath(result.rootPath)
    lines.push(
      '### Inventory',
      '',
      ...inventoryTable('Artifacts', result.artifacts, true, limits, budget, place),
      ...inventoryTable('Catalogs', result.catalogs, false, limits, budget, place)
    )
  } else
    lines.push(
      `**Inventory:** ${result.artifacts.length} artifact(s), ${result.catalogs.length} catalog file(s); the job summary lists them.`,
      ''
    )
  lines.push(...remoteAssetsSection(result.remoteAssets, limits, budget))
  return lines
}

/**
 * Appended to a passing run's summary when its manifest then could not be put in place: the
 * summary is written before the files move, and must not end saying they did.
 */
export function renderNotWritten(message: string): string {
  return ['', '## ❌ No manifest was written', '', cell(message), ''].join('\n')
}
