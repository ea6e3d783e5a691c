// Which datasets a pull request changes: dataset roots located by the `datasets` root globs, each
// with its own spec; a dataset changes when any path under its root does. Nothing the globs cover
// escapes: a dataset whose spec the pull request deletes is a removal, and a changed path under
// the globs in no dataset is named too.
import { access } from 'node:fs/promises'
import path from 'node:path'
import * as glob from '@actions/glob'
import { Minimatch } from 'minimatch'
import { MINIMATCH_OPTIONS } from '../inventory/crawl.js'
import { patternLines } from '../model/lines.js'
import { compareText } from '../model/order.js'
import { normaliseRelative } from '../model/paths.js'
import { touchedPaths, type ChangedFile } from './pull-request.js'

export const SPEC_NAMES = ['spec.yaml', 'spec.yml', 'spec.json'] as const

export interface DatasetRoot {
  /** The directory name, used as the dataset slug. */
  dataset: string
  /** Workspace-relative, `/`-separated. */
  root: string
  /** Workspace-relative path of its spec. */
  spec: string
}

export interface DatasetMatrix {
  include: DatasetRoot[]
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  )
}

/** A dataset the pull request removes: its spec deleted or renamed away, no spec left. */
export interface RemovedDataset extends DatasetRoot {
  /** Its paths the pull request touches, in path order. */
  files: string[]
}

/** The `datasets` lines, workspace-relative, each with whether it excludes. */
function datasetPatterns(patterns: string): Array<{ negate: boolean; path: string }> {
  return patternLines(patterns).map((line) => {
    const negate = line.startsWith('!')
    const safe = normaliseRelative(negate ? line.slice(1) : line)
    if (!safe.ok) throw new Error(`The datasets pattern "${line}" ${safe.reason}.`)
    return { negate, path: safe.path }
  })
}

/** Dataset roots: directories the patterns match that hold a spec. */
export async function findDatasetRoots(
  workspace: string,
  patterns: string
): Promise<DatasetRoot[]> {
  const lines = datasetPatterns(patterns).map(
    (line) => `${line.negate ? '!' : ''}${workspace}/${line.path}`
  )
  const globber = await glob.create(lines.join('\n'), {
    matchDirectories: true,
    implicitDescendants: false,
    followSymbolicLinks: false
  })
  const roots: DatasetRoot[] = []
  for (const directory of (await globber.glob()).sort()) {
    for (const name of SPEC_NAMES) {
      if (await exists(path.join(directory, name))) {
        const root = path.relative(workspace, directory).split(path.sep).join('/')
        roots.push({ dataset: path.basename(directory), root, spec: `${root}/${name}` })
        break
      }
    }
  }
  return roots
}

/**
 * Whether a workspace-relative path is one the `datasets` globs match, decided on the path alone
 * (a removed dataset's directory is no longer there to walk): the last matching line wins, `!`
 * excludes, and a pattern ending in `**` matches its directory too, with the minimatch options of
 * `@actions/glob`: as the globber's walk would decide it.
 */
export function datasetGlobMatcher(patterns: string): (relative: string) => boolean {
  const compiled = datasetPatterns(patterns).map((line) => ({
    negate: line.negate,
    globstar: line.path.split('/').at(-1) === '**',
    matcher: new Minimatch(line.path, MINIMATCH_OPTIONS)
  }))
  return (relative) => {
    let matched = false
    for (const { negate, globstar, matcher } of compiled) {
      const hit = matcher.match(relative) || (globstar && matcher.match(`${relative}/`))
      if (hit) matched = !negate
    }
    return matched
  }
}

/** A path and each directory above it, outermost first: `a`, `a/b`, `a/b/c`. */
function prefixes(file: string): string[] {
  const parts = file.split('/')
  return parts.map((_part, i) => parts.slice(0, i + 1).join('/'))
}

/**
 * Datasets whose spec the pull request takes away (deleted, or renamed to another path) and that
 * hold no spec in the checked-out head (are not `present`): their directory matches the globs, but is no dataset now.
 */
function removedDatasets(
  present: ReadonlySet<string>,
  files: readonly ChangedFile[],
  matches: (relative: string) => boolean
): RemovedDataset[] {
  const gone = files
    .flatMap((f) =>
      f.status === 'removed' ? [f.path] : f.status === 'renamed' && f.previous ? [f.previous] : []
    )
    .filter((file) => (SPEC_NAMES as readonly string[]).includes(path.posix.basename(file)))
    .sort(compareText)
  const removed = new Map<string, RemovedDataset>()
  for (const spec of gone) {
    const root = path.posix.dirname(spec)
    if (root === '.' || present.has(root) || removed.has(root) || !matches(root)) continue
    removed.set(root, { dataset: path.posix.basename(root), root, spec, files: [] })
  }
  return [...removed.values()]
}

export interface DatasetChanges {
  /** The present datasets with a changed path: the matrix. */
  changed: DatasetRoot[]
  removed: RemovedDataset[]
  /** Changed paths under the globs that lie in no dataset, present or removed. */
  outside: string[]
}

/**
 * Sorts every path the pull request touches: into the present datasets it lies under, else into
 * the removed dataset it lies under, else, when the globs cover it or a directory above it, into
 * the paths outside any dataset. Paths the globs do not reach are no dataset's business.
 */
export function classifyChanges(
  roots: readonly DatasetRoot[],
  files: readonly ChangedFile[],
  patterns: string
): DatasetChanges {
  const matches = datasetGlobMatcher(patterns)
  const present = new Set(roots.map((r) => r.root))
  const removed = removedDatasets(present, files, matches)
  const removedAt = new Map(removed.map((r) => [r.root, r]))
  const changed = new Set<string>()
  const outside = new Set<string>()
  for (const file of new Set(touchedPaths(files))) {
    const above = prefixes(file)
    let owned = false
    for (const dir of above) {
      if (present.has(dir)) changed.add(dir)
      removedAt.get(dir)?.files.push(file)
      owned ||= present.has(dir) || removedAt.has(dir)
    }
    if (!owned && above.some(matches)) outside.add(file)
  }
  for (const r of removed) r.files.sort(compareText)
  return {
    changed: roots.filter((r) => changed.has(r.root)),
    removed,
    outside: [...outside].sort(compareText)
  }
}
