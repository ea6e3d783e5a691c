// "Did you mean …?" for an input document's path that names nothing. Two mistakes are common:
// the path written relative to the dataset root (`qa/report.json` with root `datasets/x`), when
// document paths are relative to the workspace, as patterns are relative to the root; and a file
// name in another letter case or with a typo. Only a guess that names a file is offered, and each
// costs at most one stat or one directory listing, taken only when the path names nothing.
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { meantName, SPELLING_ENTRIES } from '../model/nearest.js'

/** The dataset root, absolute and as the inputs name it (workspace-relative). */
export interface RootPlace {
  absolute: string
  path: string
}

const isFile = (absolute: string): boolean =>
  statSync(absolute, { throwIfNoEntry: false })?.isFile() === true

/**
 * The one file of the directory `typed` may have meant: another letter case, or a near spelling
 * (meantName). A directory larger than SPELLING_ENTRIES gets no guess at all, not even of case.
 */
function nearFile(directory: string, typed: string): string | undefined {
  let names: string[]
  try {
    names = readdirSync(directory)
  } catch {
    return undefined
  }
  if (names.length > SPELLING_ENTRIES) return undefined
  const meant = meantName(typed, names, true)?.name
  return meant !== undefined && isFile(path.join(directory, meant)) ? meant : undefined
}

/**
 * The sentence for a document path that names nothing: what to check and, when a file is near,
 * "did you mean" it. `shown` is the path as messages show it (workspace-relative); `input` names
 * the input in the sentence ("the spec input"), or is left out.
 */
export function missingDocumentSentence(
  absolute: string,
  shown: string,
  root?: RootPlace,
  input = 'the path'
): string {
  if (root && root.path !== '.' && !path.isAbsolute(shown)) {
    const underRoot = path.join(root.absolute, shown)
    if (isFile(underRoot))
      return `${shown} does not exist; did you mean ${path.posix.join(root.path, shown)}? Document paths are relative to the workspace, not to the dataset root (${root.path})`
  }
  const near = nearFile(path.dirname(absolute), path.basename(absolute))
  if (near !== undefined) {
    const meant = path.isAbsolute(shown)
      ? path.join(path.dirname(shown), near)
      : path.posix.join(path.posix.dirname(shown), near)
    return `${shown} does not exist; did you mean ${meant}?`
  }
  return `${shown} does not exist; check ${input} (it is relative to the workspace)`
}
