// Where a run's files are: the workspace, the dataset root in it, the output file and the
// documents the inputs name, each as a DocumentRef (absolute, and as messages show it).
import path from 'node:path'
import type { DocumentRef } from '../documents/read-document.js'
import { patternLines } from '../model/lines.js'
import { relativeInside } from '../model/paths.js'
import { INPUTS } from './inputs.js'
import type { ReadInputs } from './read-inputs.js'
import { UsageError, nonEmpty } from './values.js'

/** Where the files are: the workspace, the dataset root in it, and the output file. */
export interface Places {
  workspace: string
  /** Absolute dataset root. */
  root: string
  /** The root as the user named it, workspace-relative (`.` for the workspace itself). */
  rootPath: string
  out: DocumentRef
}

/** Workspace-relative display form of an absolute path (absolute when outside the workspace). */
function displayPath(workspace: string, absolute: string): string {
  if (path.relative(workspace, absolute) === '') return '.'
  return relativeInside(workspace, absolute) ?? absolute
}

export function documentRef(workspace: string, value: string | undefined): DocumentRef | undefined {
  const given = nonEmpty(value)
  if (!given) return undefined
  const absolute = path.resolve(workspace, given)
  const shown = displayPath(workspace, absolute)
  return shown === absolute
    ? { absolute, path: shown }
    : { absolute, path: shown, confine: workspace }
}

function documentRefs(workspace: string, entries: readonly string[] = []): DocumentRef[] {
  return entries.flatMap((entry) => documentRef(workspace, entry) ?? [])
}

/** A root-relative path as messages and annotations show it: relative to the workspace. */
export function rootDisplay(rootPath: string): (relative: string) => string {
  return (relative) => (rootPath === '.' ? relative : path.posix.join(rootPath, relative))
}

/** The workspace, the root and the output file, as the inputs name them. */
export function parsePlaces(raw: Pick<ReadInputs, 'root' | 'out'>, workspace: string): Places {
  const rootRef = documentRef(workspace, raw.root ?? INPUTS.root.default) ?? {
    absolute: workspace,
    path: '.'
  }
  const out = documentRef(workspace, raw.out ?? INPUTS.out.default)
  if (!out) throw new UsageError('out must name a file.')
  return { workspace, root: rootRef.absolute, rootPath: rootRef.path, out }
}

/** The stores patterns: the input's lines, or its default when it is not given at all. */
export function parseStores(raw: ReadInputs): string[] {
  return raw.stores ?? patternLines(INPUTS.stores.default)
}

/**
 * The document inputs' refs, each knowing the dataset root when it is not the workspace: a
 * document path written relative to the root then gets "did you mean" (documents/path-hint.ts).
 */
export function documentRefsUnder(workspace: string, places: Places) {
  const root =
    places.rootPath === '.' ? undefined : { absolute: places.root, path: places.rootPath }
  const withRoot = (ref: DocumentRef): DocumentRef => (root ? { ...ref, root } : ref)
  return {
    one: (value: string | undefined) => {
      const ref = documentRef(workspace, value)
      return ref && withRoot(ref)
    },
    list: (entries: readonly string[] | undefined) => documentRefs(workspace, entries).map(withRoot)
  }
}
