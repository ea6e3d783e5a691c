// SHA-256 of many files on every core: worker threads, each reading a file whole when it fits
// one 4 MiB read and streaming larger ones through the same buffer, so memory stays flat in file
// size. The worker's code is a function of this module turned into source, so it runs from the
// single bundled dist/ file with nothing else to ship. Results come back in the input order.
// Asked to, the thread that hashes a batch also writes its part of the artifact list.
import { createHash, hash } from 'node:crypto'
import * as fs from 'node:fs'
import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import { listBatch, listElements } from './list-json.js'
import { MEDIA_TYPE_TABLES, mediaTypeByName, mediaTypeOf } from './media-types.js'
import { compareText } from '../model/order.js'

export type HashOutcome = { digest: string; size: number } | { error: string }

const CHUNK = 4 * 1024 * 1024

/**
 * Hashes files into digests (`sha256:` and lower-case hex) and sizes at their index, and returns
 * the error codes of the files that could not be hashed (their digests stay unset). Written to
 * run both here and, through its source text, in a worker: it may use only its parameters.
 */
export function hashRange(
  files: readonly string[],
  io: typeof fs,
  hashing: { createHash: typeof createHash; hash: typeof hash },
  buffer: Buffer,
  digests: string[],
  sizes: Float64Array
): Array<[number, string]> {
  const errors: Array<[number, string]> = []
  for (let index = 0; index < files.length; index++) {
    let fd: number | undefined
    try {
      // Non-blocking: opening a named pipe must not wait for a writer; fstat then refuses it.
      fd = io.openSync(files[index]!, io.constants.O_RDONLY | io.constants.O_NONBLOCK)
      const before = io.fstatSync(fd)
      if (!before.isFile()) {
        errors.push([index, before.isDirectory() ? 'EISDIR' : 'ENOTFILE'])
        continue
      }
      const first = io.readSync(fd, buffer, 0, buffer.length, null)
      // Read whole in one call: the bytes are the file as it was at that instant; asking again
      // could only show a change made after hashing, which no check can rule out. One-shot
      // hashing spares a Hash object per file, which for small files is most of the work.
      if (first === before.size && first < buffer.length) {
        digests[index] = `sha256:${hashing.hash('sha256', buffer.subarray(0, first), 'hex')}`
        sizes[index] = first
        continue
      }
      const running = hashing.createHash('sha256')
      let size = 0
      for (let read = first; read > 0; read = io.readSync(fd, buffer, 0, buffer.length, null)) {
        running.update(read === buffer.length ? buffer : buffer.subarray(0, read))
        size += read
      }
      const after = io.fstatSync(fd)
      if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
        errors.push([index, 'CHANGED'])
        continue
      }
      digests[index] = `sha256:${running.digest('hex')}`
      sizes[index] = size
    } catch (error) {
      errors.push([index, (error as NodeJS.ErrnoException).code ?? String(error)])
    } finally {
      if (fd !== undefined) io.closeSync(fd)
    }
  }
  return errors
}

const WORKER_SOURCE = `
const { parentPort, workerData: mediaTypeTables } = require('node:worker_threads')
const fs = require('node:fs')
const crypto = require('node:crypto')
const buffer = Buffer.allocUnsafe(${CHUNK})
crypto.hash('sha256', buffer.subarray(0, 1), 'hex')
const hashRange = ${hashRange.toString()}
const listBatch = ${listBatch.toString()}
const listElements = ${listElements.toString()}
const compareText = ${compareText.toString()}
const mediaTypeByName = ${mediaTypeByName.toString()}
const known = new Map()
const byName = (path) => mediaTypeByName(path, mediaTypeTables, known)
parentPort.on('message', ({ id, batch, files, listing, claims }) => {
  // The main thread may have taken this batch already (it hashes from the last one down).
  if (Atomics.compareExchange(new Uint8Array(claims), batch, 0, 1) !== 0) return
  const digests = new Array(files.length)
  const sizes = new Float64Array(files.length)
  const errors = hashRange(files, fs, crypto, buffer, digests, sizes)
  const part = listing && listBatch(files, listing.prefix, listing.mediaTypes ?? byName, digests, sizes, compareText, listElements)
  const transfer = part ? [sizes.buffer, part.buffer] : [sizes.buffer]
  parentPort.postMessage({ id, digests, sizes, errors, part }, transfer)
})
`

