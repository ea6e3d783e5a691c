// Atomic writes: each file at its path is the old one or the complete new one, never a mix; a
// set of files is written all or none; nothing is left behind when writing fails; and the error
// says in words what stopped it.
import { randomBytes } from 'node:crypto'
import { open, realpath, rename, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { isInside } from '../model/paths.js'

export interface FileToWrite {
  /** Absolute path. */
  path: string
  /** The path as the user wrote it, for messages. */
  shown: string
  /** The content, whole or as chunks of text or UTF-8 (a large list is never one string). */
  text: string | Iterable<string | Uint8Array>
}

/** A write that failed, with a message a user can act on. */
export class WriteError extends Error {}

function reasonOf(error: unknown, shown: string): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return `the directory ${path.dirname(shown)} does not exist; create it in an earlier step or choose another out`
    case 'ENOTDIR':
      return `a part of ${path.dirname(shown)} is a file, not a directory; choose another out`
    case 'EISDIR':
      return `${shown} is a directory; name a file`
    case 'EROFS':
      return 'the file system there is read-only; choose an out on a writable file system, such as one in the workspace'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the file system there is full; free some space or choose another out'
    case 'EACCES':
    case 'EPERM':
      return 'permission was denied; choose an out in a directory this job can write'
    default:
      return code ?? (error instanceof Error ? error.message : String(error))
  }
}

/**
 * Chunks in order, every byte counted: runs of bytes go in one writev each; text is encoded and
 * written as it comes, so a list given in slices is never held whole.
 */
async function writeChunks(
  handle: FileHandle,
  chunks: Iterable<string | Uint8Array>
): Promise<void> {
  let run: Uint8Array[] = []
  const flush = async (): Promise<void> => {
    if (run.length === 0) return
    const expected = run.reduce((sum, chunk) => sum + chunk.byteLength, 0)
    const { bytesWritten } = await handle.writev(run)
    if (bytesWritten !== expected) throw new Error(`wrote ${bytesWritten} of ${expected} bytes`)
    run = []
  }
  for (const chunk of chunks) {
    if (typeof chunk === 'string') {
      run.push(Buffer.from(chunk, 'utf8'))
      await flush()
    } else run.push(chunk)
  }
  await flush()
}

async function writeTemporary(file: FileToWrite): Promise<string> {
  const temporary = path.join(
    path.dirname(file.path),
    `.${path.basename(file.path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  )
  const handle = await open(temporary, 'wx', 0o644)
  try {
    if (typeof file.text === 'string') await handle.writeFile(file.text, 'utf8')
    else await writeChunks(handle, file.text)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(temporary, { force: true })
    throw error
  }
  await handle.close()
  return temporary
}

/**
 * Writes every file or none: each goes to a synced temporary beside its target first, and only
 * when all are complete are they renamed into place, in the order given. Messages name the last
 * file, the one the others accompany.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  const temporaries: string[] = []
  try {
    for (const file of files) temporaries.push(await writeTemporary(file))
    for (const [index, file] of files.entries()) await rename(temporaries[index]!, file.path)
  } catch (error) {
    await Promise.all(temporaries.map((t) => rm(t, { force: true })))
    const shown = files.at(-1)?.shown ?? ''
    throw new WriteError(
      `Could not write ${shown}: ${reasonOf(error, shown)}. Nothing was written, and files already there are unchanged.`
    )
  }
}

/**
 * Refuses an out inside the workspace whose directory leads out of it through a symbolic link:
 * the workspace is the pull request's to shape, and a link there must not aim the action's
 * write at a file elsewhere on the runner. An out the workflow sets outside the workspace is
 * its own business.
 */
export async function confineToWorkspace(workspace: string, file: FileToWrite): Promise<void> {
  if (!isInside(workspace, path.dirname(file.path))) return
  const [realWorkspace, realDirectory] = await Promise.all([
    realpath(workspace),
    realpath(path.dirname(file.path)).catch(() => undefined)
  ])
  // A directory that does not exist is reported by the write itself.
  if (realDirectory === undefined || isInside(realWorkspace, realDirectory)) return
  throw new WriteError(
    `Could not write ${file.shown}: its directory is a symbolic link out of the workspace (to ${realDirectory}); write out to a real directory in the workspace. Nothing was written.`
  )
}
