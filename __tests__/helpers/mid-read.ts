// Runs a synchronous reader (the hasher) while a watcher process (change-mid-read.mjs) changes
// its file between two of its reads: real files, changed for real, with nothing in src/ made
// for the test. The file must be large enough to take the reader a while (tens of megabytes).
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { PROJECT } from './runner.js'

export type MidReadChange = 'grow' | 'truncate' | 'rewrite' | 'remove'

export async function changedMidRead<T>(
  file: string,
  change: MidReadChange,
  read: () => T
): Promise<T> {
  const watcher = spawn(
    process.execPath,
    [
      path.join(PROJECT, '__tests__/helpers/change-mid-read.mjs'),
      String(process.pid),
      file,
      change
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const exited = once(watcher, 'exit')
  const [first] = (await once(watcher.stdout, 'data')) as [Buffer]
  if (!first.toString().startsWith('watching')) throw new Error('the watcher did not start')
  const result = read()
  // The reader has finished: a watcher that made its change has exited, or is about to.
  const timer = setTimeout(() => watcher.kill(), 5_000)
  const [code] = (await exited) as [number | null]
  clearTimeout(timer)
  if (code !== 0) throw new Error(`the file was not changed while it was read (${change})`)
  return result
}
