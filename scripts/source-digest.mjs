// The digest of everything dist/ is built from: src/, the schemas and media-type table behind
// src/generated/, the build scripts, tsconfig.json and the lockfile. `npm run bundle` writes it
// to dist/SOURCE_DIGEST; the end-to-end tests compare it before they run, so they never test a
// stale bundle.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

const INPUTS = ['src', 'schemas', 'scripts', 'tsconfig.json', 'package-lock.json']

function files(project, relative) {
  const absolute = path.join(project, relative)
  let entries
  try {
    entries = readdirSync(absolute, { withFileTypes: true })
  } catch {
    return [relative]
  }
  return entries.flatMap((entry) => files(project, path.posix.join(relative, entry.name)))
}

export function sourceDigest(project) {
  const hash = createHash('sha256')
  const all = INPUTS.flatMap((input) => files(project, input)).sort()
  for (const file of all) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(path.join(project, file)))
    hash.update('\0')
  }
  return `sha256:${hash.digest('hex')}`
}

export const SOURCE_DIGEST_FILE = path.join('dist', 'SOURCE_DIGEST')
