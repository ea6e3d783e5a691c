// A fast walk with @actions/glob's pattern language and results (what users of upload-artifact
// know): the same patterns, search paths, last-match-wins with `!`, implicit descendants, trailing
// `/` for directories only, symbolic links followed with per-branch cycle detection, directories
// pruned by partial match. It walks synchronously with the types readdir already knows, so a
// regular file costs no stat. Differential tests hold it to @actions/glob's own answers.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import { Minimatch } from 'minimatch'
import { compareText } from '../model/order.js'

/** The options @actions/glob gives minimatch. */
export const MINIMATCH_OPTIONS = {
  dot: true,
  nobrace: true,
  nocase: false,
  nocomment: true,
  noext: true,
  nonegate: true
}

const NONE = 0
const DIRECTORY = 1
const FILE = 2
const ALL = 3

function trimTrailingSeparator(p: string): string {
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p
}

/** A segment's literal text, or '' when it holds a glob (as @actions/glob decides it). */
function literal(segment: string): string {
  let text = ''
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!
    if (c === '\\' && i + 1 < segment.length) {
      text += segment[++i]
      continue
    }
    if (c === '*' || c === '?') return ''
    if (c === '[' && i + 1 < segment.length) {
      let set = ''
      let closed = -1
      for (let j = i + 1; j < segment.length; j++) {
        const d = segment[j]!
        if (d === '\\' && j + 1 < segment.length) {
          set += segment[++j]
          continue
        }
        if (d === ']') {
          closed = j
          break
        }
        set += d
      }
      if (closed >= 0) {
        if (set.length > 1) return ''
        if (set) {
          text += set
          i = closed
          continue
        }
      }
    }
    text += c
  }
  return text
}

/** Escapes a literal path for use in a pattern, as @actions/glob's globEscape does. */
export function globEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]')
}

class Pattern {
  readonly segments: string[]
  readonly trailingSeparator: boolean
  readonly searchPath: string
  private readonly minimatch: Minimatch
  /** `literal/prefix/**`: every path at or under the search path matches, no minimatch needed. */
  private readonly everythingUnder: boolean

  constructor(
    readonly negate: boolean,
    pattern: string,
    readonly implicit = false,
    /** The index of the pattern line it comes from. */
    readonly line = 0
  ) {
    const normal = pattern.replace(/\/\/+/g, '/')
    this.trailingSeparator = normal.length > 1 && normal.endsWith('/')
    const trimmed = trimTrailingSeparator(normal)
    this.segments = ['/', ...trimmed.split('/').filter((s) => s !== '')]
    let foundGlob = false
    const search = this.segments.map(literal).filter((x) => !foundGlob && !(foundGlob = x === ''))
    this.searchPath = search.length <= 1 ? '/' : `/${search.slice(1).join('/')}`
    this.minimatch = new Minimatch(trimmed, MINIMATCH_OPTIONS)
    this.everythingUnder =
      !this.trailingSeparator &&
      search.length === this.segments.length - 1 &&
      this.segments.at(-1) === '**'
  }

  match(itemPath: string): number {
    if (this.everythingUnder) {
      // minimatch: `/a/**` matches `/a/x` and `/a/`, not `/a`; an explicit pattern appends the `/`.
      if (itemPath === this.searchPath) return this.implicit ? NONE : ALL
      return itemPath.startsWith(this.searchPath === '/' ? '/' : `${this.searchPath}/`) ? ALL : NONE
    }
    let item = itemPath
    if (this.segments.at(-1) === '**') {
      if (!item.endsWith('/') && !this.implicit) item = `${item}/`
    } else item = trimTrailingSeparator(item)
    if (this.minimatch.match(item)) return this.trailingSeparator ? DIRECTORY : ALL
    return NONE
  }

  partialMatch(itemPath: string): boolean {
    const item = trimTrailingSeparator(itemPath)
    if (item === '/') return true
    if (this.everythingUnder) {
      return (
        item === this.searchPath ||
        item.startsWith(`${this.searchPath}/`) ||
        this.searchPath.startsWith(`${item}/`)
      )
    }
    return this.minimatch.matchOne(item.split(/\/+/), this.minimatch.set[0]!, true)
  }
}

