// The view of a STAC document that passed validation: its links and assets, for the cross-link
// checks, and the digest a STAC file:checksum names.
import { isRecord } from '../model/json.js'
import type { StacValidation } from './stac-validation.js'
import { tight, type StacAsset, type StacLink, type StacView } from './views.js'

/** The view of a document that passed validateStac. */
export function readStac(
  document: Record<string, unknown>,
  validation?: Pick<StacValidation, 'schemaVersion' | 'versionNote' | 'unvalidatedExtensions'>
): StacView {
  const links = Array.isArray(document.links) ? document.links : []
  const assets = isRecord(document.assets) ? document.assets : {}
  return {
    type: document.type as StacView['type'],
    id: String(document.id),
    license: typeof document.license === 'string' ? document.license : undefined,
    stacVersion: String(document.stac_version),
    ...(validation?.schemaVersion !== undefined ? { schemaVersion: validation.schemaVersion } : {}),
    ...(validation?.versionNote !== undefined ? { versionNote: validation.versionNote } : {}),
    unvalidatedExtensions: validation?.unvalidatedExtensions ?? [],
    links: tight(
      links.flatMap((link: unknown, index: number) =>
        isRecord(link) && typeof link.rel === 'string' && typeof link.href === 'string'
          ? [new ViewLink(link.rel, link.href, index)]
          : []
      )
    ),
    assets: tight(
      Object.entries(assets).flatMap(([key, asset]) =>
        isRecord(asset) && typeof asset.href === 'string'
          ? [
              new ViewAsset(
                key,
                asset.href,
                typeof asset['file:checksum'] === 'string' ? asset['file:checksum'] : undefined
              )
            ]
          : []
      )
    )
  }
}

// A link's or an asset's JSON path is made when asked for (for a violation's line), not kept:
// 64 bytes each, in 100,000 items and a collection linking them all.

class ViewLink implements StacLink {
  constructor(
    readonly rel: string,
    readonly href: string,
    private readonly index: number
  ) {}

  get location(): Array<string | number> {
    return ['links', this.index]
  }
}

class ViewAsset implements StacAsset {
  declare readonly checksum?: string

  constructor(
    readonly key: string,
    readonly href: string,
    checksum: string | undefined
  ) {
    // Present only when the asset has one, as `'checksum' in asset` would otherwise say.
    if (checksum !== undefined) this.checksum = checksum
  }

  get location(): Array<string | number> {
    return ['assets', this.key]
  }
}

/**
 * The digest a multihash names, in the manifest's notation, or undefined when its function is
 * not SHA-256 (code 0x12, length 0x20), which is the only digest the manifest carries.
 */
export function multihashToDigest(multihash: string): string | undefined {
  const match = /^1220([0-9a-f]{64})$/.exec(multihash)
  return match ? `sha256:${match[1]}` : undefined
}
