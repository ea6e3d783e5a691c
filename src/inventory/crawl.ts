// A fast walk with @actions/glob's pattern language and results (what users of upload-artifact
// know; the patterns in glob-pattern.ts): symbolic links followed with per-branch cycle
// detection, directories pruned by partial match. It walks synchronously with the types readdir
// already knows, so a regular file costs no stat. Differential tests hold it to @actions/glob's
// own answers.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import { compareText } from '../model/order.js'
import { ALL, compile, FILE, matchAll, NONE, searchPaths, type Pattern } from './glob-pattern.js'

export { globEscape, MINIMATCH_OPTIONS, patternMatcher } from './glob-pattern.js'

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
interface CrawlLimit {
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
  whole: boolean
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

function kindOfEntry(entry: Dirent): Item['kind'] {
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
  const walk = new Walk(compile(lines), { skipDirectories, onFile, limit, takeWhole })
  for (const searchPath of searchPaths(walk.patterns))
    if (!walk.from(searchPath)) return walk.result(true)
  return walk.result(false)
}

interface WalkOptions {
  skipDirectories: ReadonlySet<string>
  onFile: ((file: string, viaLink: boolean) => void) | undefined
  limit: CrawlLimit | undefined
  takeWhole: ((directory: string) => boolean) | undefined
}

/** One walk's patterns, what it has found so far, and how far it has looked. */
class Walk {
  readonly includes: Pattern[]
  readonly files: string[] = []
  readonly viaLink = new Set<string>()
  readonly dangling: string[] = []
  readonly loops: string[] = []
  readonly special: string[] = []
  readonly skipped: string[] = []
  /** Lines not yet seen to match a file by themselves; once empty, this costs nothing. */
  private unseen: number[]
  private looked = 0

  constructor(
    readonly patterns: Pattern[],
    private readonly options: WalkOptions
  ) {
    this.includes = patterns.filter((p) => !p.negate)
    this.unseen = [...new Set(this.includes.map((p) => p.line))]
  }

  result(cut: boolean): CrawlResult {
    const { files, viaLink, dangling, loops, special, skipped } = this
    return { files, viaLink, dangling, loops, special, unmatched: this.unseen, cut, skipped }
  }

  /** Walks everything under a search path; false when the limit stopped it first. */
  from(searchPath: string): boolean {
    const stack: Item[] = [
      { path: searchPath, level: 1, kind: 'unknown', viaLink: false, whole: false }
    ]
    const chain: string[] = []
    const { limit } = this.options
    while (stack.length > 0) {
      if (limit !== undefined && (this.files.length >= limit.files || this.looked >= limit.entries))
        return false
      this.looked++
      const item = stack.pop()!
      const match = item.whole ? ALL : matchAll(this.patterns, item.path)
      const partial = match !== NONE || this.includes.some((p) => p.partialMatch(item.path))
      if (match === NONE && !partial) continue
      const kind = this.kindOf(item)
      if (kind === 'directory') this.enter(item, chain, stack)
      else if (kind === 'file') this.meetFile(item, match)
      else if (kind === 'other' && match & FILE) this.special.push(item.path)
    }
    return true
  }

  /**
   * What an item is; the file system is asked only for a link or an item of unknown kind.
   * Undefined for a link to nothing or a loop of links, each noted.
   */
  private kindOf(item: Item): Item['kind'] | undefined {
    if (item.kind !== 'link' && item.kind !== 'unknown') return item.kind
    try {
      const stats = statSync(item.path)
      return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other'
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' && item.kind === 'link') this.dangling.push(item.path)
      else if (code === 'ELOOP') this.loops.push(item.path)
      else if (code !== 'ENOENT') throw error
      return undefined
    }
  }

  /**
   * A directory's entries onto the stack, in path order; unless it is skipped, or reached again
   * through a link below itself (`chain`: the real paths of the directories above the item).
   */
  private enter(item: Item, chain: string[], stack: Item[]): void {
    if (this.options.skipDirectories.has(path.posix.basename(item.path))) {
      this.skipped.push(item.path)
      return
    }
    const real = item.real ?? realpathSync(item.path)
    const linked = item.viaLink || real !== item.path
    while (chain.length >= item.level) chain.pop()
    if (chain.includes(real)) {
      this.loops.push(item.path)
      return
    }
    chain.push(real)
    const whole = item.whole || (this.options.takeWhole?.(item.path) ?? false)
    const entries = inPathOrder(readdirSync(item.path, { withFileTypes: true }))
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i]!
      const childKind = kindOfEntry(entry)
      const childPath = item.path === '/' ? `/${entry.name}` : `${item.path}/${entry.name}`
      stack.push({
        path: childPath,
        level: item.level + 1,
        kind: childKind,
        viaLink: linked || childKind === 'link',
        whole,
        ...(childKind === 'directory' ? { real: `${real === '/' ? '' : real}/${entry.name}` } : {})
      })
    }
  }

  /** A file met: which lines it shows to match, and whether it is one the patterns find. */
  private meetFile(item: Item, match: number): void {
    if (this.unseen.length > 0) {
      this.unseen = this.unseen.filter(
        (line) => !this.includes.some((p) => p.line === line && p.match(item.path) & FILE)
      )
    }
    if (match & FILE) {
      const linked = item.viaLink || item.kind !== 'file'
      this.files.push(item.path)
      if (linked) this.viaLink.add(item.path)
      this.options.onFile?.(item.path, linked)
    }
  }
}
