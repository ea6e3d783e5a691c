// What the summary says of Git LFS: how many artifacts a pointer stood for (lfs: pointers), and
// whether the LFS server was asked that their objects exist. Rendering only.
import type { LfsEvidence } from '../inventory/lfs-entries.js'
import { cell, type SummaryLimits } from './cells.js'
import { plural } from './words.js'

/** The summary's Git LFS paragraph: empty when no pointer stood for an artifact. */
export function lfsSummaryLines(lfs: LfsEvidence | undefined, limits: SummaryLimits): string[] {
  if (!lfs || lfs.fromPointers === 0) return []
  const taken = `📦 **${plural(lfs.fromPointers, 'artifact file')} taken from Git LFS pointers** (lfs: pointers): each digest and size is its pointer's oid and size, as a full checkout gives them.`
  const objects = lfs.objects
  const asked = !objects
    ? ''
    : objects.asked
      ? objects.missing.length === 0
        ? ` The LFS server (${cell(objects.endpoint, limits.cell)}) has every object.`
        : ` The LFS server (${cell(objects.endpoint, limits.cell)}) lacks ${objects.missing.length} object(s): see LFS_OBJECT_MISSING.`
      : `\n\n⚠️ **The LFS server was not asked whether these objects exist**: ${cell(objects.reason, limits.cell)}.`
  return [`${taken}${asked}`, '']
}

/** The CLI's and the log's one line when the objects were not asked about, else undefined. */
export function lfsNotAskedLine(lfs: LfsEvidence | undefined): string | undefined {
  const objects = lfs?.objects
  if (!lfs || !objects || objects.asked) return undefined
  return `warning: ${lfs.fromPointers} artifact file(s) were taken from Git LFS pointers, but the LFS server was not asked whether their objects exist: ${objects.reason}.`
}