/** Pattern lines (absolute, `!` to negate) with implicit descendants, as the globber builds them. */
function compile(lines: readonly string[]): Pattern[] {
  const patterns: Pattern[] = []
  for (const [index, line] of lines.entries()) {
    let text = line.trim()
    let negate = false
    while (text.startsWith('!')) {
      negate = !negate
      text = text.slice(1).trim()
    }
    const pattern = new Pattern(negate, text, false, index)
    patterns.push(pattern)
    if (pattern.trailingSeparator || pattern.segments.at(-1) !== '**') {
      patterns.push(
        new Pattern(negate, `/${[...pattern.segments.slice(1), '**'].join('/')}`, true, index)
      )
    }
  }
  return patterns
}

function searchPaths(patterns: readonly Pattern[]): string[] {
  const candidates = new Set(patterns.filter((p) => !p.negate).map((p) => p.searchPath))
  const result: string[] = []
  for (const candidate of candidates) {
    let parent = path.posix.dirname(candidate)
    let child = candidate
    let covered = false
    while (parent !== child) {
      if (candidates.has(parent)) {
        covered = true
        break
      }
      child = parent
      parent = path.posix.dirname(parent)
    }
    if (!covered && !result.includes(candidate)) result.push(candidate)
  }
  return result
}

function matchAll(patterns: readonly Pattern[], item: string): number {
  let result = NONE
  for (const pattern of patterns) {
    if (pattern.negate) result &= ~pattern.match(item)
    else result |= pattern.match(item)
  }
  return result
}

/**
 * Whether a root-relative path is one a root-relative pattern finds (as a file), by the same
 * rules as the walk: for telling whether a file is one a pattern would have found.
 */
export function patternMatcher(pattern: string): (relative: string) => boolean {
  const patterns = compile([`/${pattern}`])
  // Whatever the pattern (or its implicit descendants) matches is at or under its search path:
  // a path elsewhere is refused without a glob match.
  const { searchPath } = patterns[0]!
  const under = searchPath === '/' ? '/' : `${searchPath}/`
  return (relative) => {
    const item = `/${relative}`
    if (item !== searchPath && !item.startsWith(under)) return false
    return (matchAll(patterns, item) & FILE) !== 0
  }
}

export interface CrawlResult {
  /** Absolute paths of the matching files, in walk order. */
  files: string[]
  /** Those of them reached through a symbolic link (whose real place must be checked). */
  viaLink: Set<string>
  /** Symbolic links the walk reached that point to nothing. */
  dangling: string[]
  /**
   * Symbolic links that never reach a file (ELOOP), and directories reached again through a link
   * below themselves. The walk skips them as @actions/glob does; the gate refuses them.
   */
  loops: string[]
  /** Matching entries that are neither files nor directories: named pipes, sockets, devices. */
  special: string[]
  /** Indexes of the including lines that match no file on their own (before any exclusion). */
  unmatched: number[]
  /** True when a `limit` stopped the walk before it was done (its lists are then partial). */
  cut: boolean
  /** Directories the patterns reach that were never entered (skipDirectories: `.git`). */
  skipped: string[]
}

/** Where a walk may stop early: after this many matching files, or this many entries looked at. */
export interface CrawlLimit {
  files: number
  entries: number
}

interface Item {
  path: string
  level: number
  /** The real path, when known without asking (a non-link child of a known directory). */
  real?: string
  kind: 'file' | 'directory' | 'link' | 'other' | 'unknown'
  /** Reached through a symbolic link somewhere on the way. */
  viaLink: boolean
  /** Inside a directory taken whole (a store): everything under it matches. */
  whole?: boolean
}

/**
 * A directory's entries in the order of the paths they lead to (UTF-8 bytes), so that the walk
 * meets files in the artifact list's order. readdir (libuv's scandir) gives names in byte order
 * already; what is left is that a directory's paths go on with `/`, so `a/x` comes after `a-b`
 * and `a.json` although `a` comes before them. Such names follow the directory's at once, so one
 * look at the next entry tells whether anything needs to move. Whatever else breaks the order
 * (a link to a directory, an unsorted readdir) is caught where the order is relied on.
 */
function inPathOrder(entries: Dirent[]): Dirent[] {
  let displaced = false
  for (let i = 0; i + 1 < entries.length && !displaced; i++)
    displaced = entries[i]!.isDirectory() && entries[i + 1]!.name.startsWith(entries[i]!.name)
  if (!displaced) return entries
  return entries
    .map((entry) => ({ entry, key: entry.isDirectory() ? `${entry.name}/` : entry.name }))
    .sort((a, b) => compareText(a.key, b.key))
    .map(({ entry }) => entry)
}

