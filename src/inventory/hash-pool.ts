// SHA-256 of many files on every core: worker threads running hash-worker.ts, each reading a file
// whole when it fits one 4 MiB read and streaming larger ones through the same buffer, so memory
// stays flat in file size. Results come back in the input order. Asked to, the thread that hashes
// a whole batch also writes its part of the artifact list (this one writes the part of a batch
// two threads shared).
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import {
  CHUNK,
  HASH_WORKER,
  batchPart,
  claimIn,
  hashBatch,
  type BatchRequest,
  type HashedBatch,
  type Listing,
  type ThreadRequest
} from './hash-worker.js'
import { compareText } from '../model/order.js'
import type { LfsPointer } from '../model/lfs-pointer.js'

export type { Listing }

/** A file's digest and size, and the Git LFS pointer its bytes are, if they are one. */
export type HashOutcome = { digest: string; size: number; pointer?: LfsPointer } | { error: string }

/**
 * The threads' module, `hash-worker.js` beside this one's: `npm run bundle` puts it beside
 * dist/index.js and dist/cli/index.js, where this module is bundled. Run from the TypeScript
 * sources (jest), this module is hash-pool.ts, with no JavaScript beside it: the threads then run
 * the bundle, dist/hash-worker.js (hash-worker.ts says why, and which test keeps it fresh). The
 * URLs are resolved when the code runs; `webpackIgnore` stops the bundler from resolving them.
 */
export const WORKER_FILE = import.meta.url.endsWith('.ts')
  ? new URL(/* webpackIgnore: true */ '../../dist/hash-worker.js', import.meta.url)
  : new URL(/* webpackIgnore: true */ './hash-worker.js', import.meta.url)

/** Below this many files, threads cost more than they save. */
const POOL_THRESHOLD = 64
export const BATCH = 128

/**
 * How many files batch `index` of a list holds: 1, 2, 4 … then BATCH. A list of a few large files
 * is so cut into several batches, posted to several threads, and hashed on every core; a long
 * list costs seven messages more.
 */
const batchSize = (index: number): number => Math.min(BATCH, 2 ** index)

/** A list cut into batches of batchSize, in order. */
export function batchesOf<T>(list: readonly T[]): T[][] {
  const batches: T[][] = []
  for (let start = 0; start < list.length;) {
    const end = start + batchSize(batches.length)
    batches.push(list.slice(start, end))
    start = end
  }
  return batches
}

/** One claim flag per file: up to 128 M files, in address space reserved, not used. */
const MAX_FILES = 1 << 27

function poolSize(): number {
  return Number(process.env.KFM_HASH_THREADS) || Math.max(1, Math.min(availableParallelism(), 16))
}

/**
 * Hashing on every core: cores - 1 worker threads and this thread, which hashes too once it has
 * nothing else to do (collect). The threads start with the second file, so their start-up
 * overlaps the rest of the walk; a list of one file is hashed here, where a thread would only
 * add its start-up. From then on each batch is posted to a thread as soon as it is found
 * (submit), round robin, so a thread never waits on this one for work; collect() then hashes
 * here from the last file down. Whoever claims a file first in a shared flag array (Atomics)
 * hashes it, so each is hashed once and both ends meet wherever the work does, even inside a
 * batch: a batch of a few large files is hashed on two cores, not one. collect() returns the
 * outcomes in submission order. One list at a time: submit, then collect.
 */
export class HashPool {
  private workers: Worker[] = []
  private submissions: BatchRequest[] = []
  private claims = HashPool.newClaims()
  private batches: HashedBatch[] = []
  private submitted = 0
  /** How many of the files submitted are back, hashed or not. */
  private answered = 0
  private failure: Error | undefined
  private settled: (() => void) | undefined
  private closing = false
  private readonly buffer = Buffer.allocUnsafe(CHUNK)

  private static newClaims(): SharedArrayBuffer {
    return new SharedArrayBuffer(1024, { maxByteLength: MAX_FILES })
  }

  constructor(readonly size = poolSize()) {
    // With a hashing thread on every core, V8's background compiler threads can only take time
    // from them: optimised code is then compiled on the thread that runs it, in this process from
    // here on. Measured with npm run bench: about 10 ms of 220 over 20,000 small files, 2 cores.
    if (size > 1 && size >= availableParallelism())
      process.getBuiltinModule('node:v8').setFlagsFromString('--no-concurrent-recompilation')
  }

  /** Starts the threads, and gives them the batches submitted so far. */
  private start(): void {
    this.workers = Array.from(
      { length: Math.max(0, this.size - 1) },
      () => new Worker(WORKER_FILE, { workerData: HASH_WORKER })
    )
    for (const worker of this.workers) {
      worker.on('message', (batch: HashedBatch) => this.answer(batch))
      worker.on('error', (error: Error) => this.fail(error))
      // A thread that stops takes the batches it claimed with it: never wait for them.
      worker.on('exit', (code: number) => {
        if (!this.closing) this.fail(new Error(`a hashing thread stopped (exit code ${code})`))
      })
    }
    this.submissions.forEach((_, batch) => this.post(batch))
  }

  /** Gives a submitted batch to a thread, round robin, when there are threads. */
  private post(batch: number): void {
    const message: ThreadRequest = { ...this.submissions[batch]!, claims: this.claims }
    this.workers[batch % this.workers.length]?.postMessage(message)
  }

