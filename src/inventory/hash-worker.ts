// The hashing thread: the SHA-256 and size of each file of a batch and, when asked, the batch's
// part of the artifact list. HashPool (hash-pool.ts) starts it by path, as `hash-worker.js`
// beside its own module: `npm run bundle` bundles this module into dist/hash-worker.js and
// dist/cli/hash-worker.js, beside the action's and the CLI's bundles. Under jest the pool runs
// from the TypeScript sources, and no thread can start from this .ts file there: Node before
// 22.18 runs no TypeScript, later ones would not find its `./*.js` imports (the files are .ts),
// and ts-jest compiles only inside jest's own module system. So the pool then starts the
// bundle, dist/hash-worker.js. hash-worker.test.ts checks that it is the bundle of these sources
// (it bundles them afresh and compares), and tests the functions here from the sources. The
// pool's own thread hashes its share of the batches with the same hashBatch.
import { createHash, hash } from 'node:crypto'
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { compareText } from '../model/order.js'
import { lfsPointerOf, LFS_POINTER_LIMIT, type LfsPointer } from '../model/lfs-pointer.js'
import { listPart, type ListRecord } from './list-json.js'
import { mediaTypeOf } from './media-types.js'

/** The read buffer: a file smaller than this is read whole and hashed in one call. */
export const CHUNK = 4 * 1024 * 1024

/**
 * A larger file streams through the buffer this many bytes a read: a read that fits the CPU's
 * cache is hashed from it, where one of 4 MiB is copied out to memory by the kernel and read
 * back by the hash (measured with `BENCH_ONLY=big npm run bench`).
 */
const STREAM_READ = 256 * 1024

/** The `workerData` of a hashing thread: only there does this module answer messages. */
export const HASH_WORKER = 'kfm-hash-worker'

/** What a batch's part of the artifact list needs beyond its digests (see batchPart). */
export interface Listing {
  /** The dataset root and a `/`: cut off the files' paths, it leaves the list's paths. */
  prefix: string
  /** The media type of each file, when overrides decide some; without, found by name here. */
  mediaTypes?: readonly string[] | undefined
}

/** Files to hash together, `id` being the index of the first among all the files submitted. */
export interface BatchRequest {
  id: number
  files: readonly string[]
  listing?: Listing | undefined
}

/**
 * A batch as a thread receives it, with `claims`, shared by every thread: a flag for each file
 * submitted, at its index among them, set by the thread that takes it.
 */
export interface ThreadRequest extends BatchRequest {
  claims: SharedArrayBuffer
}

/**
 * Files hashed one after another, the whole of a batch or a run of it: digests and sizes by
 * index from `id`, the error code of each file not hashed.
 */
export interface HashedBatch {
  /** The index of the first file hashed among all the files submitted. */
  id: number
  /** `sha256:` and lower-case hex; unset where the file could not be hashed. */
  digests: Array<string | undefined>
  sizes: Float64Array<ArrayBuffer>
  errors: Array<[index: number, code: string]>
  /** The batch's part of the artifact list, as UTF-8, when listed and it can be one. */
  part?: Uint8Array<ArrayBuffer> | undefined
  /** The files hashed that are Git LFS pointers, by index from `id`, with what each names. */
  pointers?: Array<[index: number, pointer: LfsPointer]>
}

/**
 * Hashes one file into `digests[at]` (`sha256:` and lower-case hex) and `sizes[at]`, or returns
 * why it could not be (an error code, or CHANGED when it changed while it was read). A large file
 * streams through `buffer`, so memory stays flat in file size.
 */
