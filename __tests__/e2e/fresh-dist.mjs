// Jest's global setup for the end-to-end project: the tests run dist/, so dist/ must be the
// bundle of the sources as they are now. When it is not, it is rebuilt first (npm run bundle).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SOURCE_DIGEST_FILE, sourceDigest } from '../../scripts/source-digest.mjs'

const PROJECT = path.resolve(import.meta.dirname, '..', '..')

export default function freshDist() {
  let built = ''
  try {
    built = readFileSync(path.join(PROJECT, SOURCE_DIGEST_FILE), 'utf8').trim()
  } catch {
    // No digest: never built here; build it.
  }
  if (built === sourceDigest(PROJECT)) return
  console.log('\ndist/ is not the bundle of the current sources: running npm run bundle first.')
  execFileSync('npm', ['run', '--silent', 'bundle'], { cwd: PROJECT, stdio: 'inherit' })
}
