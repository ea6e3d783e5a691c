// @actions/glob's pattern language, as the walk (crawl.ts) and the stores match it: the same
// patterns, search paths, last-match-wins with `!`, implicit descendants, trailing `/` for
// directories only. Differential tests hold it to @actions/glob's own answers.
import path from 'node:path'
import { Minimatch } from 'minimatch'

/** The options @actions/glob gives minimatch. */
export const MINIMATCH_OPTIONS = {
  dot: true,
  nobrace: true,
  nocase: false,
  nocomment: true,
  noext: true,
  nonegate: true
}

/** What a pattern matches a path as: nothing, a directory only, a file only, either. */
export const NONE = 0
const DIRECTORY = 1
export const FILE = 2
export const ALL = 3

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

export class Pattern {
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
export function compile(lines: readonly string[]): Pattern[] {
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

export function searchPaths(patterns: readonly Pattern[]): string[] {
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

export function matchAll(patterns: readonly Pattern[], item: string): number {
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
