// Finds the files a pattern list names under the dataset root, with @actions/glob's pattern
// language (what users of upload-artifact know), and refuses anything that leaves the root.
import { realpathSync } from 'node:fs'
import { crawl, type CrawlResult } from './crawl.js'
import { globEscape } from './glob-pattern.js'
import { normaliseRelative, relativeInside } from '../model/paths.js'
import { finding, type InventoryFinding, type InventoryFindingKind } from './findings.js'
import { HINTS_PER_INPUT, hintSentence, patternHint } from './pattern-hint.js'
import type { StoreMatcher } from './stores.js'

export interface FoundFile {
  /** Root-relative, `/`-separated, normalised. */
  path: string
  absolute: string
}

interface FoundFiles {
  files: FoundFile[]
  findings: InventoryFinding[]
  /** Root-relative `.git` directories the patterns reach, never entered (absent when none). */
  neverEntered?: string[]
}

/** Never walked into, never inventoried. */
const NEVER_ENTERED: ReadonlySet<string> = new Set(['.git'])

interface ParsedPattern {
  negate: boolean
  /** Root-relative pattern, normalised. */
  body: string
  source: string
}

/** The patterns, each normalised inside the root, or the findings that refuse them. */
function parsePatterns(
  patterns: readonly string[],
  input: string
): { parsed: ParsedPattern[]; findings: InventoryFinding[] } {
  const findings: InventoryFinding[] = []
  const parsed: ParsedPattern[] = []
  for (const source of patterns) {
    const negate = source.startsWith('!')
    const safe = normaliseRelative(negate ? source.slice(1) : source)
    if (!safe.ok)
      findings.push(
        finding('PATTERN_OUTSIDE_ROOT', input, `The ${input} pattern "${source}" ${safe.reason}.`)
      )
    else parsed.push({ negate, body: safe.path, source })
  }
  if (findings.length === 0 && !parsed.some((p) => !p.negate))
    findings.push(
      finding('NO_PATTERNS', input, `The ${input} input has no pattern that includes files.`)
    )
  return { parsed, findings }
}

/** What the walk passed over: files that cannot be hashed, or must not be copied. */
function passedOver(
  walk: CrawlResult,
  root: string,
  display: (relative: string) => string
): InventoryFinding[] {
  const kinds: Array<[readonly string[], InventoryFindingKind, (shown: string) => string]> = [
    [
      walk.dangling,
      'SYMLINK_DANGLING',
      (shown) =>
        `${shown} is a symbolic link to nothing; remove it or point it at a file inside the dataset root.`
    ],
    [
      walk.special,
      'FILE_UNREADABLE',
      (shown) =>
        `${shown} is not a regular file (a named pipe, socket or device), so it has no content to hash; remove it from the dataset.`
    ],
    [
      walk.loops,
      'SYMLINK_LOOP',
      (shown) =>
        `${shown} is a symbolic link in a loop (it leads back to itself or to a directory above it); copying tools follow it forever, so remove it.`
    ]
  ]
  return kinds.flatMap(([absolutes, kind, message]) =>
    absolutes.map((absolute) => {
      const shown = display(relativeInside(root, absolute) ?? absolute)
      return finding(kind, shown, message(shown))
    })
  )
}

/**
 * One finding per including pattern that matched no file, with a "did you mean" where a cheap
 * guess finds files (the first HINTS_PER_INPUT patterns only: each guess is a bounded walk).
 */
function unmatchedFindings(
  unmatched: readonly number[],
  parsed: readonly ParsedPattern[],
  input: string,
  root: string,
  display: (relative: string) => string
): InventoryFinding[] {
  // The root itself, as the workspace-relative path that a pattern written from the workspace starts with.
  const rootPath = display('.')
  return unmatched.map((index, nth) => {
    const { source, body } = parsed[index]!
    const hint =
      nth < HINTS_PER_INPUT ? patternHint(root, rootPath, body, NEVER_ENTERED) : undefined
    const advice = hint ? hintSentence(hint, rootPath) : 'fix or remove it.'
    const message = `The ${input} pattern "${source}" matches no file under the dataset root; ${advice}`
    const found = finding('PATTERN_MATCHES_NOTHING', input, message)
    found.patterns = hint ? [body, hint.pattern] : [body]
    return found
  })
}

