// The job summary of publish mode, after verify mode's: what was published where and what the
// ledger recorded, or why publishing was refused.
import type { Violation } from '../model/violation.js'
import { cell } from './cells.js'

interface PublishedReport {
  tag: string
  url: string
  /** False when the same manifest was already published (a no-op). */
  created: boolean
  ledger: string
  seq: number
  recordDigest: string
  /** False when the ledger already held the record. */
  appended: boolean
  previousVersion?: string
}

/** GitHub's own address of the release, as a link; anything else as text. */
function releaseLink(tag: string, url: string): string {
  return /^https:\/\/[A-Za-z0-9._~%/:-]+$/.test(url) ? `[${cell(tag)}](${url})` : cell(url, 500)
}

export function renderPublished(report: PublishedReport, changes: readonly string[] = []): string {
  const headline = report.created
    ? `## 📦 Published ${cell(report.tag)}`
    : `## 📦 Already published: ${cell(report.tag)} (the same manifest; nothing was changed)`
  return [
    '',
    headline,
    '',
    '| | |',
    '| --- | --- |',
    `| release | ${releaseLink(report.tag, report.url)} |`,
    `| ledger | ${cell(report.ledger, 500)}, record ${report.seq}${report.appended ? '' : ' (already there)'} |`,
    `| record digest | <code>${cell(report.recordDigest)}</code> |`,
    `| previous version | ${cell(report.previousVersion ?? 'none (the first)', 200)} |`,
    '',
    ...changes
  ].join('\n')
}

export function renderRefused(violations: readonly Violation[]): string {
  return [
    '',
    '## ❌ Publishing refused: nothing was written',
    '',
    '| gate | code | what to do |',
    '| --- | --- | --- |',
    ...violations.map((v) => `| ${v.gate} | ${cell(v.code)} | ${cell(v.message, 2000)} |`),
    ''
  ].join('\n')
}
