// The checksums file beside the manifest: every artifact and catalog in `sha256sum` format, so
// `sha256sum -c` run in the dataset root checks the files, and actions/attest's
// `subject-checksums` can attest each of them. A directory store is listed file by file.
import { sha256sumLine as checksumLine } from '../model/sha256sum.js'

/** Lines joined into one piece before the pieces are joined (see checksumsText). */
const LINES_A_PIECE = 1000

type Listed = Record<'artifacts' | 'catalogs', ReadonlyArray<{ path: string; digest: string }>>

/** A directory store's path (with its trailing `/`) → its files, root-relative, sorted by path. */
export type StoreFiles = ReadonlyMap<string, ReadonlyArray<{ path: string; digest: string }>>

/** The lines of every artifact and then every catalog, in the manifest's order. */
export function checksumsText(manifest: Listed, stores?: StoreFiles): string {
  return checksumsPieces(manifest, stores).join('')
}

/**
 * checksumsText in pieces of a thousand lines, which a large list is written in: the line
 * strings of 200,000 entries never all exist at once, nor the text twice. A store's files stand
 * where the store stands: its path is their common prefix, so the order stays the paths' order.
 */
export function checksumsPieces(manifest: Listed, stores?: StoreFiles): string[] {
  const pieces: string[] = []
  let lines: string[] = []
  const add = (entry: { path: string; digest: string }): void => {
    lines.push(checksumLine(entry.digest, entry.path))
    if (lines.length === LINES_A_PIECE) {
      pieces.push(lines.join(''))
      lines = []
    }
  }
  for (const list of [manifest.artifacts, manifest.catalogs]) {
    for (const entry of list) {
      const files = stores?.get(entry.path)
      if (files) for (const file of files) add(file)
      else add(entry)
    }
  }
  if (lines.length > 0) pieces.push(lines.join(''))
  return pieces
}

/** `promotion_manifest.json` → `promotion_manifest.sha256sums`. */
export function checksumsPath(manifestPath: string): string {
  return manifestPath.replace(/(\.json)?$/i, '.sha256sums')
}
