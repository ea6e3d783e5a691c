// Finds the files a pattern list names under the dataset root, with @actions/glob's pattern
// language (what users of upload-artifact know), and refuses anything that leaves the root.
import { realpath, stat } from 'node:fs/promises'
import * as glob from '@actions/glob'
import { normaliseRelative, relativeInside } from './paths.js'
import { violation, type Violation } from '../gates/violation.js'

export interface FoundFile {
  /** Root-relative, `/`-separated, normalised. */
  path: string
  absolute: string
}

export interface FoundFiles {
  files: FoundFile[]
  violations: Violation[]
}

interface ParsedPattern {
  negate: boolean
  /** Root-relative pattern, normalised. */
  body: string
  source: string
}

const GLOB_OPTIONS: glob.GlobOptions = {
  followSymbolicLinks: true,
  implicitDescendants: true,
  matchDirectories: false,
  omitBrokenSymbolicLinks: false,
  excludeHiddenFiles: false
}

/** Splits an input's lines into patterns; `#` starts a comment line, as in @actions/glob. */
export function patternLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]]/g, (c) => `[${c}]`)
}

async function globFiles(root: string, patterns: readonly ParsedPattern[]): Promise<string[]> {
  const lines = patterns.map((p) => `${p.negate ? '!' : ''}${escapeGlob(root)}/${p.body}`)
  const globber = await glob.create(lines.join('\n'), GLOB_OPTIONS)
  return globber.glob()
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
  skip: ReadonlySet<string> = new Set()
): Promise<FoundFiles> {
  const violations: Violation[] = []
  const parsed: ParsedPattern[] = []
  for (const source of patterns) {
    const negate = source.startsWith('!')
    const safe = normaliseRelative(negate ? source.slice(1) : source)
    if (!safe.ok) {
      violations.push(
        violation(
          'E',
          'PATTERN_OUTSIDE_ROOT',
          input,
          `The ${input} pattern "${source}" ${safe.reason}.`
        )
      )
    } else parsed.push({ negate, body: safe.path, source })
  }
  if (violations.length > 0) return { files: [], violations }
  const includes = parsed.filter((p) => !p.negate)
  if (includes.length === 0) {
    return {
      files: [],
      violations: [
        violation(
          'E',
          'NO_PATTERNS',
          input,
          `The ${input} input has no pattern that includes files.`
        )
      ]
    }
  }

  let matches: string[]
  try {
    matches = await globFiles(root, parsed)
    for (const include of includes) {
      if ((await globFiles(root, [include])).length === 0) {
        violations.push(
          violation(
            'E',
            'PATTERN_MATCHES_NOTHING',
            input,
            `The ${input} pattern "${include.source}" matches no file under the dataset root; fix or remove it.`
          )
        )
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const broken = /No information found for the path '(.*)'/.exec(message)
    const inside = broken ? relativeInside(root, broken[1]!) : undefined
    const where = inside !== undefined ? display(inside) : input
    return {
      files: [],
      violations: [
        violation(
          'E',
          broken ? 'SYMLINK_DANGLING' : 'GLOB_FAILED',
          where,
          broken
            ? `${where} is a symbolic link to nothing; remove it or point it at a file inside the dataset root.`
            : `Searching the ${input} patterns failed: ${message}`
        )
      ]
    }
  }

  const realRoot = await realpath(root)
  const files: FoundFile[] = []
  for (const absolute of matches) {
    const relative = relativeInside(root, absolute)
    if (relative === undefined || skip.has(absolute)) continue
    if (relative.split('/').includes('.git')) continue
    const target = await realpath(absolute)
    if (relativeInside(realRoot, target) === undefined) {
      violations.push(
        violation(
          'E',
          'PATH_OUTSIDE_ROOT',
          display(relative),
          `${display(relative)} resolves through a symbolic link to ${target}, outside the dataset root; copy the file into the root instead of linking to it.`
        )
      )
      continue
    }
    if (!(await stat(target)).isFile()) continue
    files.push({ path: relative, absolute })
  }
  if (files.length === 0 && violations.length === 0) {
    violations.push(
      violation(
        'E',
        'PATTERN_MATCHES_NOTHING',
        input,
        `The ${input} patterns match no file under the dataset root.`
      )
    )
  }
  return { files, violations }
}
