// The example workspace as actions/checkout leaves it without lfs: true: every file under
// data/processed, each file inside the Zarr store included, replaced by the pointer git-lfs
// committed for it (fixtures/lfs/README.md). Shared by the unit and end-to-end LFS tests.
import { createHash } from 'node:crypto'
import { cpSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { compareText } from '../../src/model/order.js'
import { PROJECT } from '../helpers/runner.js'
import { copyExample, EXAMPLE } from '../helpers/workspace.js'

export const PROCESSED = path.join('data', 'processed')
/** The pointers git-lfs committed for the example's data/processed, laid out as it is. */
export const POINTERS = path.join(PROJECT, 'fixtures', 'lfs', 'example')
export const STORE = 'data/processed/discharge_cube.zarr/'

/** The files under `root`'s data/processed, as paths relative to data/processed, by bytes. */
export function processedFiles(root: string = EXAMPLE): string[] {
  return readdirSync(path.join(root, PROCESSED), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(path.join(root, PROCESSED), path.join(entry.parentPath, entry.name))
    )
    .map((relative) => relative.split(path.sep).join('/'))
    .sort(compareText)
}

/** Every file the example's artifacts are made of: the four files and the store's six. */
export const FILES = processedFiles()

/** The SHA-256 of the example's file at `name` (relative to data/processed): its pointer's oid. */
export const oidOf = (name: string): string =>
  createHash('sha256')
    .update(readFileSync(path.join(EXAMPLE, PROCESSED, name)))
    .digest('hex')

/** The example with these files (all by default) checked out as their LFS pointers. */
export function pointerCheckout(names: readonly string[] = FILES): string {
  const workspace = copyExample()
  for (const name of names)
    cpSync(path.join(POINTERS, PROCESSED, name), path.join(workspace, PROCESSED, name))
  return workspace
}
