// Which datasets a pull request changes: dataset roots located by the `datasets` root globs, each
// with its own spec; a dataset changes when any path under its root does. Nothing the globs cover
// escapes: a dataset that was one on the base branch (the pull request lists its spec as there
// before) and is none on the head is a removal, however it stopped being one; a changed path under
// the globs in no dataset is named too; and a root or spec that is a link, or a spec that is not a
// regular file, is refused outright: the gate job would read through it, out of the workspace.
import { lstat, realpath } from 'node:fs/promises'
import path from 'node:path'
import * as glob from '@actions/glob'
import { compareText } from '../model/order.js'
import { isInside } from '../model/paths.js'
import { datasetGlobCover, datasetPatterns, type Cover, type GlobMeter } from './dataset-globs.js'
import { touchedPaths, type ChangedFile } from './pull-request.js'

const SPEC_NAMES = ['spec.yaml', 'spec.yml', 'spec.json'] as const

export interface DatasetRoot {
  /** The directory name, used as the dataset slug. */
  dataset: string
  /** Workspace-relative, `/`-separated. */
  root: string
  /** Workspace-relative path of its spec. */
  spec: string
}

/** A directory the globs match that cannot be a dataset root as it stands, and why. */
interface UnusableRoot {
  /** Workspace-relative path of the root or spec at fault. */
  path: string
  reason: string
}

interface DatasetRoots {
  roots: DatasetRoot[]
  /** Roots or specs a gate job must not read through: links, specs that are not regular files. */
  unusable: UnusableRoot[]
}

/** A dataset the pull request removes: its spec there on the base branch, no spec left now. */
interface RemovedDataset extends DatasetRoot {
  /** Its paths the pull request touches, in path order. */
  files: string[]
}

const isSpecName = (name: string): boolean => (SPEC_NAMES as readonly string[]).includes(name)

/** What stands at a path, without following a link: undefined when nothing does. */
async function kindAt(file: string): Promise<'file' | 'directory' | 'link' | 'other' | undefined> {
  const info = await lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined
    throw error
  })
  if (!info) return undefined
  return info.isSymbolicLink()
    ? 'link'
    : info.isFile()
      ? 'file'
      : info.isDirectory()
        ? 'directory'
        : 'other'
}

/** One directory the globs matched: a dataset root, nothing, or a root no gate may read. */
async function rootAt(
  workspace: string,
  realWorkspace: string,
  directory: string
): Promise<DatasetRoot | UnusableRoot | undefined> {
  const root = path.relative(workspace, directory).split(path.sep).join('/')
  const kind = await kindAt(directory)
  if (kind === 'link') {
    // A link is never a root; one that leads to a spec is refused, as it would be gated elsewhere.
    const specs = await Promise.all(SPEC_NAMES.map((name) => kindAt(path.join(directory, name))))
    if (specs.every((spec) => spec === undefined)) return undefined
    const target = await realpath(directory).catch(() => 'nothing')
    return {
      path: root,
      reason: `is a symbolic link (to ${isInside(realWorkspace, target) ? 'a directory in the workspace' : 'a directory outside the workspace'}) with a spec behind it; a dataset root must be a directory of its own, so the gate job reads only the workspace`
    }
  }
  if (kind !== 'directory') return undefined
  const real = await realpath(directory)
  if (real !== path.join(realWorkspace, path.relative(workspace, directory)))
    return {
      path: root,
      reason:
        'is reached through a symbolic link above it; a dataset root must be a directory of its own, so the gate job reads only the workspace'
    }
  for (const name of SPEC_NAMES) {
    const spec = `${root}/${name}`
    const specKind = await kindAt(path.join(directory, name))
    if (specKind === undefined) continue
    if (specKind !== 'file')
      return {
        path: spec,
        reason: `is ${specKind === 'link' ? 'a symbolic link' : specKind === 'directory' ? 'a directory' : 'not a regular file'}, not a spec file; a dataset's spec must be a regular file in its root`
      }
    return { dataset: path.basename(directory), root, spec }
  }
  return undefined
}

/** Dataset roots: directories the patterns match that hold a spec; and those no gate may read. */
export async function findDatasetRoots(workspace: string, patterns: string): Promise<DatasetRoots> {
  const lines = datasetPatterns(patterns).map(
    (line) => `${line.negate ? '!' : ''}${workspace}/${line.path}`
  )
  const globber = await glob.create(lines.join('\n'), {
    matchDirectories: true,
    implicitDescendants: false,
    followSymbolicLinks: false
  })
  const realWorkspace = await realpath(workspace)
  const roots: DatasetRoot[] = []
  const unusable: UnusableRoot[] = []
  for (const directory of (await globber.glob()).sort()) {
    const found = await rootAt(workspace, realWorkspace, directory)
    if (found && 'reason' in found) unusable.push(found)
    else if (found) roots.push(found)
  }
  return { roots, unusable }
}

