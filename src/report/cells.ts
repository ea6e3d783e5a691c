// Text from outside in a summary's table cell or list line, and the limits and byte budget every
// summary keeps (GitHub's 1 MiB job summary, 65,536-character comment): shared by the summaries
// and the sections they hold, which import it from here rather than from summary.ts.
import { printable } from '../model/printable.js'
import { clipped } from './words.js'

const WORD_JOINER = '\u2060'
/** Where a word joiner stops a link: after `@`, `#` or `GH-` before a digit, `http:`, `https:`, `ftp:` before `//`, `www` before `.`. */
const LINKED_BY_SHAPE = /@|#(?=\d)|gh-(?=\d)|(?:https?|ftp):(?=\/\/)|www(?=\.)/gi

/**
 * Text from outside (file names, document values, the slug) in a table cell or a list line of
 * the summary: one line, and nothing GitHub would render as anything but that text.
 * - `&`, `<`, `>` as entities: no HTML element, comment or entity from the input.
 * - Every character Markdown or GitHub gives a meaning inside a line behind a backslash: `\`
 *   first (so an input backslash cannot cancel the escape after it), `|` (a new cell), `[`, `]`
 *   (links, images, references, footnotes), `` ` `` (code spans), `*`, `~` and `_` (emphasis,
 *   strikethrough; `_` only where it is not inside a word, where it cannot emphasise, so
 *   `river_gauges` stays as it is), `$` (GitHub's math). The reader sees the characters
 *   themselves.
 * - What GitHub links by its shape rather than by syntax (bare URLs and `www.` addresses, which
 *   the autolink extension links; e-mail addresses, `@user` and `@org/team` mentions, `#123`,
 *   `GH-123` and `owner/repo#123` references, which github.com links after rendering, code
 *   spans aside) broken with a WORD JOINER (U+2060) after the `@`, the `#`, the `GH-`, the
 *   scheme's `:` or the `www`. It is invisible and the text reads as it was; `printable` has
 *   already shown any U+2060 of the input as `\u2060`, so every one left is ours. A name copied
 *   from the rendered summary carries them: the manifest and the violations report have the
 *   names as they are.
 */
export function cell(text: string, max = Infinity): string {
  const flat = printable(text.replace(/[\r\n]+/g, ' '))
  const cut = clipped(flat, max)
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\|[\]`*~$]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\$&')
    .replace(LINKED_BY_SHAPE, `$&${WORD_JOINER}`)
}

/**
 * How much a summary shows. GitHub drops a job summary over 1 MiB and refuses a comment over
 * 65,536 characters, so every list is cut at a count and at a share of a byte budget, whatever
 * the number of files or violations; what is cut is counted, and the full lists are in the
 * manifest and the violations report.
 */
export interface SummaryLimits {
  /** Bytes the whole summary stays under. */
  bytes: number
  /** Rows of the violations table (violations without a cause, each cause with its count). */
  violations: number
  /** Rows under each cause: the first of the violations it causes. */
  consequences: number
  inventoryRows: number
  /** Characters of a path or message in one cell. */
  cell: number
}

export const SUMMARY_LIMITS: SummaryLimits = {
  bytes: 900 * 1024,
  violations: 200,
  consequences: 20,
  inventoryRows: 500,
  cell: 400
}

/** A pull-request comment: the same summary, smaller, and without the inventory. */
export const COMMENT_LIMITS: SummaryLimits = {
  bytes: 48 * 1024,
  violations: 30,
  consequences: 5,
  inventoryRows: 0,
  cell: 300
}

/** Rows added while they fit the count and the bytes left; the rest counted, never dropped silently. */
export class Budget {
  private left: number
  constructor(bytes: number) {
    this.left = bytes
  }
  take(lines: readonly string[]): void {
    for (const line of lines) this.left -= Buffer.byteLength(line) + 1
  }
  /** Takes the lines when they fit with `spare` bytes left over, and says whether they did. */
  fits(lines: readonly string[], spare: number): boolean {
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0)
    if (bytes + spare > this.left) return false
    this.left -= bytes
    return true
  }
  /** Takes the first of at most `max` rows that fit with `spare` bytes left over; counts the rest. */
  rows(rows: readonly (() => string)[], max: number, spare = 0): { shown: string[]; more: number } {
    const shown: string[] = []
    for (const row of rows.slice(0, max)) {
      const text = row()
      const bytes = Buffer.byteLength(text) + 1
      if (bytes + spare > this.left) break
      this.left -= bytes
      shown.push(text)
    }
    return { shown, more: rows.length - shown.length }
  }
}

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
