// On a pull request, what it changes of the files the gate trusts (`trusted-paths`), for the
// summary's section before the gates.
import { cell, type SummaryLimits } from './cells.js'
import { plural } from './words.js'

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
