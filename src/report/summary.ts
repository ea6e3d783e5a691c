// The job summary (Markdown): what a steward reads first. Pure rendering of a PromotionResult.
import type { GateReport } from '../gates/index.js'
import type { Violation } from '../model/violation.js'
import type { PromotionResult } from '../pipeline.js'
import type { VerifyResult } from '../verify.js'
import type { InventoryEntry } from '../inventory/inventory.js'
import { printable } from '../model/printable.js'

/** Table cells: no line breaks, no pipes, no HTML, links or images from file names or messages. */
export function cell(text: string): string {
  return printable(text.replace(/[\r\n]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/[[\]]/g, '\\$&')
    .replace(/`/g, "'")
}

function size(bytes: number | undefined): string {
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
  withType: boolean
): string[] {
  if (entries.length === 0) return [`**${title}:** none`, '']
  const lines = [
    `**${title}** (${entries.length})`,
    '',
    withType ? '| path | media type | size | digest |' : '| path | size | digest |',
    withType ? '| --- | --- | ---: | --- |' : '| --- | ---: | --- |'
  ]
  for (const e of entries) {
    const digest = `<code>${cell(e.digest)}</code>`
    lines.push(
      withType
        ? `| ${cell(e.path)} | ${cell(e.mediaType)} | ${size(e.size)} | ${digest} |`
        : `| ${cell(e.path)} | ${size(e.size)} | ${digest} |`
    )
  }
  lines.push('', ...notHashedHere(entries))
  return lines
}

/** How many names a list in the summary shows before it says how many more there are. */
export const NAMES_SHOWN = 20

/** Entries a precomputed list gave for files not present here: counted and named, never silent. */
function notHashedHere(entries: readonly InventoryEntry[]): string[] {
  const taken = entries.filter((e) => !e.verified)
  if (taken.length === 0) return []
  const names = taken.slice(0, NAMES_SHOWN).map((e) => cell(e.path))
  const more = taken.length - names.length
  return [
    `⚠️ **${taken.length} ${taken.length === 1 ? 'entry' : 'entries'} taken from the list, not hashed here** (the files are not in this workspace; their digests are the list's): ${names.join(', ')}${more > 0 ? `, and ${more} more` : ''}.`,
    ''
  ]
}

const STATUS_MARK = { pass: '✅ pass', fail: '❌ fail', 'not required': '➖ not required' } as const

function gatesTable(gates: readonly GateReport[]): string[] {
  const lines = [
    '### Gates',
    '',
    '| gate | | status | violations | checked |',
    '| --- | --- | --- | ---: | --- |'
  ]
  for (const gate of gates) {
    lines.push(
      `| ${gate.gate} | ${cell(gate.title)} | ${STATUS_MARK[gate.status]} | ${gate.violations} | ${cell(gate.checked.join('; '))} |`
    )
  }
  lines.push('')
  return lines
}

function violationsTable(violations: readonly Violation[]): string[] {
  const lines = [
    '### Violations',
    '',
    '| gate | code | where | what to do |',
    '| --- | --- | --- | --- |'
  ]
  for (const v of violations) {
    lines.push(
      `| ${v.gate} | ${cell(v.code)} | ${cell(v.path)}${v.line ? `:${v.line}` : ''} | ${cell(v.message)} |`
    )
  }
  return lines
}

export function renderSummary(result: PromotionResult, manifestPath?: string): string {
  const headline =
    result.status === 'pass'
      ? `## ✅ Promotion manifest: ${cell(result.datasetSlug)} may be promoted`
      : `## ❌ Promotion blocked: ${cell(result.datasetSlug)} (${result.violations.length} violation${result.violations.length === 1 ? '' : 's'})`
  const lines = [headline, '']
  lines.push('| | |', '| --- | --- |')
  lines.push(`| dataset | ${cell(result.datasetSlug)} |`)
  lines.push(`| version | ${cell(result.datasetVersionId ?? 'not determined')} |`)
  lines.push(`| spec_hash | <code>${cell(result.specHash ?? 'not determined')}</code> |`)
  lines.push(`| released_at | ${cell(result.releasedAt ?? 'not determined')} |`)
  if (result.policy)
    lines.push(
      `| policy | ${cell(result.policy.policyLabel)} (${cell(result.policy.decisionId)}) |`
    )
  if (manifestPath && result.manifestDigest) {
    lines.push(
      `| manifest | ${cell(manifestPath)} |`,
      `| manifest digest | <code>${cell(result.manifestDigest)}</code> |`
    )
  }
  lines.push('', ...gatesTable(result.gates))
  if (result.violations.length > 0) {
    lines.push(
      ...violationsTable(result.violations),
      '',
      'No manifest was written: promotion fails closed until every violation is fixed.',
      ''
    )
  }
  lines.push('### Inventory', '')
  lines.push(...inventoryTable('Artifacts', result.artifacts, true))
  lines.push(...inventoryTable('Catalogs', result.catalogs, false))
  return lines.join('\n')
}

/** The summary of verify mode: the manifest checked, the gates, and what differs. */
export function renderVerifySummary(result: VerifyResult): string {
  const count = result.violations.length
  const lines = [
    result.status === 'pass'
      ? `## ✅ Verified: ${cell(result.manifestPath)} matches the files`
      : `## ❌ Verification failed: ${cell(result.manifestPath)} (${count} violation${count === 1 ? '' : 's'})`,
    '',
    '| | |',
    '| --- | --- |',
    `| manifest | ${cell(result.manifestPath)} |`,
    `| manifest digest | <code>${cell(result.manifestDigest ?? 'not read')}</code> |`,
    `| files checked | ${result.artifacts} artifact(s), ${result.catalogs} catalog file(s) |`,
    '',
    ...gatesTable(result.gates)
  ]
  if (count > 0)
    lines.push(
      ...violationsTable(result.violations),
      '',
      'Do not publish: the files are not the ones the gates passed.',
      ''
    )
  return lines.join('\n')
}

/** GitHub refuses comments over 65,536 characters: the comment is the summary, cut below that. */
export const COMMENT_LIMIT = 60_000

export function commentBody(summary: string): string {
  return summary.length > COMMENT_LIMIT
    ? `${summary.slice(0, COMMENT_LIMIT)}\n\n… (cut; the job summary has everything)`
    : summary
}

/** The summary of changed-datasets mode: the matrix, as a table. */
export function changedDatasetsSummary(
  changed: ReadonlyArray<{ dataset: string; root: string; spec: string }>,
  total: number
): string {
  const rows = changed.map((d) => `| ${cell(d.dataset)} | ${cell(d.root)} | ${cell(d.spec)} |`)
  return `## Changed datasets: ${changed.length} of ${total}\n\n| dataset | root | spec |\n| --- | --- | --- |\n${rows.join('\n')}\n`
}
