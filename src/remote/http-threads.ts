// The threads that read http(s) links (http-thread.ts): started for one list of links, given it
// whole, and stopped once each has answered with what it read.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { TryPolicy } from './failure.js'
import { HTTP_THREAD, type ThreadAnswer, type ThreadWork } from './http-thread.js'
import type { RemoteReading } from './reading.js'

/**
 * The threads' module, `remote-thread.js` beside this one's (as the hash pool's WORKER_FILE; under
 * jest, the bundle in dist/). `webpackIgnore` stops the bundler from resolving the URLs.
 */
export const THREAD_FILE = import.meta.url.endsWith('.ts')
  ? new URL(/* webpackIgnore: true */ '../../dist/remote-thread.js', import.meta.url)
  : new URL(/* webpackIgnore: true */ './remote-thread.js', import.meta.url)

/** Links a thread is given at least, at the concurrency asked for, before another is started. */
const LINKS_PER_THREAD = 4

/**
 * The young generation of a reading thread's heap, in MiB: small, so that frequent scavenges free
 * each chunk's buffers (fetch allocates two of up to 64 KiB per chunk) before their memory, held
 * outside the heap, grows enough to force a full collection. Measured on 2,000 reads of 1 MiB:
 * about 30 full collections instead of 100, a third less CPU.
 */
const YOUNG_GENERATION_MB = 2

/**
 * Threads for `concurrency` links at once: up to one per core (the main thread waits while they
 * read), with at least LINKS_PER_THREAD links each; so 2 on 2 cores at the default concurrency:
 * reading and hashing the bench's 2,000 links of 1 MiB took them 2.3 s, one thread 2.8 s.
 */
export function threadCount(concurrency: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(concurrency / LINKS_PER_THREAD)))
}

/** A thread's answer to its work; a thread that fails or stops first rejects it. */
function answerOf(worker: Worker, work: ThreadWork): Promise<ThreadAnswer> {
  return new Promise<ThreadAnswer>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`a reading thread stopped (exit code ${code})`)))
    worker.postMessage(work)
  })
}

/**
 * Each URL read on the reading threads, `concurrency` at a time in all: its digest, or why it
 * could not be had.
 */
export async function readOnThreads(
  urls: readonly string[],
  policy: TryPolicy,
  concurrency: number
): Promise<Map<string, RemoteReading>> {
  const readings = new Map<string, RemoteReading>()
  const links = Math.min(concurrency, urls.length)
  if (links === 0) return readings
  const threads = threadCount(links)
  const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(THREAD_FILE, {
        workerData: HTTP_THREAD,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
      })
  )
  try {
    const answers = await Promise.all(
      workers.map((worker, thread) =>
        answerOf(worker, {
          urls,
          next,
          policy,
          // The links in flight shared out, the first threads one more when they do not divide.
          inFlight: Math.floor(links / threads) + (thread < links % threads ? 1 : 0)
        })
      )
    )
    for (const answer of answers)
      for (const [index, reading] of answer) readings.set(urls[index]!, reading)
    return readings
  } finally {
    // A thread's keep-alive sockets would hold it; one that failed takes the others down.
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