function kindOf(entry: Dirent): Item['kind'] {
  if (entry.isFile()) return 'file'
  if (entry.isDirectory()) return 'directory'
  if (entry.isSymbolicLink()) return 'link'
  return 'other'
}

/**
 * The files that absolute pattern `lines` match. `skipDirectories` names directories never
 * entered (`.git`), which @actions/glob would walk and this caller would discard anyway.
 */
export function crawl(
  lines: readonly string[],
  skipDirectories: ReadonlySet<string> = new Set(),
  /** Called for each matching file as it is found (the hashing threads start on it at once). */
  onFile?: (file: string, viaLink: boolean) => void,
  /** A bound for a look that needs only a few files (a hint), never for the inventory. */
  limit?: CrawlLimit,
  /**
   * Called for each directory the walk enters; true takes it whole: every file under it matches
   * whatever the patterns say (a directory store is every file in it), and it is not asked again.
   */
  takeWhole?: (directory: string) => boolean
): CrawlResult {
  const patterns = compile(lines)
  const includes = patterns.filter((p) => !p.negate)
  const files: string[] = []
  const viaLink = new Set<string>()
  const dangling: string[] = []
  const loops: string[] = []
  const special: string[] = []
  const skipped: string[] = []
  // Lines not yet seen to match a file by themselves; once empty, this costs nothing.
  let unseen = [...new Set(includes.map((p) => p.line))]
  let looked = 0
  const enough = (): boolean =>
    limit !== undefined && (files.length >= limit.files || looked >= limit.entries)
  for (const searchPath of searchPaths(patterns)) {
    const stack: Item[] = [{ path: searchPath, level: 1, kind: 'unknown', viaLink: false }]
    const chain: string[] = []
    while (stack.length > 0) {
      if (enough())
        return { files, viaLink, dangling, loops, special, unmatched: unseen, cut: true, skipped }
      looked++
      const item = stack.pop()!
      const match = item.whole ? ALL : matchAll(patterns, item.path)
      const partial = match !== NONE || includes.some((p) => p.partialMatch(item.path))
      if (match === NONE && !partial) continue

      let kind = item.kind
      if (kind === 'link' || kind === 'unknown') {
        try {
          const stats = statSync(item.path)
          kind = stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other'
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          if (code === 'ENOENT' && item.kind === 'link') dangling.push(item.path)
          else if (code === 'ELOOP') loops.push(item.path)
          else if (code !== 'ENOENT') throw error
          continue
        }
      }

      if (kind === 'directory') {
        if (skipDirectories.has(path.posix.basename(item.path))) {
          skipped.push(item.path)
          continue
        }
        const real = item.real ?? realpathSync(item.path)
        const linked = item.viaLink || real !== item.path
        while (chain.length >= item.level) chain.pop()
        if (chain.includes(real)) {
          loops.push(item.path)
          continue
        }
        chain.push(real)
        const whole = item.whole || (takeWhole?.(item.path) ?? false)
        const entries = inPathOrder(readdirSync(item.path, { withFileTypes: true }))
        for (let i = entries.length - 1; i >= 0; i--) {
          const entry = entries[i]!
          const childKind = kindOf(entry)
          const childPath = item.path === '/' ? `/${entry.name}` : `${item.path}/${entry.name}`
          stack.push({
            path: childPath,
            level: item.level + 1,
            kind: childKind,
            viaLink: linked || childKind === 'link',
            ...(whole ? { whole } : {}),
            ...(childKind === 'directory'
              ? { real: `${real === '/' ? '' : real}/${entry.name}` }
              : {})
          })
        }
      } else if (kind === 'file') {
        if (unseen.length > 0) {
          unseen = unseen.filter(
            (line) => !includes.some((p) => p.line === line && p.match(item.path) & FILE)
          )
        }
        if (match & FILE) {
          const linked = item.viaLink || item.kind !== 'file'
          files.push(item.path)
          if (linked) viaLink.add(item.path)
          onFile?.(item.path, linked)
        }
      } else if (kind === 'other' && match & FILE) {
        special.push(item.path)
      }
    }
  }
  return { files, viaLink, dangling, loops, special, unmatched: unseen, cut: false, skipped }
}