function hashFile(
  file: string,
  buffer: Buffer,
  digests: Array<string | undefined>,
  sizes: Float64Array,
  at: number,
  /** Told of a file that is a Git LFS pointer: only a file read whole can be one. */
  onPointer?: (at: number, pointer: LfsPointer) => void
): string | undefined {
  let fd: number | undefined
  try {
    // Non-blocking: opening a named pipe must not wait for a writer; fstat then refuses it.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
    const before = fstatSync(fd)
    if (!before.isFile()) return before.isDirectory() ? 'EISDIR' : 'ENOTFILE'
    const whole = before.size < buffer.length
    const step = Math.min(STREAM_READ, buffer.length)
    const first = readSync(fd, buffer, 0, whole ? buffer.length : step, null)
    // Read whole in one call: the bytes are the file as it was at that instant; asking again
    // could only show a change made after hashing, which no check can rule out. One-shot
    // hashing spares a Hash object per file, which for small files is most of the work.
    if (whole && first === before.size) {
      digests[at] = `sha256:${hash('sha256', buffer.subarray(0, first), 'hex')}`
      sizes[at] = first
      // The bytes just hashed: a pointer is known from the same read as its digest.
      const pointer =
        first < LFS_POINTER_LIMIT ? lfsPointerOf(buffer.subarray(0, first)) : undefined
      if (pointer) onPointer?.(at, pointer)
      return undefined
    }
    const running = createHash('sha256')
    let size = 0
    for (let read = first; read > 0; read = readSync(fd, buffer, 0, step, null)) {
      running.update(buffer.subarray(0, read))
      size += read
    }
    const after = fstatSync(fd)
    if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs)
      return 'CHANGED'
    digests[at] = `sha256:${running.digest('hex')}`
    sizes[at] = size
    return undefined
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * A batch's part of the artifact list, or undefined when it cannot be one: a file has no digest,
 * a path is not under the listing's prefix, or the paths are not in the list's order (UTF-8
 * bytes). The caller then builds the list from sorted entries instead.
 */
export function batchPart(
  files: readonly string[],
  listing: Listing,
  digests: ReadonlyArray<string | undefined>,
  sizes: Float64Array
): Uint8Array<ArrayBuffer> | undefined {
  const { prefix, mediaTypes } = listing
  const records: ListRecord[] = new Array(files.length)
  for (let index = 0; index < files.length; index++) {
    const file = files[index]!
    const digest = digests[index]
    if (digest === undefined || !file.startsWith(prefix)) return undefined
    if (index > 0 && compareText(files[index - 1]!, file) >= 0) return undefined
    const path = file.slice(prefix.length)
    records[index] = {
      path,
      digest,
      media_type: mediaTypes ? mediaTypes[index]! : mediaTypeOf(path),
      size: sizes[index]!
    }
  }
  return listPart(records)
}

/** Takes file `index` (among all the files submitted) for this thread: false if another has. */
type Claim = (index: number) => boolean

/** Takes every file: one thread alone. */
const ALONE: Claim = () => true

/** A claim in the pool's flags: the first thread to set a file's flag hashes the file. */
export function claimIn(claims: SharedArrayBuffer): Claim {
  // Made once a batch: the view follows the flags as the pool grows them.
  const flags = new Uint8Array(claims)
  return (index) => Atomics.compareExchange(flags, index, 0, 1) === 0
}

/**
 * Hashes a batch, and lists it when asked: what a thread, or the pool's own thread, does. Each
 * file is claimed before it is hashed, from the first (`from: 'first'`, the threads) or the last
 * (the pool's own thread), and the batch is left at the first file another thread has: that one
 * hashes the rest from the other end, so a batch of a few large files is hashed on two cores.
 * Returns the run of files hashed here (undefined when none was); only the whole batch has a
 * part of the list.
 */
export function hashBatch(
  { id, files, listing }: BatchRequest,
  buffer: Buffer,
  claim: Claim = ALONE,
  from: 'first' | 'last' = 'first'
): HashedBatch | undefined {
  const digests = new Array<string | undefined>(files.length)
  const sizes = new Float64Array(files.length)
  const codes: Array<string | undefined> = new Array(files.length)
  const found: Array<[number, LfsPointer]> = []
  const onPointer = (at: number, pointer: LfsPointer): void => void found.push([at, pointer])
  const hashOne = (at: number): string | undefined =>
    hashFile(files[at]!, buffer, digests, sizes, at, onPointer)
  let [start, end] = [0, 0]
  if (from === 'first') {
    for (; end < files.length && claim(id + end); end++) codes[end] = hashOne(end)
  } else {
    ;[start, end] = [files.length, files.length]
    for (; start > 0 && claim(id + start - 1); start--) codes[start - 1] = hashOne(start - 1)
  }
  if (start === end) return undefined
  const errors: Array<[number, string]> = []
  for (let index = start; index < end; index++)
    if (codes[index] !== undefined) errors.push([index - start, codes[index]!])
  const pointers = found.map(([at, pointer]): [number, LfsPointer] => [at - start, pointer])
  const lfs = pointers.length > 0 ? { pointers } : {}
  if (start === 0 && end === files.length) {
    // A batch with a pointer is listed from its entries, where the run's lfs mode decides.
    const part = listing && pointers.length === 0 && batchPart(files, listing, digests, sizes)
    return { id, digests, sizes, errors, part: part || undefined, ...lfs }
  }
  return {
    id: id + start,
    digests: digests.slice(start, end),
    sizes: sizes.slice(start, end),
    errors,
    ...lfs
  }
}

/**
 * The thread's side of the pool: each batch posted is hashed here from its first file until a
 * file another thread has taken (the pool's own thread hashes from the last file down), and what
 * was hashed is sent back with its sizes and list part transferred, not copied.
 */
function serve(port: NonNullable<typeof parentPort>): void {
  const buffer = Buffer.allocUnsafe(CHUNK)
  // The first hash in a thread sets the hashing up: done now, it overlaps the walk, not a batch.
  hash('sha256', buffer.subarray(0, 1), 'hex')
  port.on('message', (request: ThreadRequest) => {
    const hashed = hashBatch(request, buffer, claimIn(request.claims))
    if (!hashed) return
    const transfer = hashed.part ? [hashed.sizes.buffer, hashed.part.buffer] : [hashed.sizes.buffer]
    port.postMessage(hashed, transfer)
  })
}

// Imported anywhere else (the pool imports hashBatch), this module only defines its functions.
if (parentPort && workerData === HASH_WORKER) serve(parentPort)
