// Media types by extension: the field's formats first (DECISIONS.md, "Inventory"), then the
// general table of `mime-types`, then application/octet-stream. Users override by pattern.
// The general table is mime-types' own, written out at build time (scripts/compile-media-types.mjs):
// building it costs several milliseconds, which no run should pay on start.
import { minimatch } from 'minimatch'
import { BY_EXTENSION } from '../generated/media-types.js'

export const OCTET_STREAM = 'application/octet-stream'
export const COG = 'image/tiff; application=geotiff; profile=cloud-optimized'

/** Longest suffix wins, so `.cog.tif` and `.tif` can differ if the table ever needs it. */
const FIELD_FORMATS: ReadonlyArray<readonly [suffix: string, mediaType: string]> = [
  ['.parquet', 'application/x-parquet'],
  ['.geoparquet', 'application/x-parquet'],
  ['.geojson', 'application/geo+json'],
  ['.jsonld', 'application/ld+json'],
  ['.json', 'application/json'],
  ['.tif', COG],
  ['.tiff', COG],
  ['.gpkg', 'application/geopackage+sqlite3'],
  ['.fgb', 'application/vnd.flatgeobuf'],
  ['.pmtiles', 'application/vnd.pmtiles'],
  ['.csv', 'text/csv'],
  ['.zip', 'application/zip'],
  ['.nc', 'application/netcdf'],
  ['.nc4', 'application/netcdf']
]

/** Every file inside a Zarr store (`x.zarr/...`) is part of one Zarr dataset. */
// A name before `.zarr/`, said as: the character before it is not a separator.
const ZARR_STORE = /[^/]\.zarr\//i
export const ZARR = 'application/vnd+zarr'

export interface MediaTypeOverride {
  pattern: string
  mediaType: string
}

/** The media type of a root-relative path (`/` separators). Overrides are tried in order. */
export function mediaTypeOf(path: string, overrides: readonly MediaTypeOverride[] = []): string {
  for (const override of overrides) {
    if (minimatch(path, override.pattern, { dot: true, nocomment: true, nonegate: true })) {
      return override.mediaType
    }
  }
  if (ZARR_STORE.test(path)) return ZARR
  // Past the overrides and Zarr, the type depends only on the name's dotted suffix: remember it.
  const name = suffixedName(path)
  if (name === undefined) return OCTET_STREAM
  const dot = name.indexOf('.', 1)
  const suffix = dot < 0 ? name : name.slice(dot)
  const known = bySuffix.get(suffix)
  if (known !== undefined) return known
  const type = byExtension(name)
  bySuffix.set(suffix, type)
  return type
}

/** The lower-case file name, when it has a dotted suffix to look up (`.md` counts); else undefined. */
function suffixedName(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  return name.indexOf('.', 1) >= 0 || name.startsWith('.') ? name : undefined
}

const bySuffix = new Map<string, string>()

function fieldFormat(lower: string): string | undefined {
  let best: readonly [string, string] | undefined
  for (const entry of FIELD_FORMATS) {
    if (lower.endsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry
  }
  return best?.[1]
}

/** The type of a lower-case name with a dotted suffix: mime-types' lookup, on its own table. */
function byExtension(lower: string): string {
  const field = fieldFormat(lower)
  if (field) return field
  return BY_EXTENSION.get(lower.slice(lower.lastIndexOf('.') + 1)) ?? OCTET_STREAM
}
