// Which datasets a pull request changes: dataset roots located by the `datasets` root globs, each
// with its own spec; a dataset changes when any path under its root does.
import { access } from 'node:fs/promises'
import path from 'node:path'
import * as glob from '@actions/glob'
import { patternLines } from '../model/lines.js'
import { normaliseRelative } from '../model/paths.js'

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

/** Dataset roots: directories the patterns match that hold a spec. */
export async function findDatasetRoots(
  workspace: string,
  patterns: string
): Promise<DatasetRoot[]> {
  const lines = patternLines(patterns).map((line) => {
    const negate = line.startsWith('!')
    const safe = normaliseRelative(negate ? line.slice(1) : line)
    if (!safe.ok) throw new Error(`The datasets pattern "${line}" ${safe.reason}.`)
    return `${negate ? '!' : ''}${workspace}/${safe.path}`
  })
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

/** The roots any changed path lies under, in root order. */
export function changedDatasets(
  roots: readonly DatasetRoot[],
  changed: readonly string[]
): DatasetRoot[] {
  return roots.filter((r) =>
    changed.some((file) => file === r.root || file.startsWith(`${r.root}/`))
  )
}
