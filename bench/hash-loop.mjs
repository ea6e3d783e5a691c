// The inventory's per-file work (open, fstat, one read, SHA-256, close) over a list of files, on
// its own: `npm run bench` runs it on two halves of the small files at once, in two threads of
// one process and in two processes, to measure what sharing one process costs the kernel calls.
// As a process: node hash-loop.mjs LIST START_AT_MS (prints ms); in a worker: workerData
// { list, startAt } (posts ms); imported: loop(list, startAt).
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { hash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'

/** Milliseconds for one pass over the list, after a warm-up pass, started at `startAt`. */
export function loop(listFile, startAt) {
  const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean)
  const buffer = Buffer.allocUnsafe(4 * 1024 * 1024)
  const run = () => {
    for (const file of files) {
      const fd = openSync(file, 'r')
      fstatSync(fd)
      const read = readSync(fd, buffer, 0, buffer.length, null)
      hash('sha256', buffer.subarray(0, read), 'hex')
      closeSync(fd)
    }
  }
  run() // warm: the page cache, and the code compiled
  while (Date.now() < startAt); // the halves start together
  const start = performance.now()
  run()
  return performance.now() - start
}

if (!isMainThread) parentPort.postMessage(loop(workerData.list, workerData.startAt))
else if (process.argv[1] === fileURLToPath(import.meta.url))
  process.stdout.write(`${loop(process.argv[2], Number(process.argv[3]))}\n`)