  private answer(batch: HashedBatch): void {
    this.batches.push(batch)
    this.answered += batch.sizes.length
    // More answers than files would be a bug; HashOutcomes then says so, rather than wait.
    if (this.answered >= this.submitted) this.settled?.()
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.settled?.()
  }

  /** Files to hash, as one batch; with `listing`, its part of the artifact list is written too. */
  submit(files: readonly string[], listing?: Listing): void {
    if (files.length === 0) return
    const needed = this.submitted + files.length
    if (needed > MAX_FILES) throw new Error(`more than ${MAX_FILES} files to hash`)
    if (needed > this.claims.byteLength)
      this.claims.grow(Math.min(MAX_FILES, Math.max(needed, this.claims.byteLength * 2)))
    const batch = this.submissions.length
    this.submissions.push({ id: this.submitted, files, listing })
    this.submitted = needed
    if (this.workers.length > 0) this.post(batch)
    else if (needed > 1 && this.size > 1) this.start()
  }

  /** Hashes what is left alongside the workers, then returns every outcome in submission order. */
  async collect(): Promise<HashOutcomes> {
    const claim = claimIn(this.claims)
    for (let batch = this.submissions.length - 1; batch >= 0 && !this.failure; batch--) {
      const hashed = hashBatch(this.submissions[batch]!, this.buffer, claim, 'last')
      if (hashed) this.answer(hashed)
    }
    if (this.answered < this.submitted && !this.failure)
      await new Promise<void>((resolve) => (this.settled = resolve))
    this.settled = undefined
    if (this.failure) throw this.failure
    const outcomes = new HashOutcomes(this.batches, this.submitted, this.submissions)
    this.batches = []
    this.submissions = []
    this.submitted = 0
    this.answered = 0
    this.claims = HashPool.newClaims()
    return outcomes
  }

  /** How many files the next batch submitted should hold (batchSize). */
  get nextBatchSize(): number {
    return batchSize(this.submissions.length)
  }

  async hash(files: readonly string[]): Promise<HashOutcomes> {
    for (const batch of batchesOf(files)) this.submit(batch)
    return this.collect()
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}

/**
 * The outcomes of one submission, by index: the digest as `sha256:<hex>` (undefined where the file
 * could not be hashed: errorOf says why) and the size, in one pass over the runs hashed. `listParts`
 * holds the artifact list's parts when every batch was listed and all the files are in the list's
 * order, within each batch and across them; otherwise it is undefined.
 */
export class HashOutcomes {
  readonly digests: Array<string | undefined>
  readonly sizes: Float64Array
  readonly listParts: Uint8Array[] | undefined
  /** The files that are Git LFS pointers, by index, with what each names. */
  readonly pointers = new Map<number, LfsPointer>()
  private readonly errors = new Map<number, string>()

  constructor(runs: HashedBatch[], count: number, submissions: readonly BatchRequest[] = []) {
    this.digests = new Array<string | undefined>(count)
    this.sizes = new Float64Array(count)
    let next = 0
    for (const run of runs.sort((a, b) => a.id - b.id)) {
      // Each file exactly once: a file missing or hashed twice would be a bug, never an answer.
      if (run.id !== next) throw new Error(`bug: hashing results do not cover file ${next}`)
      next += run.sizes.length
      for (const [index, code] of run.errors) this.errors.set(run.id + index, code)
      for (const [index, pointer] of run.pointers ?? []) this.pointers.set(run.id + index, pointer)
      this.sizes.set(run.sizes, run.id)
      for (let at = 0; at < run.sizes.length; at++) this.digests[run.id + at] = run.digests[at]
    }
    if (next !== count) throw new Error(`bug: hashing results do not cover file ${next}`)
    // With a pointer among the files, the list is made from entries, where the lfs mode decides.
    this.listParts =
      count > 0 && this.pointers.size === 0 ? this.partsOf(runs, submissions) : undefined
  }

  /**
   * The artifact list's parts, a batch's each, when every batch was listed and the files are in
   * the list's order within each batch and across them. A batch hashed whole came with its part;
   * one hashed from both ends has it written here.
   */
  private partsOf(
    runs: readonly HashedBatch[],
    submissions: readonly BatchRequest[]
  ): Uint8Array[] | undefined {
    const given = new Map(runs.filter((run) => run.part).map((run) => [run.id, run.part!]))
    const parts: Uint8Array[] = []
    let previous: string | undefined
    for (const { id, files, listing } of submissions) {
      if (!listing) return undefined
      // A part follows the one before only if the batch's first path follows its last.
      if (previous !== undefined && compareText(previous, files[0]!) >= 0) return undefined
      previous = files.at(-1)
      const end = id + files.length
      const part =
        given.get(id) ??
        batchPart(files, listing, this.digests.slice(id, end), this.sizes.subarray(id, end))
      if (!part) return undefined
      parts.push(part)
    }
    return parts.length > 0 ? parts : undefined
  }

  /** Why file `index` has no digest. */
  errorOf(index: number): string {
    return this.errors.get(index) ?? 'NOT_HASHED'
  }

  get(index: number): HashOutcome {
    const digest = this.digests[index]
    if (digest === undefined) return { error: this.errorOf(index) }
    const pointer = this.pointers.get(index)
    return pointer
      ? { digest, size: this.sizes[index]!, pointer }
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
