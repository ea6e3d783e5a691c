// The IRIs the readers look for, expanded, so prefixes and aliases never matter.
export const DCAT = 'http://www.w3.org/ns/dcat#'
export const DCT = 'http://purl.org/dc/terms/'
export const PROV = 'http://www.w3.org/ns/prov#'
export const SPDX = 'http://spdx.org/rdf/terms#'
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#'

export const TERMS = {
  dataset: `${DCAT}Dataset`,
  distribution: `${DCAT}distribution`,
  downloadURL: `${DCAT}downloadURL`,
  accessURL: `${DCAT}accessURL`,
  license: `${DCT}license`,
  rights: `${DCT}rights`,
  identifier: `${DCT}identifier`,
  title: `${DCT}title`,
  label: `${RDFS}label`,
  checksum: `${SPDX}checksum`,
  checksumAlgorithm: `${SPDX}algorithm`,
  checksumValue: `${SPDX}checksumValue`,
  sha256Algorithm: `${SPDX}checksumAlgorithm_sha256`,
  provEntity: `${PROV}Entity`,
  provActivity: `${PROV}Activity`,
  provWasGeneratedBy: `${PROV}wasGeneratedBy`,
  provGenerated: `${PROV}generated`,
  provQualifiedGeneration: `${PROV}qualifiedGeneration`,
  provActivityProperty: `${PROV}activity`
} as const
