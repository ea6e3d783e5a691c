// The bytes of an input document, read safely: a regular file only (a named pipe cannot stall the
// run), at most MAX_DOCUMENT_BYTES however it grows while read, never a Git LFS pointer, and with
// `confine`, really inside the workspace rather than linked in from elsewhere.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import { sha256Digest } from '../model/digest.js'
import { describePointer, FETCH_CONTENT, lfsPointerOf } from '../model/lfs-pointer.js'
import { isInside } from '../model/paths.js'
import { DocumentError } from './document-error.js'
import { missingDocumentSentence, type RootPlace } from './path-hint.js'

/** Input documents (reports, decisions, catalogs) are small; a larger one is refused, not parsed. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

/**
 * The rest of an open file, however long it is by the time it is read: a file that grows past
 * the limit while it is read is refused like one that was already too large.
 */
function readWhole(fd: number, size: number, path: string): Buffer {
  const chunks: Buffer[] = []
  let total = 0
  let buffer = Buffer.allocUnsafe(Math.max(size, 1) + 1)
  for (;;) {
    const read = readSync(fd, buffer, 0, buffer.length, null)
    if (read === 0) break
    chunks.push(buffer.subarray(0, read))
    total += read
    if (total > MAX_DOCUMENT_BYTES)
      throw new DocumentError(
        path,
        `${path} grew past the ${MAX_DOCUMENT_BYTES}-byte limit for input documents while it was read; make sure nothing writes it during the run`
      )
    if (read === buffer.length) buffer = Buffer.allocUnsafe(64 * 1024)
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)
}

/**
 * The bytes of a regular file of at most MAX_DOCUMENT_BYTES, read through one descriptor.
 * Synchronous: a small document costs four system calls here, against four round trips through
 * libuv's thread pool (20,000 STAC items: 1.35 s → see the bench). Non-blocking open, so a named
 * pipe is refused by fstat instead of waiting for a writer.
 */
function readRegularFile(absolutePath: string, path: string): Buffer {
  const fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) throw new DocumentError(path, `${path} is not a regular file; name a file`)
    if (info.size > MAX_DOCUMENT_BYTES) {
      throw new DocumentError(
        path,
        `${path} is ${info.size} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit for input documents; reference large content by digest instead`
      )
    }
    return readWhole(fd, info.size, path)
  } finally {
    closeSync(fd)
  }
}

/**
 * The first `limit` bytes of a regular file, or undefined when it cannot be read: what a document
 * refused unread (too large) still says, for a report to link what it explains. Never evidence
 * for a verdict.
 */
export function headBytes(absolutePath: string, limit: number): Buffer | undefined {
  let fd: number | undefined
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK)
    if (!fstatSync(fd).isFile()) return undefined
    const buffer = Buffer.allocUnsafe(limit)
    return buffer.subarray(0, readSync(fd, buffer, 0, limit, 0))
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * The bytes, unless they are a Git LFS pointer: a document the gate reads is never taken from a
 * pointer, whatever the lfs mode (docs/decisions.md, "Git LFS").
 */
function notAPointer(bytes: Buffer, path: string): Buffer {
  const pointer = lfsPointerOf(bytes)
  if (!pointer) return bytes
  const message = `${path} is a Git LFS pointer (${describePointer(pointer)}), not the document it stands for; the gate reads it, so it is never taken from a pointer: ${FETCH_CONTENT}`
  throw new DocumentError(path, message, undefined, false, pointer)
}

/**
 * The bytes of an input document, read through one descriptor: only a regular file (opened
 * without blocking, so a named pipe cannot stall the run), at most MAX_DOCUMENT_BYTES, and, with
 * `confine`, one that really is inside that directory rather than linked in from elsewhere.
 */
export async function readDocumentBytes(
  absolutePath: string,
  path: string,
  {
    input,
    confine,
    root
  }: {
    /** The input, for the sentence when nothing is there ("the spec input"). */
    input?: string
    confine?: string
    /** The dataset root: a path that names nothing may have been written relative to it. */
    root?: RootPlace
  } = {}
): Promise<Buffer> {
  try {
    if (confine !== undefined) {
      const [real, realRoot] = await Promise.all([realpath(absolutePath), realpath(confine)])
      if (!isInside(realRoot, real))
        throw new DocumentError(
          path,
          `${path} is a symbolic link out of the workspace (to ${real}); input documents must be files in the workspace, so copy it in`
        )
    }
    return notAPointer(readRegularFile(absolutePath, path), path)
  } catch (error) {
    if (error instanceof DocumentError) throw error
    const code = (error as NodeJS.ErrnoException).code
    // Absent means nothing there at all: a link to nothing is a file that cannot be read.
    const absent =
      code === 'ENOENT' && lstatSync(absolutePath, { throwIfNoEntry: false }) === undefined
    throw new DocumentError(
      path,
      code !== 'ENOENT'
        ? `${path} cannot be read (${code ?? String(error)})`
        : absent
          ? missingDocumentSentence(absolutePath, path, root, input)
          : `${path} does not exist; check ${input ?? 'the path'} (it is relative to the workspace)`,
      undefined,
      absent
    )
  }
}

/**
 * A file's bytes read again, when they are still the bytes with `digest`; undefined when the file
 * changed, went, or cannot be read. For documents kept by the thousand (STAC items, a receipt of
 * every output), whose bytes and text a run of 100,000 artifacts could not keep in memory, and
 * which are wanted again only for a violation.
 */
export function bytesAgain(absolutePath: string, digest: string): Buffer | undefined {
  let bytes: Buffer
  try {
    bytes = readRegularFile(absolutePath, absolutePath)
  } catch {
    // Gone or unreadable since: what was to be found in it is lost, never made up.
    return undefined
  }
  return sha256Digest(bytes) === digest ? bytes : undefined
}
