// The thread that reads http(s) links: each read, its retries, its redirects and the SHA-256 of
// its stream, by readHttp, with a few links in flight; the threads take the links in turn from
// one shared counter, and each answers once, with all it read. readOnThreads (http-threads.ts)
// starts it by path, as `remote-thread.js` beside its own module: `npm run bundle` bundles this
// module into dist/remote-thread.js, dist/cli/ and dist/lib/, beside each bundle. Under jest the
// threads run the bundle, dist/remote-thread.js, for the reasons hash-worker.ts gives;
// http-thread.test.ts checks that it is the bundle of these sources.
//
// Why threads: fetch copies every chunk it reads and leaves two buffers of garbage for each, so a
// read costs more CPU than the SHA-256 of its bytes. On threads it runs beside the rest of the
// run, on every core, in heaps with a small young generation (http-threads.ts says why); one
// message each way per thread, since waking a sleeping thread costs more than the message.
import { parentPort, workerData } from 'node:worker_threads'
import { problemOf, withRetries, type TryPolicy } from './failure.js'
import { readHttp } from './http.js'
import type { RemoteReading } from './reading.js'

/** The `workerData` of a reading thread: only there does this module answer messages. */
export const HTTP_THREAD = 'kfm-http-thread'

/** The links every thread reads from, and how this thread reads them. */
export interface ThreadWork {
  urls: readonly string[]
  /** One Int32: the index of the next link to read, taken by each thread with Atomics.add. */
  next: SharedArrayBuffer
  policy: TryPolicy
  /** Links this thread reads at once. */
  inFlight: number
}

/** What each link this thread read gave, by the link's index. */
export type ThreadAnswer = [index: number, reading: RemoteReading][]

/** One link read with its retries: its digest, or why it could not be had. */
export async function readLink(url: string, policy: TryPolicy): Promise<RemoteReading> {
  try {
    return { ...(await withRetries(policy, () => readHttp(url, policy))), source: 'stream' }
  } catch (error) {
    return problemOf(error)
  }
}

/** Links taken from the shared counter until none is left, `inFlight` at a time. */
export async function readShare({
  urls,
  next,
  policy,
  inFlight
}: ThreadWork): Promise<ThreadAnswer> {
  const counter = new Int32Array(next)
  const answer: ThreadAnswer = []
  const reader = async () => {
    for (let index = Atomics.add(counter, 0, 1); index < urls.length;) {
      answer.push([index, await readLink(urls[index]!, policy)])
      index = Atomics.add(counter, 0, 1)
    }
  }
  await Promise.all(Array.from({ length: inFlight }, reader))
  return answer
}

if (workerData === HTTP_THREAD && parentPort) {
  const port = parentPort
  port.once('message', (work: ThreadWork) => {
    void readShare(work).then((answer) => port.postMessage(answer))
  })
}
