// Gate B: licensing. The DCAT dataset and the STAC collection each carry a licence that is a
// valid SPDX expression or a URL; a missing or unparseable one blocks promotion.
import parseSpdx from 'spdx-expression-parse'
import type { CatalogDocument, LicenseValue } from '../catalogs/views.js'
import { rootPathOfIri } from '../catalogs/jsonld.js'
import { violation, type Violation } from '../model/violation.js'
import type { Gate } from './evidence.js'

const URL_LIKE = /^https?:\/\/[^\s/$.?#][^\s]*$/i

/** Why a licence text is not usable, or undefined when it is a valid SPDX expression or URL. */
export function licenseProblem(text: string): string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return 'is empty'
  if (URL_LIKE.test(trimmed)) return undefined
  try {
    parseSpdx(trimmed)
    return undefined
  } catch {
    return `"${trimmed}" is neither a valid SPDX expression (for example CC-BY-4.0 or "MIT OR Apache-2.0") nor an http(s) URL`
  }
}

function dcatLicenseProblem(license: LicenseValue): string | undefined {
  if (license.kind === 'blank') return 'names a licence node with no IRI, identifier or label'
  if (license.kind === 'iri') {
    const inRoot = rootPathOfIri(license.value)
    if (inRoot !== undefined)
      return inRoot === 'outside' ? `points outside the dataset root (${license.value})` : undefined
    return URL_LIKE.test(license.value) || /^urn:/.test(license.value)
      ? undefined
      : `"${license.value}" is not a URL`
  }
  return licenseProblem(license.value)
}

export function checkLicensing(
  documents: readonly CatalogDocument[],
  stacApplicable: boolean
): Violation[] {
  const violations: Violation[] = []
  const dcatDocuments = documents.filter((d) => d.dcat)
  for (const document of dcatDocuments) {
    for (const dataset of document.dcat ?? []) {
      const line = document.lineOfText(dataset.id.split(/[/#:]/).pop() ?? dataset.id)
      const distributionLicenses =
        dataset.distributions.length > 0 &&
        dataset.distributions.every((d) => d.licenses.length > 0)
      const licenses = [
        ...dataset.licenses,
        ...(distributionLicenses ? dataset.distributions.flatMap((d) => d.licenses) : [])
      ]
      if (licenses.length === 0) {
        violations.push(
          violation(
            'B',
            'LICENSE_MISSING',
            document.display,
            `The DCAT dataset ${dataset.id} in ${document.display} has no dct:license or dct:rights (on the dataset, or on every distribution); add one, for example "dct:license": {"@id": "https://creativecommons.org/licenses/by/4.0/"}.`,
            line
          )
        )
      }
      for (const license of licenses) {
        const problem = dcatLicenseProblem(license)
        if (problem) {
          violations.push(
            violation(
              'B',
              'LICENSE_INVALID',
              document.display,
              `The dct:${license.property} of DCAT dataset ${dataset.id} ${problem}.`,
              document.lineOfText(license.value) ?? line
            )
          )
        }
      }
    }
  }
  if (dcatDocuments.length === 0) {
    violations.push(
      violation(
        'B',
        'LICENSE_MISSING',
        'catalogs',
        'No DCAT dataset was read, so no licence is recorded; add the DCAT JSON-LD with dct:license to the catalogs.'
      )
    )
  }

  if (!stacApplicable) return violations
  const collections = documents.filter((d) => d.stac?.type === 'Collection')
  for (const document of collections) {
    const stac = document.stac!
    const line = document.lineOf(['license'])
    if (stac.license === undefined || stac.license.trim() === '') {
      violations.push(
        violation(
          'B',
          'LICENSE_MISSING',
          document.display,
          `The STAC collection ${stac.id} has no "license"; set it to an SPDX expression such as "CC-BY-4.0".`,
          line ?? 1
        )
      )
      continue
    }
    if (['other', 'proprietary'].includes(stac.license)) {
      if (!stac.links.some((l) => l.rel === 'license')) {
        violations.push(
          violation(
            'B',
            'LICENSE_INVALID',
            document.display,
            `The STAC collection ${stac.id} says license "${stac.license}" but has no link with rel "license" to the licence text; add one.`,
            line
          )
        )
      }
      continue
    }
    const problem =
      stac.license === 'various'
        ? '"various" is deprecated in STAC and names no licence'
        : licenseProblem(stac.license)
    if (problem)
      violations.push(
        violation(
          'B',
          'LICENSE_INVALID',
          document.display,
          `The "license" of STAC collection ${stac.id} ${problem}.`,
          line
        )
      )
  }
  if (collections.length === 0) {
    violations.push(
      violation(
        'B',
        'LICENSE_MISSING',
        'catalogs',
        'No STAC collection was read, so the STAC licence is missing; add the collection to the catalogs, or set stac-applicable: false if STAC does not apply.'
      )
    )
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
