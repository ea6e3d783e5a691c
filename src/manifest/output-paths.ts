// The files a passing run writes, named from the manifest's path: the manifest and its two
// sidecars. Promotion writes them; verification reads the sidecars beside a manifest.
import { checksumsPath } from './checksums.js'
import { statementPath } from './statement.js'

export function outputPaths(manifestPath: string): {
  manifest: string
  statement: string
  checksums: string
} {
  return {
    manifest: manifestPath,
    statement: statementPath(manifestPath),
    checksums: checksumsPath(manifestPath)
  }
}
