// Bundles the action (dist/index.js), the CLI (dist/cli/index.js) and the library
// (dist/lib/index.js) with @vercel/ncc, and the threads' modules beside each of them: the hashing
// thread's (src/inventory/hash-worker.ts) as hash-worker.js, the thread that reads http(s) remote
// links (src/remote/http-thread.ts) as remote-thread.js. Each pool starts its threads from the
// file beside its own bundle. The library's types are one file,
// dist/lib/index.d.ts, made by dts-bundle-generator with every type inlined, so a consumer needs
// no other package installed to type-check against it.
// Output is deterministic for a given lockfile; CI rebuilds and fails on any difference.
import { execFileSync } from 'node:child_process'
import { copyFileSync, rmSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SOURCE_DIGEST_FILE, sourceDigest } from './source-digest.mjs'

const ncc = path.join('node_modules', '.bin', 'ncc')
/**
 * Where ncc writes each thread's module (always as index.js) before it is copied beside each
 * bundle, under the name its pool starts.
 */
const WORKERS = [
  {
    entry: 'src/inventory/hash-worker.ts',
    build: path.join('dist', '.hash-worker'),
    name: 'hash-worker.js'
  },
  {
    entry: 'src/remote/http-thread.ts',
    build: path.join('dist', '.remote-thread'),
    name: 'remote-thread.js'
  }
]
const targets = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
  { entry: 'src/lib/index.ts', out: 'dist/lib' },
  ...WORKERS.map(({ entry, build }) => ({ entry, out: build }))
]

rmSync('dist', { recursive: true, force: true })
for (const { entry, out } of targets) {
  execFileSync(
    ncc,
    ['build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
    {
      stdio: 'inherit'
    }
  )
}
// Each worker is one file, copied beside every bundle (its packages are in each licenses.txt).
const BUNDLES = ['dist', 'dist/cli', 'dist/lib']
for (const { entry, build, name } of WORKERS) {
  const workerFiles = readdirSync(build).filter(
    (file) => !file.endsWith('.d.ts') && file !== 'licenses.txt' && file !== 'package.json'
  )
  if (workerFiles.join() !== 'index.js')
    throw new Error(`${entry} bundled into ${workerFiles.join(', ')}, not one index.js`)
  for (const dir of BUNDLES) copyFileSync(path.join(build, 'index.js'), path.join(dir, name))
  rmSync(build, { recursive: true })
}
// ncc writes a package.json marker for ESM output; nothing else may be left over.
for (const dir of BUNDLES) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isFile() && name.endsWith('.d.ts')) rmSync(file)
  }
}
// The library's declarations, one file: ncc's are per module and import each other.
execFileSync(
  path.join('node_modules', '.bin', 'dts-bundle-generator'),
  [
    '--silent',
    '--no-banner',
    '--export-referenced-types=false',
    '--project',
    'tsconfig.json',
    '-o',
    'dist/lib/index.d.ts',
    'src/lib/index.ts'
  ],
  { stdio: 'inherit' }
)
// What dist/ was built from, for the end-to-end tests' freshness check (scripts/source-digest.mjs).
writeFileSync(SOURCE_DIGEST_FILE, `${sourceDigest('.')}\n`)
