// bench/hash-loop.mjs on two lists at once in two threads of this process (the inventory's
// arrangement): this thread takes the first list, a worker the second. Prints the slower time.
import { Worker } from 'node:worker_threads'
import { loop } from './hash-loop.mjs'

const [first, second] = process.argv.slice(2)
const startAt = Date.now() + 400
const worker = new Worker(new URL('./hash-loop.mjs', import.meta.url), {
  workerData: { list: second, startAt }
})
const other = new Promise((resolve) => worker.once('message', resolve))
const mine = loop(first, startAt)
process.stdout.write(`${Math.max(mine, await other)}\n`)
await worker.terminate()
