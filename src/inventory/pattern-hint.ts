// "Did you mean …?" for a pattern that matches nothing. Three mistakes are common and cheap to
// see: the pattern written relative to the workspace instead of the dataset root (it starts with
// the root's own path), and a directory or file name written in another letter case or with a
// typo (one name of its directory is clearly the one meant). Each guess is tried with a walk
// that stops at its first file and after a few thousand entries, so a hint never costs a second
// crawl of a large tree; a guess that finds nothing is not offered.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { meantName } from '../model/nearest.js'
import { crawl } from './crawl.js'
import { globEscape } from './glob-pattern.js'

/** How far a guess is tried: one file is enough, and a bounded walk is all a hint may cost. */
export const HINT_LIMIT = { files: 1, entries: 5000 }

/** Patterns of one input that get a hint; the others keep the plain sentence. */
export const HINTS_PER_INPUT = 8

/** Why a pattern found nothing: written from the workspace, or a name in another case or spelling. */
type Reason = 'workspace' | 'case' | 'spelling'

interface PatternHint {
  /** The root-relative pattern that matches files where the given one matches none. */
  pattern: string
  because: Reason[]
}

/** A segment with a glob character is not a name to look up. */
const GLOB_CHARACTER = /[*?[\]\\]/

/**
 * A hint is best effort: a directory that cannot be read gives no hint, and the plain sentence
 * stands. Nothing the inventory reports depends on it.
 */
function orNothing<T>(look: () => T): T | undefined {
  try {
    return look()
  } catch {
    return undefined
  }
}

/** The pattern without the root's workspace-relative path in front, when it starts with it. */
function fromRoot(pattern: string, rootPath: string): string | undefined {
  if (rootPath === '.' || rootPath === '') return undefined
  if (pattern === rootPath) return '**'
  return pattern.startsWith(`${rootPath}/`) ? pattern.slice(rootPath.length + 1) : undefined
}

/**
 * The pattern with its leading literal names as they are on disk, where a name is not there but
 * one name of its directory is what it meant (meantName); undefined when nothing changes. Only a
 * directory on the way gets a spelling guess: a file listed by name may simply not be there yet,
 * and a neighbour is no answer.
 */
function namesOnDisk(root: string, pattern: string): PatternHint | undefined {
  const segments = pattern.split('/')
  const because = new Set<Reason>()
  let directory = root
  for (const [at, segment] of segments.entries()) {
    if (GLOB_CHARACTER.test(segment)) break
    const names = orNothing(() => readdirSync(directory)) ?? []
    let name = names.includes(segment) ? segment : undefined
    if (name === undefined) {
      const guess = meantName(segment, names, at < segments.length - 1)
      if (!guess) break
      name = guess.name
      segments[at] = name
      because.add(guess.why)
    }
    directory = path.join(directory, name)
  }
  return because.size > 0 ? { pattern: segments.join('/'), because: [...because] } : undefined
}

function findsAFile(root: string, pattern: string, skipDirectories: ReadonlySet<string>): boolean {
  const walk = orNothing(() =>
    crawl([`${globEscape(root)}/${pattern}`], skipDirectories, undefined, HINT_LIMIT)
  )
  return (walk?.files.length ?? 0) > 0
}

/**
 * The pattern a root-relative `pattern` that matched nothing would match as, if a cheap guess
 * finds one: without the root's path (`rootPath`, workspace-relative) in front, and/or with the
 * letter case of the names on disk.
 */
export function patternHint(
  root: string,
  rootPath: string,
  pattern: string,
  skipDirectories: ReadonlySet<string>
): PatternHint | undefined {
  const stripped = fromRoot(pattern, rootPath)
  const respelled = namesOnDisk(root, stripped ?? pattern)
  const guesses: PatternHint[] = []
  if (stripped !== undefined) guesses.push({ pattern: stripped, because: ['workspace'] })
  if (respelled !== undefined)
    guesses.push({
      pattern: respelled.pattern,
      because: [...(stripped === undefined ? [] : ['workspace' as const]), ...respelled.because]
    })
  return guesses.find((guess) => findsAFile(root, guess.pattern, skipDirectories))
}

/** The sentence that offers the hint, to follow "matches no file under the dataset root". */
export function hintSentence(hint: PatternHint, rootPath: string): string {
  const reasons = hint.because.map((reason) => {
    if (reason === 'workspace')
      return `patterns are relative to the dataset root (${rootPath}), not to the workspace`
    return reason === 'case'
      ? 'patterns match letter case exactly'
      : 'a name in the pattern is spelled differently on disk'
  })
  return `did you mean "${hint.pattern}"? It matches files: ${reasons.join(', and ')}.`
}
