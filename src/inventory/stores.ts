// Directory stores (docs/decisions.md, "Directory stores"): a directory the `stores` patterns match (a
// Zarr store, a tile pyramid) is one artifact. Its path is the directory's with a trailing `/`, its
// digest the in-toto dirHash of its files: the SHA-256 of their `sha256sum` listing, names relative
// to the store, sorted by bytes. Made from the per-file entries the inventory has already hashed
// (found here, read from shards or from a precomputed list), so no file is hashed twice.
import { createHash } from 'node:crypto'
import path from 'node:path'
import { Minimatch } from 'minimatch'
import { appendTo } from '../model/multimap.js'
import { compareText } from '../model/order.js'
import { normaliseRelative } from '../model/paths.js'
import { sha256sumLine } from '../model/sha256sum.js'
import { MINIMATCH_OPTIONS } from './glob-pattern.js'
import { finding, type InventoryFinding } from './findings.js'
import type { InventoryEntry } from './entry.js'
import { mediaTypeOf, type MediaTypeOverride } from './media-types.js'

/** Which root-relative paths the `stores` patterns match, last match winning as `!` says. */
export interface StoreMatcher {
  /** The patterns as given, for messages. */
  sources: readonly string[]
  /** The first pattern (as given) that includes the path, if the path is matched at all. */
  match(relative: string): string | undefined
}

/** The matcher of the `stores` patterns, or the findings that refuse them. */
export function storeMatcher(patterns: readonly string[]): {
  matcher?: StoreMatcher
  findings: InventoryFinding[]
} {
  const findings: InventoryFinding[] = []
  const compiled: Array<{ negate: boolean; source: string; minimatch: Minimatch }> = []
  for (const source of patterns) {
    const negate = source.startsWith('!')
    const safe = normaliseRelative(negate ? source.slice(1) : source)
    if (!safe.ok) {
      const message = `The stores pattern "${source}" ${safe.reason}.`
      findings.push(finding('PATTERN_OUTSIDE_ROOT', 'stores', message))
      continue
    }
    compiled.push({ negate, source, minimatch: new Minimatch(safe.path, MINIMATCH_OPTIONS) })
  }
  if (findings.length > 0 || !compiled.some((p) => !p.negate)) return { findings }
  const match = (relative: string): string | undefined => {
    let matched: string | undefined
    for (const pattern of compiled) {
      if (pattern.negate) {
        if (matched !== undefined && pattern.minimatch.match(relative)) matched = undefined
      } else if (matched === undefined && pattern.minimatch.match(relative)) {
        matched = pattern.source
      }
    }
    return matched
  }
  return { matcher: { sources: patterns, match }, findings }
}

/**
 * The in-toto dirHash of a store's files, as `sha256:`: the SHA-256 of their `sha256sum` lines,
 * each name relative to the store (`prefix` cut off), in the order of those names' bytes.
 */
export function dirHash(
  files: ReadonlyArray<{ path: string; digest: string }>,
  prefix: string
): string {
  let sorted = files
  for (let i = 1; i < files.length; i++) {
    if (compareText(files[i - 1]!.path, files[i]!.path) > 0) {
      sorted = [...files].sort((a, b) => compareText(a.path, b.path))
      break
    }
  }
  const listing = createHash('sha256')
  // In runs of lines: a million files are a thousand updates, not a million.
  let lines = ''
  for (const [index, file] of sorted.entries()) {
    lines += sha256sumLine(file.digest, file.path.slice(prefix.length))
    if (index % 1024 === 1023) {
      listing.update(lines)
      lines = ''
    }
  }
  listing.update(lines)
  return `sha256:${listing.digest('hex')}`
}

/** A store entry: the artifact, and the files it stands for (root-relative, sorted by path). */
export interface StoreEntry extends InventoryEntry {
  files: InventoryEntry[]
}

export function isStoreEntry(entry: InventoryEntry): entry is StoreEntry {
  return 'files' in entry
}

