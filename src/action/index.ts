// The action's entry: everything happens in run(). The process then exits with the status run()
// set, so a connection the artifact client left open after a failure cannot hold the job; it
// waits for its log to be written first (exit.ts says why).
import { exitWhenFlushed } from '../exit.js'
import { run } from './main.js'

await run()
await exitWhenFlushed()
