// STAC: core rules (Catalog, Collection, Item; links; assets; file:checksum), and a view of the
// links and assets for cross-link checks.
import { stacCore } from '../generated/validators.js'
import { schemaValidator, type SchemaProblem } from '../json-schema.js'
import type { StacView } from './views.js'
import { isRecord } from '../model/json.js'

const STAC_TYPES = ['Catalog', 'Collection', 'Feature'] as const

export function isStac(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  return (
    typeof record.stac_version === 'string' &&
    (STAC_TYPES as readonly unknown[]).includes(record.type)
  )
}

export const stacProblems: (value: unknown) => SchemaProblem[] = schemaValidator(stacCore)

/** The view of a document that passed stacProblems. */
export function readStac(document: Record<string, unknown>): StacView {
  const links = Array.isArray(document.links) ? document.links : []
  const assets = isRecord(document.assets) ? document.assets : {}
  return {
    type: document.type as StacView['type'],
    id: String(document.id),
    license: typeof document.license === 'string' ? document.license : undefined,
    links: links.flatMap((link: unknown, index: number) =>
      isRecord(link) && typeof link.rel === 'string' && typeof link.href === 'string'
        ? [{ rel: link.rel, href: link.href, location: ['links', index] }]
        : []
    ),
    assets: Object.entries(assets).flatMap(([key, asset]) =>
      isRecord(asset) && typeof asset.href === 'string'
        ? [
            {
              key,
              href: asset.href,
              ...(typeof asset['file:checksum'] === 'string'
                ? { checksum: asset['file:checksum'] }
                : {}),
              location: ['assets', key]
            }
          ]
        : []
    )
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
