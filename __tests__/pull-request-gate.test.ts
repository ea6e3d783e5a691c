// The required check of pull-request-gate.yml: the aggregate job's decision script, taken from
// the workflow as written and run by bash, as the runner runs a `shell: bash` step, over every
// combination of the results GitHub gives its needs. The table below is the rule
// docs/pull-requests.md states.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { PROJECT } from './helpers/runner.js'
import { removeTempDirs, tempDir } from './helpers/workspace.js'

interface Job {
  name?: string
  needs?: string | string[]
  if?: string
  outputs?: Record<string, string>
  steps: Array<{ id?: string; shell?: string; run?: string; env?: Record<string, string> }>
}

const workflow = parse(
  readFileSync(path.join(PROJECT, '.github', 'workflows', 'pull-request-gate.yml'), 'utf8')
) as { on: Record<string, unknown>; jobs: Record<string, Job> }
const [aggregateId, aggregate] = Object.entries(workflow.jobs).find(
  ([, job]) => job.name === 'promotion gate'
)!
const decide = aggregate.steps.find((s) => s.run !== undefined)!

afterAll(() => removeTempDirs())

const RESULTS = ['success', 'failure', 'cancelled', 'skipped'] as const
type Result = (typeof RESULTS)[number]

/** The rule: changes succeeded, and the gates passed or were skipped with no dataset changed. */
function shouldPass(changes: Result, gate: Result, datasetsChanged: string): boolean {
  if (changes !== 'success') return false
  if (gate === 'success') return true
  return gate === 'skipped' && datasetsChanged === 'false'
}

function run(changes: Result, gate: Result, datasetsChanged: string) {
  const script = path.join(tempDir(), 'decide.sh')
  writeFileSync(script, decide.run!)
  // What the runner runs for `shell: bash`.
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      CHANGES_RESULT: changes,
      GATE_RESULT: gate,
      DATASETS_CHANGED: datasetsChanged
    }
  })
}

describe('pull-request-gate.yml: the aggregate check', () => {
  it('has the fixed name, always runs, and needs every other job', () => {
    expect(aggregate.if).toMatch(/^(\$\{\{ )?always\(\)( \}\})?$/)
    const others = Object.keys(workflow.jobs).filter((id) => id !== aggregateId)
    expect([aggregate.needs].flat().sort()).toEqual(others.sort())
    expect(others).toEqual(expect.arrayContaining(['changes', 'gate']))
    // No paths filter: a required check that never starts leaves the pull request waiting.
    expect(JSON.stringify(workflow.on)).not.toContain('paths')
  })

  it('reads the results and the changes output, nothing else', () => {
    expect(decide.shell).toBe('bash')
    expect(decide.env).toEqual({
      CHANGES_RESULT: '${{ needs.changes.result }}',
      GATE_RESULT: '${{ needs.gate.result }}',
      DATASETS_CHANGED: '${{ needs.changes.outputs.datasets-changed }}'
    })
    expect(decide.run).not.toContain('${{')
    const changes = workflow.jobs.changes!
    const step = changes.steps.find((s) => s.id === 'changed')!
    expect(changes.outputs!['datasets-changed']).toBe(
      `\${{ steps.${step.id}.outputs.datasets-changed }}`
    )
  })

  const table = RESULTS.flatMap((changes) =>
    RESULTS.flatMap((gate) =>
      ['true', 'false', ''].map((changed) => ({
        changes,
        gate,
        changed,
        pass: shouldPass(changes, gate, changed)
      }))
    )
  )

  it('passes in exactly 4 of the 48 cases: changes succeeded and the gates passed, or were skipped when no dataset changed', () => {
    expect(table.filter((row) => row.pass)).toEqual([
      { changes: 'success', gate: 'success', changed: 'true', pass: true },
      { changes: 'success', gate: 'success', changed: 'false', pass: true },
      { changes: 'success', gate: 'success', changed: '', pass: true },
      { changes: 'success', gate: 'skipped', changed: 'false', pass: true }
    ])
  })

  it.each(table)(
    'changes $changes, gate $gate, datasets-changed "$changed": pass is $pass',
    ({ changes, gate, changed, pass }) => {
      const result = run(changes, gate, changed)
      expect(result.stderr).toBe('')
      expect(result.status).toBe(pass ? 0 : 1)
      const commands = result.stdout.split('\n').filter((line) => line.trimStart().startsWith('::'))
      expect(commands).toHaveLength(pass ? 0 : 1)
      if (!pass) expect(commands[0]).toMatch(/^::error::/)
    }
  )
})
