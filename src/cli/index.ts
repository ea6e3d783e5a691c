#!/usr/bin/env node
// The CLI's entry. It first checks the Node.js version against package.json's engines, before
// anything else is loaded (main.js and what it imports come in by a dynamic import after it;
// exit.ts and node-version.ts import nothing).
import { exitWhenFlushed } from '../exit.js'
import { EXIT_TOO_OLD, nodeTooOld } from './node-version.js'

const tooOld = nodeTooOld(process.versions.node)
if (tooOld !== undefined) {
  console.error(tooOld)
  process.exitCode = EXIT_TOO_OLD
  await exitWhenFlushed()
}

const { EXIT, runCli } = await import('./main.js')

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => console.log(text),
    stderr: (text) => console.error(text),
    cwd: process.cwd()
  })
} catch (error) {
  // Stopped before a verdict (a file that cannot be written): not 1, which says "violations".
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = EXIT.error
}
// Exit now: the hashing threads and any idle handle would otherwise keep the process a while;
// but only once what was printed is out (exit.ts).
await exitWhenFlushed()