/** Directories as a tree of their segments: a path's owners found in one pass over it. */
interface RootNode<T> {
  children: Map<string, RootNode<T>>
  value?: T
}

function rootTree<T>(entries: ReadonlyArray<[string, T]>): RootNode<T> {
  const tree: RootNode<T> = { children: new Map() }
  for (const [root, value] of entries) {
    let node = tree
    for (const name of root.split('/')) {
      let child = node.children.get(name)
      if (!child) node.children.set(name, (child = { children: new Map() }))
      node = child
    }
    node.value = value
  }
  return tree
}

/**
 * The values of a path's prefixes (each directory above it, and itself), outermost first: its
 * segments are read only as far as the tree goes.
 */
function along<T>(tree: RootNode<T>, file: string): T[] {
  const found: T[] = []
  let node: RootNode<T> | undefined = tree
  for (let start = 0; node && start <= file.length;) {
    let end = file.indexOf('/', start)
    if (end < 0) end = file.length
    node = node.children.get(file.slice(start, end))
    start = end + 1
    if (node?.value !== undefined) found.push(node.value)
  }
  return found
}

/**
 * The specs that were there on the base branch, as the pull request lists them: every listed path
 * but an added one (and a rename's or copy's new name) existed before, and so did a rename's or
 * copy's old name.
 */
function baseSpecs(files: readonly ChangedFile[]): string[] {
  return files
    .flatMap((f) => {
      const before = f.previous ? [f.previous] : []
      const gone = f.status === 'added' || f.status === 'renamed' || f.status === 'copied'
      return gone ? before : [f.path, ...before]
    })
    .filter((file) => isSpecName(path.posix.basename(file)))
    .sort(compareText)
}

/**
 * Datasets that were datasets on the base branch (a spec of theirs is listed as there before) and
 * are none in the checked-out head (not `present`): deleted, renamed away, or turned into a link,
 * a directory or anything else, however it stopped being one, under a directory the globs match.
 */
function removedDatasets(
  present: ReadonlySet<string>,
  files: readonly ChangedFile[],
  covered: (relative: string) => Cover
): RemovedDataset[] {
  const removed = new Map<string, RemovedDataset>()
  for (const spec of baseSpecs(files)) {
    const root = path.posix.dirname(spec)
    if (root === '.' || present.has(root) || removed.has(root)) continue
    if (!covered(root).last) continue
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
  /** Roots and specs no gate may read through (findDatasetRoots); each fails the step. */
  unusable: UnusableRoot[]
}

/**
 * Sorts every path the pull request touches: into the present datasets it lies under, else into
 * the removed dataset it lies under, else, when the globs cover it or a directory above it, into
 * the paths outside any dataset. Paths the globs do not reach are no dataset's business. One pass
 * over each path's segments (`meter` counts the glob steps, for a bound in tests).
 */
export function classifyChanges(
  found: DatasetRoots,
  files: readonly ChangedFile[],
  patterns: string,
  meter?: GlobMeter
): DatasetChanges {
  const covered = datasetGlobCover(patterns)
  const present = new Set(found.roots.map((r) => r.root))
  const removed = removedDatasets(present, files, (root) => covered(root, meter))
  const owners = rootTree<{ root: string; removed?: RemovedDataset }>([
    ...[...present].map((root): [string, { root: string }] => [root, { root }]),
    ...removed.map((r): [string, { root: string; removed: RemovedDataset }] => [
      r.root,
      { root: r.root, removed: r }
    ])
  ])
  const changed = new Set<string>()
  const outside = new Set<string>()
  for (const file of new Set(touchedPaths(files))) {
    const mine = along(owners, file)
    for (const owner of mine) {
      if (owner.removed) owner.removed.files.push(file)
      else changed.add(owner.root)
    }
    if (mine.length === 0 && covered(file, meter).any) outside.add(file)
  }
  for (const r of removed) r.files.sort(compareText)
  return {
    changed: found.roots.filter((r) => changed.has(r.root)),
    removed,
    outside: [...outside].sort(compareText),
    unusable: found.unusable
  }
}