/**
 * The stores the walk enters, each taken whole: the walk is depth first, so a store's files all
 * come after it and before anything else; one that brings none is STORE_EMPTY. `met` is told of
 * each file the walk accepts.
 */
function storeWalk(
  prefix: string,
  stores: StoreMatcher | undefined,
  display: (relative: string) => string,
  findings: InventoryFinding[]
): { takeWhole?: (directory: string) => boolean; met(relative: string): void; done(): void } {
  if (!stores) return { met: () => {}, done: () => {} }
  /** The store being walked (its path and a `/`), whether a file was met in it, its pattern. */
  let current: string | undefined
  let holdsAFile = false
  let pattern = ''
  const close = (): void => {
    if (current === undefined || holdsAFile) return
    const shown = display(current)
    const message = `${shown} matches the stores pattern "${pattern}" but holds no file; an empty store has no content to promote, so remove the directory or put its files in it.`
    findings.push(finding('STORE_EMPTY', shown, message))
  }
  return {
    takeWhole: (directory) => {
      if (!directory.startsWith(prefix)) return false
      const relative = directory.slice(prefix.length)
      const matched = stores.match(relative)
      if (matched === undefined) return false
      close()
      pattern = matched
      current = `${relative}/`
      holdsAFile = false
      return true
    },
    met: (relative) => {
      if (current !== undefined && relative.startsWith(current)) holdsAFile = true
    },
    done: close
  }
}

/**
 * `input` names the input the patterns came from (for messages). `skip` holds absolute paths that
 * are never inventoried (the manifest's own output path).
 */
export async function findFiles(
  root: string,
  patterns: readonly string[],
  input: string,
  display: (relative: string) => string,
  skip: ReadonlySet<string> = new Set(),
  /** Called for each accepted file as the walk finds it. */
  onFound?: (file: FoundFile) => void,
  /** Directories taken whole, as directory stores (stores.ts); each must hold a file. */
  stores?: StoreMatcher
): Promise<FoundFiles> {
  const { parsed, findings } = parsePatterns(patterns, input)
  if (findings.length > 0) return { files: [], findings }
  const lines = parsed.map((p) => `${p.negate ? '!' : ''}${globEscape(root)}/${p.body}`)
  const realRoot = realpathSync(root)
  const files: FoundFile[] = []
  // Every walked path starts with the root and a `/`: cutting it off gives the relative path.
  const prefix = root.endsWith('/') ? root : `${root}/`
  const accept = (absolute: string, viaLink: boolean): void => {
    const relative = absolute.startsWith(prefix)
      ? absolute.slice(prefix.length)
      : relativeInside(root, absolute)
    if (relative === undefined || skip.has(absolute)) return
    if (viaLink || realRoot !== root) {
      const target = realpathSync(absolute)
      if (relativeInside(realRoot, target) === undefined) {
        const shown = display(relative)
        const message = `${shown} resolves through a symbolic link to ${target}, outside the dataset root; copy the file into the root instead of linking to it.`
        findings.push(finding('PATH_OUTSIDE_ROOT', shown, message))
        return
      }
    }
    const file = { path: relative, absolute }
    store.met(relative)
    files.push(file)
    onFound?.(file)
  }
  const store = storeWalk(prefix, stores, display, findings)
  let walk: CrawlResult
  try {
    walk = crawl(lines, NEVER_ENTERED, accept, undefined, store.takeWhole)
    store.done()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const failed = `Searching the ${input} patterns failed: ${message}`
    return { files: [], findings: [finding('GLOB_FAILED', input, failed)] }
  }
  findings.push(...unmatchedFindings(walk.unmatched, parsed, input, root, display))
  findings.push(...passedOver(walk, root, display))
  if (files.length === 0 && findings.length === 0) {
    const message = `The ${input} patterns match no file under the dataset root.`
    findings.push(finding('PATTERN_MATCHES_NOTHING', input, message))
  }
  const neverEntered = walk.skipped.flatMap((absolute) => relativeInside(root, absolute) ?? [])
  return { files, findings, ...(neverEntered.length > 0 ? { neverEntered } : {}) }
}
