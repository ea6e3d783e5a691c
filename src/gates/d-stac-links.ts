// Gate D's STAC links and assets: each href inside the root resolves to an inventoried file, and
// every file:checksum an asset carries is the SHA-256 of that file.
import { multihashToDigest } from '../catalogs/stac.js'
import type { CatalogDocument, StacAsset, StacLink } from '../catalogs/views.js'
import type { InventoryEntry } from '../inventory/entry.js'
import { violation, type About, type Violation } from '../model/violation.js'
import { resolveHref } from './d-hrefs.js'
import { pointerAbout } from './e-lfs.js'

/** An inventory entry by its root-relative path. */
interface PathLookup {
  get(path: string): InventoryEntry | undefined
}

/** A link or an asset of a STAC document: each resolves to a file, the asset with its checksum. */
type StacTarget = StacLink | StacAsset

/** How a message names a target: `link "self"`, `asset "data"`. */
function what(target: StacTarget): string {
  return 'rel' in target ? `link "${target.rel}"` : `asset "${target.key}"`
}

/** A checksum a STAC asset carries, held against the digest of the file it links to. */
function stacChecksumViolations(
  document: CatalogDocument,
  target: StacTarget,
  entry: InventoryEntry,
  line: () => number | undefined
): Violation[] {
  const checksum = 'key' in target ? target.checksum : undefined
  if (checksum === undefined) return []
  const digest = multihashToDigest(checksum)
  const at = () => document.lineOf([...target.location, 'file:checksum']) ?? line()
  if (!digest) {
    const message = `The file:checksum of STAC ${what(target)} is not a SHA-256 multihash (1220 + 64 hex), so it cannot be checked; write it as SHA-256.`
    return [violation('CHECKSUM_UNSUPPORTED', document.display, message, { line: at() })]
  }
  if (digest === entry.digest) return []
  const message = `The file:checksum of STAC ${what(target)} says ${digest}, but ${entry.path} has ${entry.digest}; the catalog describes another version of the file, so regenerate it.`
  return [
    violation('CHECKSUM_MISMATCH', document.display, message, {
      line: at(),
      about: pointerAbout(entry)
    })
  ]
}

/** One link or asset: it resolves to an inventoried file inside the root, with its checksum. */
function stacTargetViolations(
  document: CatalogDocument,
  target: StacTarget,
  byPath: PathLookup
): Violation[] {
  const id = document.stac!.id
  const line = () =>
    document.lineOf([...target.location, 'href']) ?? document.lineOf(target.location)
  const resolved = resolveHref(document.path, target.href)
  const found = (code: 'LINK_UNRESOLVED' | 'LINK_OUTSIDE_ROOT', message: string, about?: About) => [
    violation(code, document.display, message, { line: line(), about })
  ]
  if (resolved === undefined) return []
  if (resolved === 'invalid')
    return found(
      'LINK_UNRESOLVED',
      `The STAC ${what(target)} of ${id} has the href "${target.href}", which is not a valid URL or relative path (paths are written with /, never a backslash or a Windows drive letter); fix the href.`
    )
  if (resolved === 'outside')
    return found(
      'LINK_OUTSIDE_ROOT',
      `The STAC ${what(target)} of ${id} points to "${target.href}", outside the dataset root; link to a file inside it or to an absolute URL.`
    )
  const entry = byPath.get(resolved)
  if (!entry)
    return found(
      'LINK_UNRESOLVED',
      `The STAC ${what(target)} of ${id} points to ${resolved}, which is not in the inventory; add the file to the artifacts or catalogs patterns, or fix the href.`,
      { missing: { path: resolved, lists: ['artifacts', 'catalogs'] } }
    )
  return stacChecksumViolations(document, target, entry, line)
}

/** Every link and asset of the STAC documents held to the inventory. */
export function checkStacLinks(
  documents: readonly CatalogDocument[],
  byPath: PathLookup
): Violation[] {
  // Loops into one list: no list per document and target kept until the last of 100,000.
  const violations: Violation[] = []
  for (const document of documents) {
    if (!document.stac) continue
    for (const targets of [document.stac.links, document.stac.assets])
      for (const target of targets)
        for (const found of stacTargetViolations(document, target, byPath)) violations.push(found)
  }
  return violations
}
