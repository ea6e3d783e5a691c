// The asset links of the catalogs that name published copies: a STAC asset's href or a DCAT
// distribution's downloadURL/accessURL written as an absolute URL (docs/decisions.md, "Remote
// assets"), with the checksum the catalog gives it. Gate D judges them; remote-assets: fetch
// reads them first (src/remote/).
import { multihashToDigest } from './stac.js'
import { TERMS } from './vocabulary.js'
import type { CatalogDocument, DcatDistribution } from './views.js'

/**
 * A scheme of the object stores and web servers a published copy lives on, or another one
 * (`ftp`), which no reader here knows.
 */
type RemoteScheme = 'http' | 'https' | 's3' | 'gs' | 'az' | 'abfss' | (string & {})

export interface RemoteLink {
  /** The URL as the catalog writes it (a DCAT IRI as JSON-LD resolved it). */
  url: string
  /** Lowercase, without the colon. */
  scheme: RemoteScheme
  document: CatalogDocument
  /** How a message names the link: `STAC asset "data" of item-1`. */
  what: string
  /** Which checksum property the catalog would carry: what to tell the user to add. */
  property: 'file:checksum' | 'spdx:checksum'
  /** The SHA-256 digests the catalog gives the link (`sha256:` + hex). */
  digests: string[]
  /** Checksums given that are not SHA-256, as written: nothing can be matched with them. */
  unsupported: string[]
  /** Where the link is written, for a violation: found only when one is reported. */
  line(): number | undefined
}

/** A URL scheme at the start of a reference: `https:`, `s3:`. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/

/**
 * The scheme of an absolute URL that is not a file of the dataset root, else undefined. A
 * one-letter scheme is a Windows drive (`C:/x`), refused elsewhere as a path; `file:` URLs are
 * resolved against the root elsewhere.
 */
export function remoteScheme(url: string): RemoteScheme | undefined {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase()
  if (scheme === undefined || scheme.length < 2 || scheme === 'file') return undefined
  return scheme
}

function stacLinks(document: CatalogDocument, into: RemoteLink[]): void {
  const stac = document.stac
  if (!stac) return
  for (const asset of stac.assets) {
    const scheme = remoteScheme(asset.href)
    if (scheme === undefined) continue
    const digest = asset.checksum === undefined ? undefined : multihashToDigest(asset.checksum)
    into.push({
      url: asset.href,
      scheme,
      document,
      what: `STAC asset "${asset.key}" of ${stac.id}`,
      property: 'file:checksum',
      digests: digest ? [digest] : [],
      unsupported: asset.checksum !== undefined && !digest ? [asset.checksum] : [],
      line: () => document.lineOf([...asset.location, 'href']) ?? document.lineOf(asset.location)
    })
  }
}

function dcatChecksums(
  distribution: DcatDistribution
): Pick<RemoteLink, 'digests' | 'unsupported'> {
  const digests: string[] = []
  const unsupported: string[] = []
  for (const { algorithm, value } of distribution.checksums) {
    if (algorithm === TERMS.sha256Algorithm && /^[0-9a-fA-F]{64}$/.test(value))
      digests.push(`sha256:${value.toLowerCase()}`)
    else unsupported.push(`${algorithm || 'no algorithm'} ${value}`)
  }
  return { digests, unsupported }
}

function dcatLinks(document: CatalogDocument, into: RemoteLink[]): void {
  for (const dataset of document.dcat ?? [])
    for (const distribution of dataset.distributions)
      for (const url of distribution.urls) {
        const scheme = remoteScheme(url)
        if (scheme === undefined) continue
        into.push({
          url,
          scheme,
          document,
          what: `DCAT distribution of ${dataset.id}`,
          property: 'spdx:checksum',
          ...dcatChecksums(distribution),
          line: () => document.lineOfText(url)
        })
      }
}

/** Every absolute asset link of the catalogs, in document order. */
export function remoteLinksOf(documents: readonly CatalogDocument[]): RemoteLink[] {
  const links: RemoteLink[] = []
  for (const document of documents) {
    stacLinks(document, links)
    dcatLinks(document, links)
  }
  return links
}
