// Gate B: licensing. Every DCAT dataset and STAC collection carries a licence, and each is one
// a person can look up (docs/decisions.md, "Catalog triplet (gate D) and licensing (gate B)"):
// - DCAT: a literal SPDX expression, or an IRI that is an SPDX licence IRI or an absolute
//   http(s) URL. Relative IRIs (which JSON-LD resolves into the dataset root), `urn:`, blank
//   nodes and other schemes are refused.
// - STAC, by STAC's own rule: an SPDX identifier or expression, or `other` / `proprietary` with a
//   link of rel `license`. A URL in `license` is invalid STAC, and `various` names no licence.
import parseSpdx from 'spdx-expression-parse'
import { rootPathOfIri } from '../catalogs/jsonld.js'
import type { CatalogDocument, DcatDataset, LicenseValue } from '../catalogs/views.js'
import { violation, type Violation } from '../model/violation.js'
import type { Gate } from './evidence.js'

const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i
const SPDX_LICENSE_IRI = /^https?:\/\/spdx\.org\/licenses\/([^/?#]+?)(?:\.html|\.json)?$/i

/** Why a licence text is not a valid SPDX expression, or undefined when it is one. */
export function licenseProblem(text: string): string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return 'is empty'
  try {
    parseSpdx(trimmed)
    return undefined
  } catch {
    return HTTP_URL.test(trimmed)
      ? `is the URL "${trimmed}", not an SPDX expression; write the SPDX identifier (for example CC-BY-4.0), or "other" with a link of rel "license" to the text`
      : `"${trimmed}" is not a valid SPDX expression (for example CC-BY-4.0 or "MIT OR Apache-2.0")`
  }
}

/** Why a DCAT licence IRI is refused, or undefined when it is an SPDX licence IRI or a URL. */
export function licenseIriProblem(iri: string): string | undefined {
  const spdx = SPDX_LICENSE_IRI.exec(iri)
  if (spdx) {
    const id = decodeURIComponent(spdx[1]!)
    return licenseProblem(id) ? `names "${id}", which is not an SPDX licence identifier` : undefined
  }
  if (HTTP_URL.test(iri)) return undefined
  const inRoot = rootPathOfIri(iri)
  if (inRoot !== undefined)
    return `is the relative IRI "${inRoot === 'outside' ? iri : inRoot}", which names no licence anyone can look up; give an absolute http(s) URL or an SPDX licence IRI (https://spdx.org/licenses/<id>)`
  return `"${iri}" is neither an http(s) URL nor an SPDX licence IRI (urn: and other schemes name no licence anyone can look up)`
}

function dcatLicenseProblem(license: LicenseValue): string | undefined {
  if (license.kind === 'blank') return 'names a licence node with no IRI, identifier or label'
  if (license.kind === 'iri') return licenseIriProblem(license.value)
  return licenseProblem(license.value)
}

/** The dataset's licences: its own, or those of its distributions when every one has some. */
function licensesOf(dataset: DcatDataset): LicenseValue[] {
  const { distributions } = dataset
  const everyDistribution =
    distributions.length > 0 && distributions.every((d) => d.licenses.length > 0)
  return [
    ...dataset.licenses,
    ...(everyDistribution ? distributions.flatMap((d) => d.licenses) : [])
  ]
}

function dcatViolations(document: CatalogDocument): Violation[] {
  const violations: Violation[] = []
  for (const dataset of document.dcat ?? []) {
    // Found only for a violation: a passing dataset never costs a search of its text.
    const line = () => document.lineOfText(dataset.id.split(/[/#:]/).pop() ?? dataset.id)
    const licenses = licensesOf(dataset)
    if (licenses.length === 0) {
      const message = `The DCAT dataset ${dataset.id} in ${document.display} has no dct:license or dct:rights (on the dataset, or on every distribution); add one, for example "dct:license": {"@id": "https://creativecommons.org/licenses/by/4.0/"}.`
      violations.push(violation('LICENSE_MISSING', document.display, message, { line: line() }))
    }
    for (const license of licenses) {
      const problem = dcatLicenseProblem(license)
      if (!problem) continue
      const message = `The dct:${license.property} of DCAT dataset ${dataset.id} ${problem}.`
      const at = document.lineOfText(license.value) ?? line()
      violations.push(violation('LICENSE_INVALID', document.display, message, { line: at }))
    }
  }
  return violations
}

function stacLicenseProblem(document: CatalogDocument): string | undefined {
  const stac = document.stac!
  const license = stac.license!
  if (['other', 'proprietary'].includes(license)) {
    return stac.links.some((l) => l.rel === 'license')
      ? undefined
      : `says "${license}" but has no link with rel "license" to the licence text; add one`
  }
  if (license === 'various') return 'is "various", which STAC deprecated and which names no licence'
  return licenseProblem(license)
}

function stacViolations(document: CatalogDocument): Violation[] {
  const stac = document.stac!
  // Found only for a violation: the syntax tree of a collection of 100,000 links is large.
  const line = () => document.lineOf(['license'])
  if (stac.license === undefined || stac.license.trim() === '') {
    const message = `The STAC collection ${stac.id} has no "license"; set it to an SPDX expression such as "CC-BY-4.0".`
    return [violation('LICENSE_MISSING', document.display, message, { line: line() ?? 1 })]
  }
  const problem = stacLicenseProblem(document)
  if (!problem) return []
  const message = `The "license" of STAC collection ${stac.id} ${problem}.`
  return [violation('LICENSE_INVALID', document.display, message, { line: line() })]
}

function checkLicensing(
  documents: readonly CatalogDocument[],
  stacApplicable: boolean
): Violation[] {
  const dcat = documents.filter((d) => d.dcat)
  const violations = dcat.flatMap(dcatViolations)
  if (dcat.length === 0) {
    const message =
      'No DCAT dataset was read, so no licence is recorded; add the DCAT JSON-LD with dct:license to the catalogs.'
    const about = { absent: 'dcat' } as const
    violations.push(violation('LICENSE_MISSING', 'catalogs', message, { about }))
  }
  if (!stacApplicable) return violations
  const collections = documents.filter((d) => d.stac?.type === 'Collection')
  violations.push(...collections.flatMap(stacViolations))
  if (collections.length === 0) {
    const message =
      'No valid STAC collection was read (a STAC_INVALID one is not read), so the STAC licence is missing; add the collection to the catalogs, or set stac-applicable: false if STAC does not apply.'
    // Absent because no STAC was read at all, when none was: a collection alone missing is not that.
    const about = documents.some((d) => d.stac) ? undefined : ({ absent: 'stac' } as const)
    violations.push(violation('LICENSE_MISSING', 'catalogs', message, { about }))
  }
  return violations
}

export const gateB: Gate = {
  letter: 'B',
  check(evidence) {
    const stac = evidence.stacApplicable
    return {
      violations: checkLicensing(evidence.catalogDocuments.documents, stac),
      checked: ['licences of DCAT datasets' + (stac ? ' and STAC collections' : '')]
    }
  }
}
