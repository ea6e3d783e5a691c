// The summary's list of remote asset links: per link its URL (without credentials), the catalog
// that links it, and the artifact it is the published copy of, unverified ones marked.
import type { PublishedCopy } from '../gates/d-remote-assets.js'
import { cell, type Budget, type SummaryLimits } from './cells.js'
import { plural } from './words.js'

const CHECKED_BY: Record<PublishedCopy['by'], string> = {
  checksum: 'its checksum',
  bytes: 'its bytes, read',
  'store checksum': "the store's SHA-256 checksum",
  unverified: '⚠️ unverified'
}

function row(copy: PublishedCopy, limits: SummaryLimits): string {
  const by = CHECKED_BY[copy.by] + (copy.note ? ` (${cell(copy.note, limits.cell)})` : '')
  const copyOf = copy.copyOf ? cell(copy.copyOf, limits.cell) : '—'
  return `| ${cell(copy.url, limits.cell)} | ${cell(copy.catalog, limits.cell)} | ${copyOf} | ${by} |`
}

export function remoteAssetsSection(
  copies: readonly PublishedCopy[] | undefined,
  limits: SummaryLimits,
  budget: Budget
): string[] {
  if (!copies || copies.length === 0) return []
  const unverified = copies.filter((copy) => copy.by === 'unverified').length
  const warning =
    unverified > 0
      ? [
          `⚠️ **${plural(unverified, 'remote asset link')} unverified** (remote-assets: allow): nothing checked the bytes they lead to.`,
          ''
        ]
      : []
  if (limits.inventoryRows === 0) {
    const lines = [
      ...warning,
      `**Remote assets:** ${plural(copies.length, 'link')}; the job summary lists them.`,
      ''
    ]
    budget.take(lines)
    return lines
  }
  const head = [
    ...warning,
    `<details><summary><b>Remote assets</b> (${copies.length})</summary>`,
    '',
    '| URL | catalog | published copy of | checked by |',
    '| --- | --- | --- | --- |'
  ]
  budget.take(head)
  const { shown, more } = budget.rows(
    copies.map((copy) => () => row(copy, limits)),
    limits.inventoryRows
  )
  const tail = [
    ...(more > 0 ? ['', `… and ${more} more; gate D's line counts them all.`] : []),
    '',
    '</details>',
    ''
  ]
  budget.take(tail)
  return [...head, ...shown, ...tail]
}
