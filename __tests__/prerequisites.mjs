// Jest's global setup, run once before any test: the programs the tests run besides Node. A
// missing one is named here, once, with what needs it, instead of failing every test that runs
// it. Everything else the tests need comes with `npm ci` (and tools/node, which npm test installs).
import { accessSync, constants } from 'node:fs'
import path from 'node:path'

/** Each program, and what runs it. */
const PROGRAMS = {
  git: 'the commit time a run defaults released-at to, and the fresh-clone test',
  bash: 'the pull-request gate workflow test, which runs its decision step',
  sha256sum: 'tests that compare our digests and checksums files with it',
  mkfifo: 'tests that make named pipes the inventory must refuse',
  mount: 'the fault tests, which mount small tmpfs file systems (as root, as CI runs)'
}

function onPath(program) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir || '.', program), constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

export default function prerequisites() {
  const missing = Object.entries(PROGRAMS).filter(([program]) => !onPath(program))
  if (missing.length === 0) return
  const lines = missing.map(([program, why]) => `  ${program}: ${why}`)
  const message =
    `npm test needs these programs on PATH, and did not find them:\n${lines.join('\n')}\n` +
    'Install them (on Debian or Ubuntu: apt-get install -y git coreutils mount) and run npm test again. No test was run.'
  // The message is the whole report: a stack trace would only point here.
  const error = new Error(message)
  error.stack = message
  throw error
}
