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

interface CompiledLine {
  negate: boolean
  segments: readonly Segment[]
}

/** Work done, for a bound in tests: one step per segment and pattern still alive. */
export interface GlobMeter {
  steps: number
}

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
    const [segments] = new Minimatch(line.path, MINIMATCH_OPTIONS).set
    return { negate: line.negate, segments: (segments ?? []) as Segment[] }
  })
}

/** The states reachable without reading a segment: a `**` may match none. */
function closure(states: Set<number>, segments: readonly Segment[]): Set<number> {
  for (const state of states) if (segments[state] === GLOBSTAR) states.add(state + 1)
  return states
}

function step(
  states: ReadonlySet<number>,
  segments: readonly Segment[],
  name: string
): Set<number> {
  const next = new Set<number>()
  for (const state of states) {
    const segment = segments[state]
    if (segment === undefined) continue
    if (segment === GLOBSTAR) next.add(state)
    else if (typeof segment === 'string' ? segment === name : segment.test(name))
      next.add(state + 1)
  }
  return closure(next, segments)
}

/**
 * For a `/`-separated path, whether the globs match each prefix of it: `result[i]` is the verdict
 * for its first i + 1 segments. The last matching line wins, `!` excludes, and a pattern ending in
 * `**` matches its directory too, as @actions/glob's walk decides it.
 */
export function datasetGlobPrefixes(
  patterns: string
): (relative: string, meter?: GlobMeter) => boolean[] {
  const lines = compile(patterns)
  return (relative, meter) => {
    const names = relative.split('/')
    let states = lines.map((line) => closure(new Set([0]), line.segments))
    const verdicts: boolean[] = []
    for (const name of names) {
      let matched = false
      states = states.map((current, index) => {
        const { segments, negate } = lines[index]!
        if (current.size === 0) return current
        if (meter) meter.steps++
        const next = step(current, segments, name)
        if (next.has(segments.length)) matched = !negate
        return next
      })
      verdicts.push(matched)
    }
    return verdicts
  }
}

/**
 * Whether a workspace-relative path is one the `datasets` globs match, decided on the path alone
 * (a removed dataset's directory is no longer there to walk).
 */
export function datasetGlobMatcher(patterns: string): (relative: string) => boolean {
  const prefixes = datasetGlobPrefixes(patterns)
  return (relative) => prefixes(relative).at(-1) === true
}
