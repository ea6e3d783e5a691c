// Temporary workspaces on real disk: copies of the example release, and small trees built file
// by file, in any order the test asks for.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT } from './runner.js'
import { tempDir } from './temp.js'

export { removeTempDirs, tempDir } from './temp.js'

export const EXAMPLE = path.join(PROJECT, 'fixtures', 'workspaces', 'example')

/** A copy of the example workspace, without any manifest or sidecar a local run left there. */
export function copyExample(): string {
  const dir = tempDir('pm-ws-')
  cpSync(EXAMPLE, dir, { recursive: true })
  for (const output of ['json', 'intoto.json', 'sha256sums'])
    rmSync(path.join(dir, `promotion_manifest.${output}`), { force: true })
  return dir
}

export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
}

/** The action inputs that make the example workspace pass (paths relative to the workspace). */
export function exampleInputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'dataset-slug': 'river_gauges',
    'released-at': '2026-02-20T13:00:00Z',
    spec: 'spec.yaml',
    artifacts: 'data/processed/**',
    catalogs: 'catalog/**',
    'qa-report': 'qa/report.json',
    'policy-decision': 'policy/decision.json',
    approvals: 'approvals.json',
    'run-receipts': 'receipts/*.json',
    upload: 'false',
    ...overrides
  }
}

/** The CLI's flags for action inputs: a flag per line of a list input; upload is the action's own. */
export function cliFlags(inputs: Record<string, string>): string[] {
  const flags: string[] = []
  for (const [name, value] of Object.entries(inputs)) {
    if (name === 'upload') continue
    for (const line of value.split('\n')) flags.push(`--${name}`, line)
  }
  return flags
}
