// Small typed views of the catalog triplet: only what the gates need, in dataset-root terms.

/**
 * The items in an array of exactly their number. An array grown by push (as flatMap and filter
 * grow theirs) keeps room for 17 or more: 128 bytes of waste in each view of one link, which
 * 100,000 STAC items or PROV entities would carry.
 */
export function tight<T>(items: T[]): T[] {
  return items.slice()
}

export type CatalogKind = 'dcat' | 'stac' | 'prov'

export interface LicenseValue {
  /** An IRI (a URL), a literal (an SPDX expression is expected), or a blank node with no IRI. */
  kind: 'iri' | 'literal' | 'blank'
  value: string
  property: 'license' | 'rights'
}

export interface DcatDistribution {
  id: string
  /** downloadURL and accessURL values, as resolved IRIs. */
  urls: string[]
  licenses: LicenseValue[]
  checksums: Array<{ algorithm: string; value: string }>
}

export interface DcatDataset {
  id: string
  licenses: LicenseValue[]
  distributions: DcatDistribution[]
}

export interface StacLink {
  rel: string
  href: string
  /** JSON path in the document, for the line of a violation. */
  location: Array<string | number>
}

export interface StacAsset {
  key: string
  href: string
  checksum?: string
  location: Array<string | number>
}

export interface StacView {
  type: 'Catalog' | 'Collection' | 'Feature'
  id: string
  license?: string
  /** The document's own stac_version. */
  stacVersion: string
  /** The bundled STAC version whose official schemas judged it. */
  schemaVersion?: string
  /** Why schemaVersion is not stacVersion (a pre-release, a newer minor); for the summary. */
  versionNote?: string
  /** stac_extensions with no bundled or given schema: not validated (never fetched). */
  unvalidatedExtensions: string[]
  links: StacLink[]
  assets: StacAsset[]
}

export interface ProvNode {
  /** The IRI the node's name stands for (PROV-JSON names resolved with the prefixes in scope). */
  id: string
  /** The name as the document writes it, for messages and for finding its line. */
  name: string
  /** JSON path of the record in a PROV-JSON document, for the line of a violation. */
  location?: Array<string | number>
  /** Every literal attribute value, as a string (typed literals by their value). */
  values: string[]
}

/** One generation of an entity: the activity it names, resolved where it is written. */
export interface ProvGeneration {
  /** The activity's IRI. */
  activity: string
  /** The activity's name as written. */
  name: string
  /** JSON path of the generation's activity in a PROV-JSON document. */
  location?: Array<string | number>
}

export interface ProvView {
  /** Which serialisation the view was read from, so a message can say what to write. */
  format: 'prov-json' | 'prov-o'
  entities: ProvNode[]
  /** The activities the document declares (PROV-JSON records; PROV-O nodes typed prov:Activity). */
  activities: ProvNode[]
  /** entity IRI → the generations naming it. */
  generatedBy: Map<string, ProvGeneration[]>
}

export interface CatalogDocument {
  /** Root-relative path. */
  path: string
  /** Workspace-relative path, for messages. */
  display: string
  digest: string
  kinds: CatalogKind[]
  dcat?: DcatDataset[]
  stac?: StacView
  prov?: ProvView
  lineOf(location: Array<string | number>): number | undefined
  /** The first line on which a text appears, for nodes JSON-LD expansion moved around. */
  lineOfText(text: string): number | undefined
}
