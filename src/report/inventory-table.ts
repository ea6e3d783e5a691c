// The summary's inventory: the artifacts and catalogs as tables of path, media type, size and
// short digest, bounded by rows and bytes, and the entries a precomputed list gave for files not
// hashed here, named.
import type { InventoryEntry } from '../inventory/entry.js'
import { cell, shortDigest, size, type Budget, type SummaryLimits } from './cells.js'

export function inventoryTable(
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