/** Below this many files, threads cost more than they save. */
const POOL_THRESHOLD = 64
export const BATCH = 128
/** One claim flag per batch: up to 16 M batches, 2 G files, in address space reserved, not used. */
const MAX_BATCHES = 1 << 24

export function poolSize(): number {
  return Number(process.env.KFM_HASH_THREADS) || Math.max(1, Math.min(availableParallelism(), 16))
}

/**
 * Hashing on every core: cores - 1 worker threads, started early so their start-up overlaps the
 * walk, and this thread, which hashes too once it has nothing else to do (collect). Each batch is
 * posted to a worker as soon as it is found (submit), round robin, so a worker never waits on
 * this thread for work; collect() then hashes batches here from the last one down. Whoever
 * claims a batch first in a shared flag array (Atomics) hashes it, so each is hashed once and
 * both ends meet wherever the work does. collect() returns the outcomes in submission order.
 * One list at a time: submit, then collect.
 */
export class HashPool {
  private readonly workers: Worker[]
  private submissions: Submission[] = []
  private claims = HashPool.newClaims()
  private batches: Batch[] = []
  private submitted = 0
  private failure: Error | undefined
  private settled: (() => void) | undefined
  private closing = false
  private readonly buffer = Buffer.allocUnsafe(CHUNK)

  private static newClaims(): SharedArrayBuffer {
    return new SharedArrayBuffer(1024, { maxByteLength: MAX_BATCHES })
  }

  constructor(readonly size = poolSize()) {
    // Loaded only when threads are wanted: a run with a few files never starts one.
    const threads = size > 1 ? process.getBuiltinModule('node:worker_threads') : undefined
    // With a hashing thread on every core, V8's background compiler threads can only take time
    // from them: optimised code is then compiled on the thread that runs it, in this process from
    // here on. Measured with npm run bench: about 10 ms of 220 over 20,000 small files, 2 cores.
    if (threads && size >= availableParallelism())
      process.getBuiltinModule('node:v8').setFlagsFromString('--no-concurrent-recompilation')
    this.workers = Array.from(
      { length: Math.max(0, size - 1) },
      () => new threads!.Worker(WORKER_SOURCE, { eval: true, workerData: MEDIA_TYPE_TABLES })
    )
    for (const worker of this.workers) {
      worker.on('message', (batch: Batch) => {
        this.batches.push(batch)
        // More results than batches would be a bug; HashOutcomes then says so, rather than wait.
        if (this.batches.length >= this.submissions.length) this.settled?.()
      })
      worker.on('error', (error: Error) => this.fail(error))
      // A thread that stops takes the batches it claimed with it: never wait for them.
      worker.on('exit', (code: number) => {
        if (!this.closing) this.fail(new Error(`a hashing thread stopped (exit code ${code})`))
      })
    }
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.settled?.()
  }

  private hashHere({ id, files, listing }: Submission): void {
    const digests = new Array<string>(files.length)
    const sizes = new Float64Array(files.length)
    const errors = hashRange(files, fs, { createHash, hash }, this.buffer, digests, sizes)
    const part =
      listing &&
      listBatch(
        files,
        listing.prefix,
        listing.mediaTypes ?? byName,
        digests,
        sizes,
        compareText,
        listElements
      )
    this.batches.push({ id, digests, sizes, errors, part })
  }

  /** Files to hash, as one batch; with `listing`, its part of the artifact list is written too. */
  submit(files: readonly string[], listing?: Listing): void {
    if (files.length === 0) return
    const batch = this.submissions.length
    if (batch >= MAX_BATCHES) throw new Error(`more than ${MAX_BATCHES * BATCH} files to hash`)
    if (batch >= this.claims.byteLength)
      this.claims.grow(Math.min(MAX_BATCHES, this.claims.byteLength * 2))
    const request = { id: this.submitted, files, listing }
    this.submissions.push(request)
    this.submitted += files.length
    this.workers[batch % this.workers.length]?.postMessage({
      ...request,
      batch,
      claims: this.claims
    })
  }

