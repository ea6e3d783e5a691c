// "Changes since" as Markdown: counts first, then the first entries of each list, within a
// byte budget.
import type { FileChange, ManifestDiff } from '../diff/manifests.js'
import { cell } from './summary.js'

const SHOWN = 20

function fileLines(title: string, lists: ManifestDiff['artifacts']): string[] {
  const entries: Array<[string, FileChange]> = [
    ...lists.added.map((c): [string, FileChange] => ['added', c]),
    ...lists.removed.map((c): [string, FileChange] => ['removed', c]),
    ...lists.changed.map((c): [string, FileChange] => ['changed', c])
  ]
  if (entries.length === 0) return []
  return [
    `| ${title} | path |`,
    '| --- | --- |',
    ...entries.slice(0, SHOWN).map(([what, c]) => `| ${what} | ${cell(c.path, 300)} |`),
    ...(entries.length > SHOWN ? [`| … | and ${entries.length - SHOWN} more |`] : []),
    ''
  ]
}

export function changesMarkdown(diff: ManifestDiff, options: { maxBytes: number }): string {
  const count = (l: ManifestDiff['artifacts']) =>
    `${l.added.length} added, ${l.removed.length} removed, ${l.changed.length} changed`
  const lines = [
    `- artifacts: ${count(diff.artifacts)}`,
    `- catalogs: ${count(diff.catalogs)}`,
    `- spec_hash: ${diff.specHash.old === diff.specHash.new ? 'unchanged' : 'changed'}`,
    `- QA status: ${cell(diff.qaStatus.old)} → ${cell(diff.qaStatus.new)}`,
    `- policy label: ${cell(diff.policyLabel.old)} → ${cell(diff.policyLabel.new)}`,
    '',
    ...fileLines('artifact', diff.artifacts),
    ...fileLines('catalog', diff.catalogs)
  ]
  const kept: string[] = []
  let bytes = 0
  for (const line of lines) {
    bytes += Buffer.byteLength(line) + 1
    if (bytes > options.maxBytes) break
    kept.push(line)
  }
  return kept.join('\n')
}
