// SHA-256 of many files on every core: worker threads, each reading a file whole when it fits
// one 4 MiB read and streaming larger ones through the same buffer, so memory stays flat in file
// size. The worker's code is a function of this module turned into source, so it runs from the
// single bundled dist/ file with nothing else to ship. Results come back in the input order.
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

export type HashOutcome = { digest: string; size: number } | { error: string }

const CHUNK = 4 * 1024 * 1024

/**
 * Hashes one file with the given modules and buffer. Written to run both here and, through its
 * source text, in a worker: it may use only its parameters.
 */
function hashOne(
  file: string,
  io: typeof fs,
  hashing: { createHash: typeof createHash },
  buffer: Buffer
): HashOutcome {
  let fd: number | undefined
  try {
    fd = io.openSync(file, 'r')
    const before = io.fstatSync(fd)
    if (before.isDirectory()) return { error: 'EISDIR' }
    if (!before.isFile()) return { error: 'ENOTFILE' }
    const hash = hashing.createHash('sha256')
    let size = 0
    for (;;) {
      const read = io.readSync(fd, buffer, 0, buffer.length, null)
      if (read === 0) break
      hash.update(read === buffer.length ? buffer : buffer.subarray(0, read))
      size += read
      // Read whole in one call: the bytes are the file as it was at that instant; asking again
      // could only show a change made after hashing, which no check can rule out.
      if (size === before.size && read < buffer.length) {
        return { digest: `sha256:${hash.digest('hex')}`, size }
      }
    }
    const after = io.fstatSync(fd)
    if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs)
      return { error: 'CHANGED' }
    return { digest: `sha256:${hash.digest('hex')}`, size }
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? String(error) }
  } finally {
    if (fd !== undefined) io.closeSync(fd)
  }
}

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const fs = require('node:fs')
const crypto = require('node:crypto')
const buffer = Buffer.allocUnsafe(${CHUNK})
crypto.createHash('sha256').update(buffer.subarray(0, 1)).digest()
const hashOne = ${hashOne.toString()}
parentPort.on('message', ({ id, files }) => {
  parentPort.postMessage({ id, results: files.map((file) => hashOne(file, fs, crypto, buffer)) })
})
`

/** Below this many files, threads cost more than they save. */
const POOL_THRESHOLD = 64
export const BATCH = 128

export function poolSize(): number {
  return Math.max(1, Math.min(availableParallelism(), 16))
}

/**
 * Hashing threads, started early so their start-up overlaps the walk. Batches are handed over as
 * they are found (submit), round robin; a worker receives them even while this thread is busy
 * walking. collect() waits for every submitted batch and returns the outcomes in submission order.
 * One list at a time: submit, then collect, then the pool may be reused.
 */
export class HashPool {
  private readonly workers: Worker[]
  private results: HashOutcome[] = []
  private submitted = 0
  private pending = 0
  private turn = 0
  private failure: Error | undefined
  private settled: (() => void) | undefined
  private readonly buffer = Buffer.allocUnsafe(CHUNK)

  constructor(readonly size = poolSize()) {
    this.workers =
      size > 1 ? Array.from({ length: size }, () => new Worker(WORKER_SOURCE, { eval: true })) : []
    for (const worker of this.workers) {
      worker.on('message', ({ id, results }: { id: number; results: HashOutcome[] }) => {
        for (let i = 0; i < results.length; i++) this.results[id + i] = results[i]!
        this.done()
      })
      worker.on('error', (error: Error) => {
        this.failure ??= error
        this.done()
      })
    }
  }

  private done(): void {
    this.pending--
    if (this.pending <= 0) this.settled?.()
  }

  submit(files: readonly string[]): void {
    if (files.length === 0) return
    const id = this.submitted
    this.submitted += files.length
    if (this.workers.length === 0) {
      for (let i = 0; i < files.length; i++)
        this.results[id + i] = hashOne(files[i]!, fs, { createHash }, this.buffer)
      return
    }
    this.pending++
    this.workers[this.turn++ % this.workers.length]!.postMessage({ id, files })
  }

  async collect(): Promise<HashOutcome[]> {
    if (this.pending > 0) await new Promise<void>((resolve) => (this.settled = resolve))
    this.settled = undefined
    if (this.failure) throw this.failure
    const results = this.results
    this.results = []
    this.submitted = 0
    return results
  }

  async hash(files: readonly string[]): Promise<HashOutcome[]> {
    for (let start = 0; start < files.length; start += BATCH)
      this.submit(files.slice(start, start + BATCH))
    return this.collect()
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}

/** Hashes files with a pool of its own (started here, closed after). */
export async function hashFiles(
  files: readonly string[],
  workers = poolSize()
): Promise<HashOutcome[]> {
  const pool = new HashPool(files.length < POOL_THRESHOLD ? 1 : workers)
  try {
    return await pool.hash(files)
  } finally {
    await pool.close()
  }
}
