#!/usr/bin/env node
// The CLI's entry. It first checks the Node.js version against package.json's engines, before
// anything else is loaded (main.js and what it imports come in by a dynamic import after it;
// exit.ts and node-version.ts import nothing).
// @actions/glob reports its search through `::debug::` workflow commands on stdout; outside a
// runner they are noise, so this entry drops them.
import { exitWhenFlushed } from '../exit.js'
import { EXIT_TOO_OLD, nodeTooOld } from './node-version.js'

const tooOld = nodeTooOld(process.versions.node)
if (tooOld !== undefined) {
  console.error(tooOld)
  process.exitCode = EXIT_TOO_OLD
  await exitWhenFlushed()
}

const { runCli } = await import('./main.js')

const write = process.stdout.write.bind(process.stdout)
process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
  typeof chunk === 'string' && chunk.startsWith('::debug::')
    ? true
    : write(chunk, ...rest)) as typeof process.stdout.write

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => console.log(text),
    stderr: (text) => console.error(text),
    cwd: process.cwd()
  })
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
// Exit now: the hashing threads and any idle handle would otherwise keep the process a while;
// but only once what was printed is out (exit.ts).
await exitWhenFlushed()
