// The summary of changed-datasets mode: the matrix as a table, then what the matrix cannot hold
// (removed datasets, paths outside any dataset), each bounded by count and bytes.
import { Budget, cell, SUMMARY_LIMITS, type SummaryLimits } from './cells.js'

interface DatasetRow {
  dataset: string
  root: string
  spec: string
}

/** What changed-datasets mode found, as src/github/changed-datasets.ts sorts it. */
interface ChangedDatasetsReport {
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
