// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with @vercel/ncc.
// Output is deterministic for a given lockfile; CI rebuilds and fails on any difference.
import { execFileSync } from 'node:child_process'
import { rmSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const ncc = path.join('node_modules', '.bin', 'ncc')
const targets = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/bin.ts', out: 'dist/cli' }
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
// ncc writes a package.json marker for ESM output; nothing else may be left over.
for (const dir of ['dist', 'dist/cli']) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isFile() && name.endsWith('.d.ts')) rmSync(file)
  }
}
