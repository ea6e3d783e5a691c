// Gate D's DCAT distributions: each URL inside the root names an artifact of the inventory, and
// every spdx:checksum it carries is the artifact's SHA-256.
import { rootPathOfIri } from '../catalogs/jsonld.js'
import { TERMS } from '../catalogs/vocabulary.js'
import type { CatalogDocument } from '../catalogs/views.js'
import type { InventoryEntry } from '../inventory/entry.js'
import { violation, type Violation } from '../model/violation.js'
import { WINDOWS_DRIVE } from './d-hrefs.js'
import { pointerAbout } from './e-lfs.js'

type Dataset = NonNullable<CatalogDocument['dcat']>[number]
type Distribution = Dataset['distributions'][number]

/** Every distribution URL of the DCAT documents held to the artifacts. */
export function checkDcatLinks(
  documents: readonly CatalogDocument[],
  artifacts: ReadonlyMap<string, InventoryEntry>
): Violation[] {
  const violations: Violation[] = []
  for (const document of documents)
    for (const dataset of document.dcat ?? [])
      for (const distribution of dataset.distributions)
        for (const url of distribution.urls)
          violations.push(...urlViolations(document, dataset, distribution, url, artifacts))
  return violations
}

/** One URL of a distribution: a file inside the root, an artifact, with the checksums it has. */
function urlViolations(
  document: CatalogDocument,
  dataset: Dataset,
  distribution: Distribution,
  url: string,
  artifacts: ReadonlyMap<string, InventoryEntry>
): Violation[] {
  if (WINDOWS_DRIVE.test(url))
    return [
      violation(
        'LINK_UNRESOLVED',
        document.display,
        `A DCAT distribution of ${dataset.id} points to "${url}", a Windows drive path; link to a file in the dataset root by a relative path, or to an absolute http(s) URL.`,
        { line: document.lineOfText(url) }
      )
    ]
  const resolved = rootPathOfIri(url)
  if (resolved === undefined) return []
  const shown = resolved === 'outside' ? url : resolved
  // Found only for a violation: a passing link never costs a search of the text.
  const line = () => document.lineOfText(shown.split('/').pop() ?? shown)
  if (resolved === 'outside')
    return [
      violation(
        'LINK_OUTSIDE_ROOT',
        document.display,
        `A DCAT distribution of ${dataset.id} points outside the dataset root; link to a file inside it or to an absolute URL.`,
        { line: line() }
      )
    ]
  const entry = artifacts.get(resolved)
  if (!entry)
    return [
      violation(
        'LINK_UNRESOLVED',
        document.display,
        `A DCAT distribution of ${dataset.id} points to ${resolved}, which is not an artifact in the inventory; add it to the artifacts patterns, or fix the URL.`,
        { line: line(), about: { missing: { path: resolved, lists: ['artifacts'] } } }
      )
    ]
  return checksumViolations(document, distribution, resolved, entry, line)
}

/** Each spdx:checksum of a distribution held to the artifact's digest: SHA-256 only. */
function checksumViolations(
  document: CatalogDocument,
  distribution: Distribution,
  resolved: string,
  entry: InventoryEntry,
  line: () => number | undefined
): Violation[] {
  return distribution.checksums.flatMap((checksum) => {
    if (checksum.algorithm !== TERMS.sha256Algorithm)
      return [
        violation(
          'CHECKSUM_UNSUPPORTED',
          document.display,
          `The spdx:checksum of the distribution ${resolved} uses ${checksum.algorithm || 'no algorithm'}, not spdx:checksumAlgorithm_sha256, so it cannot be checked.`,
          { line: line() }
        )
      ]
    if (`sha256:${checksum.value.toLowerCase()}` === entry.digest) return []
    return [
      violation(
        'CHECKSUM_MISMATCH',
        document.display,
        `The spdx:checksum of the distribution ${resolved} is ${checksum.value}, but the file has ${entry.digest}; regenerate the DCAT document.`,
        { line: line(), about: pointerAbout(entry) }
      )
    ]
  })
}
