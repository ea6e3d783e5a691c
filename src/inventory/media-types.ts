// Media types by extension: the field's formats first (docs/decisions.md, "Inventory"), then the
// general table of `mime-types`, then application/octet-stream. Users override by pattern.
// The general table is mime-types' own, written out at build time (scripts/compile-media-types.mjs):
// building it costs several milliseconds, which no run should pay on start.
import { minimatch } from 'minimatch'
import { BY_EXTENSION } from '../generated/media-types.js'

export const OCTET_STREAM = 'application/octet-stream'
export const COG = 'image/tiff; application=geotiff; profile=cloud-optimized'
export const ZARR = 'application/vnd+zarr'

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
  ['.nc4', 'application/netcdf'],
  // A directory store's own path (stores.ts); the files inside one are the store's type too.
  ['.zarr', ZARR]
]

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
  return mediaTypeByName(path)
}

/** Types found so far, by the name from its first dot on (the only part the answer reads). */
const bySuffix = new Map<string, string>()

/**
 * The media type of a root-relative path by its name alone: a file inside a Zarr store is the
 * store's; otherwise the longest of the field's suffixes the lower-case name ends with, then
 * mime-types' type for its extension (a name that is all suffix, `.md`, counts), then
 * application/octet-stream.
 */
function mediaTypeByName(path: string): string {
  // A name before `.zarr/`, said as: the character before it is not a separator.
  if (/[^/]\.zarr\//i.test(path)) return ZARR
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  const dot = name.indexOf('.', 1)
  if (dot < 0 && !name.startsWith('.')) return OCTET_STREAM
  const suffix = dot < 0 ? name : name.slice(dot)
  let type = bySuffix.get(suffix)
  if (type === undefined) {
    let longest = ''
    for (const [ending, mediaType] of FIELD_FORMATS) {
      if (name.endsWith(ending) && ending.length > longest.length) {
        longest = ending
        type = mediaType
      }
    }
    type ??= BY_EXTENSION.get(name.slice(name.lastIndexOf('.') + 1)) ?? OCTET_STREAM
    bySuffix.set(suffix, type)
  }
  return type
}