  /** Hashes what is left alongside the workers, then returns every outcome in submission order. */
  async collect(): Promise<HashOutcomes> {
    const claims = new Uint8Array(this.claims)
    for (let batch = this.submissions.length - 1; batch >= 0 && !this.failure; batch--) {
      if (Atomics.compareExchange(claims, batch, 0, 1) === 0)
        this.hashHere(this.submissions[batch]!)
    }
    if (this.batches.length < this.submissions.length && !this.failure)
      await new Promise<void>((resolve) => (this.settled = resolve))
    this.settled = undefined
    if (this.failure) throw this.failure
    const outcomes = new HashOutcomes(this.batches, this.submitted, this.submissions)
    this.batches = []
    this.submissions = []
    this.submitted = 0
    this.claims = HashPool.newClaims()
    return outcomes
  }

  async hash(files: readonly string[]): Promise<HashOutcomes> {
    for (let start = 0; start < files.length; start += BATCH)
      this.submit(files.slice(start, start + BATCH))
    return this.collect()
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}

/** What a batch's part of the artifact list needs beyond its digests (see listBatch). */
export interface Listing {
  /** The dataset root and a `/`: cut off the files' paths, it leaves the list's paths. */
  prefix: string
  /**
   * The media type of each file, when overrides decide some; without, the hashing thread finds
   * them by name (mediaTypeByName on the tables it was started with), sparing the walk the work.
   */
  mediaTypes?: readonly string[] | undefined
}

/** A path's media type when no override applies. */
const byName = (path: string): string => mediaTypeOf(path)

interface Submission {
  id: number
  files: readonly string[]
  listing?: Listing | undefined
}

interface Batch {
  id: number
  digests: string[]
  sizes: Float64Array
  errors: Array<[number, string]>
  part?: Uint8Array | undefined
}

/**
 * The outcomes of one submission, by index: the digest as `sha256:<hex>` (undefined where the file
 * could not be hashed: errorOf says why) and the size, in one pass over the batches. `listParts`
 * holds the artifact list's parts when every batch was listed and all the files are in the list's
 * order, within each batch and across them; otherwise it is undefined.
 */
export class HashOutcomes {
  readonly digests: Array<string | undefined>
  readonly sizes: Float64Array
  readonly listParts: Uint8Array[] | undefined
  private readonly errors = new Map<number, string>()

  constructor(batches: Batch[], count: number, submissions: readonly Submission[] = []) {
    this.digests = new Array<string | undefined>(count)
    this.sizes = new Float64Array(count)
    const parts: Uint8Array[] = []
    let next = 0
    let previous: string | undefined
    for (const [position, batch] of batches.sort((a, b) => a.id - b.id).entries()) {
      // Each file exactly once: a batch missing or hashed twice would be a bug, never an answer.
      if (batch.id !== next) throw new Error(`bug: hashing results do not cover file ${next}`)
      next += batch.sizes.length
      // A part follows the one before only if the batch's first path follows its last.
      const files = submissions[position]?.files
      if (parts.length === position && batch.part && files) {
        if (previous === undefined || compareText(previous, files[0]!) < 0) parts.push(batch.part)
        previous = files.at(-1)
      }
      for (const [index, code] of batch.errors) this.errors.set(batch.id + index, code)
      this.sizes.set(batch.sizes, batch.id)
      for (let at = 0; at < batch.sizes.length; at++)
        this.digests[batch.id + at] = batch.digests[at]
    }
    if (next !== count) throw new Error(`bug: hashing results do not cover file ${next}`)
    this.listParts = parts.length === batches.length && count > 0 ? parts : undefined
  }

  /** Why file `index` has no digest. */
  errorOf(index: number): string {
    return this.errors.get(index) ?? 'NOT_HASHED'
  }

  get(index: number): HashOutcome {
    const digest = this.digests[index]
    return digest === undefined
      ? { error: this.errorOf(index) }
      : { digest, size: this.sizes[index]! }
  }
}

/** Hashes files with a pool of its own (started here, closed after). */
export async function hashAll(
  files: readonly string[],
  workers = poolSize()
): Promise<HashOutcomes> {
  const pool = new HashPool(files.length < POOL_THRESHOLD ? 1 : workers)
  try {
    return await pool.hash(files)
  } finally {
    await pool.close()
  }
}

/** hashAll's outcomes as a list. */
export async function hashFiles(
  files: readonly string[],
  workers = poolSize()
): Promise<HashOutcome[]> {
  const outcomes = await hashAll(files, workers)
  return Array.from({ length: files.length }, (_v, index) => outcomes.get(index))
}