/** The artifacts with each store's files made one entry, and what the stores' rules found. */
interface GroupedStores {
  entries: InventoryEntry[]
  findings: InventoryFinding[]
}

/**
 * Finds, for each directory, the outermost store it is in (itself included), once per directory:
 * the files of a store share few directories, so a million files cost a few lookups each.
 */
function storeFinder(
  matcher: StoreMatcher,
  nested: (inner: string, outer: string, pattern: string) => void
): (directory: string) => string | undefined {
  const known = new Map<string, string | undefined>()
  const storeOf = (directory: string): string | undefined => {
    if (directory === '.') return undefined
    if (known.has(directory)) return known.get(directory)
    const outer = storeOf(path.posix.dirname(directory))
    const pattern = matcher.match(directory)
    if (outer !== undefined && pattern !== undefined) nested(directory, outer, pattern)
    const store = outer ?? (pattern === undefined ? undefined : directory)
    known.set(directory, store)
    return store
  }
  return storeOf
}

/**
 * The artifact entries with every file inside a store replaced by the store's one entry, sorted
 * by path. A store nested in a store, and a stores pattern that matches a file inside one, are
 * findings: the outer store still takes every file, so its digest stays the dirHash of it all.
 */
export function groupStores(
  entries: readonly InventoryEntry[],
  matcher: StoreMatcher | undefined,
  display: (relative: string) => string,
  overrides: readonly MediaTypeOverride[] = []
): GroupedStores {
  if (!matcher) return { entries: [...entries], findings: [] }
  const findings: InventoryFinding[] = []
  const storeOf = storeFinder(matcher, (inner, outer, pattern) => {
    const shown = display(`${inner}/`)
    const message = `${shown} matches the stores pattern "${pattern}" inside the store ${display(`${outer}/`)}; a store is one artifact with every file under it, so a store inside a store is refused: narrow the stores patterns so they match only the outer directory.`
    findings.push(finding('STORE_NESTED', shown, message))
  })
  const members = new Map<string, InventoryEntry[]>()
  const filePatterns = new Set<string>()
  const grouped: InventoryEntry[] = []
  for (const entry of entries) {
    const store = storeOf(path.posix.dirname(entry.path))
    if (store === undefined) {
      grouped.push(entry)
      continue
    }
    appendTo(members, store, entry)
    const pattern = matcher.match(entry.path)
    if (pattern !== undefined && !filePatterns.has(`${store}\0${pattern}`)) {
      filePatterns.add(`${store}\0${pattern}`)
      const shown = display(entry.path)
      const message = `The stores pattern "${pattern}" matches the file ${shown} inside the store ${display(`${store}/`)}; stores patterns name directories, so write one that matches only the store's own directory.`
      findings.push(finding('STORE_PATTERN_MATCHES_FILE', shown, message))
    }
  }
  for (const [store, files] of members) grouped.push(storeEntry(store, files, overrides))
  grouped.sort((a, b) => compareText(a.path, b.path))
  return { entries: grouped, findings }
}

/** One store's entry, from its files' entries. */
function storeEntry(
  store: string,
  files: InventoryEntry[],
  overrides: readonly MediaTypeOverride[]
): StoreEntry {
  const prefix = `${store}/`
  files.sort((a, b) => compareText(a.path, b.path))
  let size = 0
  let verified = true
  for (const file of files) {
    size += file.size ?? 0
    verified &&= file.verified
  }
  return {
    path: prefix,
    digest: dirHash(files, prefix),
    mediaType: mediaTypeOf(store, overrides),
    ...(verified ? { size } : {}),
    verified,
    files
  }
}

/** Each store's files by the store's path, for the checksums file. */
export function storeFilesOf(
  entries: readonly InventoryEntry[]
): Map<string, readonly InventoryEntry[]> {
  const stores = new Map<string, readonly InventoryEntry[]>()
  for (const entry of entries) if (isStoreEntry(entry)) stores.set(entry.path, entry.files)
  return stores
}
