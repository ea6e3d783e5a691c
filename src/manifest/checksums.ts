// The checksums file beside the manifest: every artifact and catalog in `sha256sum` format, so
// `sha256sum -c` run in the dataset root checks the files, and actions/attest's
// `subject-checksums` can attest each of them. Names as GNU coreutils escapes them: a name with a
// backslash or a line break is written with those escaped and the line starts with a backslash.
function checksumLine(digest: string, name: string): string {
  const hex = digest.slice('sha256:'.length)
  if (!/[\\\n\r]/.test(name)) return `${hex}  ${name}\n`
  const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
  return `\\${hex}  ${escaped}\n`
}

/** Lines joined into one piece before the pieces are joined (see checksumsText). */
const LINES_A_PIECE = 1000

type Listed = Record<'artifacts' | 'catalogs', ReadonlyArray<{ path: string; digest: string }>>

/** The lines of every artifact and then every catalog, in the manifest's order. */
export function checksumsText(manifest: Listed): string {
  return checksumsPieces(manifest).join('')
}

/**
 * checksumsText in pieces of a thousand lines, which a large list is written in: the line
 * strings of 200,000 entries never all exist at once, nor the text twice.
 */
export function checksumsPieces(manifest: Listed): string[] {
  const entries = [...manifest.artifacts, ...manifest.catalogs]
  const pieces: string[] = []
  for (let start = 0; start < entries.length; start += LINES_A_PIECE) {
    const lines = entries.slice(start, start + LINES_A_PIECE)
    pieces.push(lines.map((entry) => checksumLine(entry.digest, entry.path)).join(''))
  }
  return pieces
}

/** `promotion_manifest.json` → `promotion_manifest.sha256sums`. */
export function checksumsPath(manifestPath: string): string {
  return manifestPath.replace(/(\.json)?$/i, '.sha256sums')
}
