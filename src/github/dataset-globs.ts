// The `datasets` globs, decided on a path's segments one at a time: which of a path's prefixes
// (each directory above it, and the path itself) the globs match. Each pattern runs as a small
// automaton over segments (minimatch's own segment matchers, `**` as zero or more segments), so a
// path costs one step per segment and pattern: a pull request's 3,000 paths 1,200 directories deep
// cost what their characters cost, never a glob match per prefix (which was quadratic in depth).
import { GLOBSTAR, Minimatch } from 'minimatch'
import { MINIMATCH_OPTIONS } from '../inventory/crawl.js'
import { patternLines } from '../model/lines.js'
import { normaliseRelative } from '../model/paths.js'

type Segment = string | RegExp | typeof GLOBSTAR

/** A pattern line as an automaton over segments: state i is "the first i segments matched". */
interface CompiledLine {
  negate: boolean
  segments: readonly Segment[]
  /** The bit of the accepting state. */
  accept: number
  /** States whose set, once reached alone, no segment changes: `**` states (and the accepting
   * one right after a final `**`). */
  stable: number
}

/** Work done, for a bound in tests: one step per segment and pattern line still changing. */
export interface GlobMeter {
  steps: number
}

/** States as bits of a number: a pattern has at most this many segments. */
const MAX_SEGMENTS = 30

/** The `datasets` lines, workspace-relative, each with whether it excludes. */
export function datasetPatterns(patterns: string): Array<{ negate: boolean; path: string }> {
  return patternLines(patterns).map((line) => {
    const negate = line.startsWith('!')
    const safe = normaliseRelative(negate ? line.slice(1) : line)
    if (!safe.ok) throw new Error(`The datasets pattern "${line}" ${safe.reason}.`)
    return { negate, path: safe.path }
  })
}

function compile(patterns: string): CompiledLine[] {
  return datasetPatterns(patterns).map((line) => {
    // nobrace: one alternative. Its segments are minimatch's: literal text, a RegExp, or GLOBSTAR.
    const [set] = new Minimatch(line.path, MINIMATCH_OPTIONS).set
    const segments = (set ?? []) as Segment[]
    if (segments.length > MAX_SEGMENTS)
      throw new Error(
        `The datasets pattern "${line.path}" has more than ${MAX_SEGMENTS} segments; write a shorter one (** matches any depth).`
      )
    const accept = 2 ** segments.length
    let stable = 0
    segments.forEach((segment, index) => {
      if (segment === GLOBSTAR) stable |= 2 ** index
    })
    if (segments.at(-1) === GLOBSTAR) stable |= accept
    return { negate: line.negate, segments, accept, stable }
  })
}

/** The states reachable without reading a segment: a `**` may match none. */
function closure(states: number, segments: readonly Segment[]): number {
  let reached = states
  for (let i = 0; i < segments.length; i++)
    if (reached & (2 ** i) && segments[i] === GLOBSTAR) reached |= 2 ** (i + 1)
  return reached
}

function step(states: number, segments: readonly Segment[], name: string): number {
  let next = 0
  for (let i = 0; i < segments.length; i++) {
    if (!(states & (2 ** i))) continue
    const segment = segments[i]!
    if (segment === GLOBSTAR) next |= 2 ** i
    else if (typeof segment === 'string' ? segment === name : segment.test(name))
      next |= 2 ** (i + 1)
  }
  return closure(next, segments)
}

/** What the globs say of a path's prefixes: whether any of them matches, and the whole path. */
export interface Cover {
  /** Some prefix (a directory above the path, or the path itself) is matched. */
  any: boolean
  /** The path itself is matched. */
  last: boolean
}

/**
 * The globs over a path's prefixes, one segment at a time: the last matching line wins, `!`
 * excludes, and a pattern ending in `**` matches its directory too, as @actions/glob's walk
 * decides it. A line whose states no segment can change any more (dead, or inside a final `**`)
 * is stepped no further; once every line is so, the rest of the path is not read.
 */
export function datasetGlobCover(patterns: string): (relative: string, meter?: GlobMeter) => Cover {
  const lines = compile(patterns)
  const initial = lines.map((line) => closure(1, line.segments))
  return (relative, meter) => {
    const states = [...initial]
    let any = false
    let matched = false
    for (let start = 0; start <= relative.length;) {
      let end = relative.indexOf('/', start)
      if (end < 0) end = relative.length
      const name = relative.slice(start, end)
      start = end + 1
      matched = false
      let changing = false
      for (const [index, line] of lines.entries()) {
        let current = states[index]!
        if (current !== 0 && (current & ~line.stable) !== 0) {
          if (meter) meter.steps++
          current = step(current, line.segments, name)
          states[index] = current
        }
        if (current & line.accept) matched = !line.negate
        changing ||= current !== 0 && (current & ~line.stable) !== 0
      }
      any ||= matched
      // Nothing changes any more: every deeper prefix gets this same verdict.
      if (!changing) break
    }
    return { any, last: matched }
  }
}
