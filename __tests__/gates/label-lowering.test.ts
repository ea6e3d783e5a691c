// Gate C, a label lowered against the base branch: a pull request whose policy label requires
// fewer roles than the base branch's label needs the approvals the old label required. The base
// branch's copy is evidence like any other document: read by the pipeline, judged here.
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import type {
  Approval,
  DocumentEvidence,
  ReadableDocument
} from '../../src/documents/read-document.js'
import { checkApprovals, inheritedRoles } from '../../src/gates/c-approvals.js'
import { gateC } from '../../src/gates/c-policy.js'
import { factsOf } from '../../src/gates/facts.js'
import { parseOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { parseTimestamp } from '../../src/model/time.js'
import { emptyEvidence } from '../helpers/evidence.js'
import { copyExample, exampleInputs, removeTempDirs, writeTree } from '../helpers/workspace.js'

const RELEASE = '2026-02-20T13:00:00Z'
const instant = (text: string): string => {
  const parsed = parseTimestamp(text)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.instant
}
const approval = (role: string, at = '2026-02-20T12:00:00Z'): Approval => ({
  role,
  principal: `github:${role}-person`,
  approvedAt: at,
  approvedInstant: instant(at)
})
/** The recipe's rules: restricted needs a steward and a data owner; the rest the defaults. */
const REQUIRED = parseOptions(
  { 'dataset-slug': 'river_gauges', 'required-approvals': 'restricted: steward, data-owner' },
  '/workspace'
).requiredApprovals

const codes = (label: string, baseLabel: string | undefined, approvals: Approval[]) =>
  checkApprovals({
    approvals,
    policyLabel: label,
    ...(baseLabel === undefined ? {} : { baseLabel }),
    required: REQUIRED,
    releasedAt: RELEASE,
    releasedInstant: instant(RELEASE),
    path: 'approvals.json'
  }).map((v) => v.code)

describe('a label lowered against the base branch', () => {
  it("needs the old label's approvals: restricted to public without them is POLICY_LABEL_LOWERED", () => {
    expect(codes('public', undefined, [])).toEqual([])
    expect(codes('public', 'restricted', [])).toEqual([
      'POLICY_LABEL_LOWERED',
      'POLICY_LABEL_LOWERED'
    ])
    expect(codes('public', 'restricted', [approval('steward')])).toEqual(['POLICY_LABEL_LOWERED'])
    expect(codes('public', 'restricted', [approval('steward'), approval('data-owner')])).toEqual([])
  })

  it("requires the roles of both labels: restricted to internal keeps internal's steward and adds the data owner", () => {
    expect(codes('internal', 'restricted', [approval('steward')])).toEqual(['POLICY_LABEL_LOWERED'])
    expect(codes('internal', 'restricted', [approval('data-owner')])).toEqual(['APPROVAL_MISSING'])
  })

  it('counts an old-label approval only at or before released_at', () => {
    const late = [approval('steward'), approval('data-owner', '2026-02-20T13:00:01Z')]
    expect(codes('public', 'restricted', late).sort()).toEqual([
      'APPROVAL_AFTER_RELEASE',
      'POLICY_LABEL_LOWERED'
    ])
  })

  it('asks nothing more when the label is unchanged or raised', () => {
    expect(
      codes('restricted', 'restricted', [approval('steward'), approval('data-owner')])
    ).toEqual([])
    expect(codes('restricted', 'public', [approval('steward'), approval('data-owner')])).toEqual([])
    const evidence = { policyLabel: 'restricted', baseLabel: 'public', required: REQUIRED }
    expect(
      inheritedRoles({ ...evidence, approvals: [], releasedAt: RELEASE, releasedInstant: '' })
    ).toEqual([])
  })

  it('says in its sentence which labels changed and what to do', () => {
    const [lowered] = checkApprovals({
      approvals: [approval('steward')],
      policyLabel: 'public',
      baseLabel: 'restricted',
      required: REQUIRED,
      releasedAt: RELEASE,
      releasedInstant: instant(RELEASE),
      path: 'approvals.json'
    })
    expect(lowered).toMatchObject({
      gate: 'C',
      code: 'POLICY_LABEL_LOWERED',
      path: 'approvals.json'
    })
    expect(lowered!.message).toBe(
      'The label is "public" here but "restricted" on the base branch, and a change of label needs the approvals the old label requires: there is no data-owner approval given at or before 2026-02-20T13:00:00Z in approvals.json. Get the data-owner approval, or keep the label "restricted".'
    )
  })
})

/** A JSON document as the pipeline reads one. */
function document(path: string, value: unknown): ReadableDocument {
  return { readable: true, path, digest: `sha256:${'a'.repeat(64)}`, value, lineOf: () => 3 }
}

const decision = (label: string) => ({
  decision_id: 'kfm://policy_decision/river_gauges-2026-02',
  policy_label: label,
  decision: 'allow',
  obligations: label === 'public' ? [] : [{ id: 'kfm://obligation/x', type: 'generalisation' }]
})

const BASE = '.gate/datasets/river_gauges/policy/decision.json'

function gateWith(base: DocumentEvidence | undefined, label = 'public') {
  const evidence = emptyEvidence({
    policyDecision: document('datasets/river_gauges/policy/decision.json', decision(label)),
    ...(base ? { basePolicyDecision: base } : {}),
    requiredApprovals: REQUIRED
  })
  return gateC.check(evidence, factsOf(evidence))
}

describe("gate C and the base branch's copy of the decision", () => {
  it('lowered: fails, and says which roles the old label adds', () => {
    const outcome = gateWith(document(BASE, decision('restricted')))
    expect(outcome.violations.map((v) => v.code)).toEqual([
      'POLICY_LABEL_LOWERED',
      'POLICY_LABEL_LOWERED'
    ])
    expect(outcome.checked).toContain(
      'label lowered from restricted on the base branch to public: the approvals restricted requires are required too (steward, data-owner)'
    )
  })

  it("unchanged: passes, and says the label is the base branch's", () => {
    const outcome = gateWith(document(BASE, decision('public')))
    expect(outcome.violations).toEqual([])
    expect(outcome.checked).toContain('label unchanged from the base branch (public)')
  })

  it('absent: the dataset is new on the branch; the log says so, and nothing is compared', () => {
    const absent: DocumentEvidence = {
      readable: false,
      absent: true,
      path: BASE,
      message: `${BASE} does not exist`
    }
    const outcome = gateWith(absent)
    expect(outcome.violations).toEqual([])
    expect(outcome.checked).toContain(
      `no policy decision on the base branch (${BASE}): the dataset is new there, so no change of label is checked`
    )
  })

  it('unreadable, or without a known label: POLICY_DECISION_INVALID on the base copy, never taken as new', () => {
    const unreadable: DocumentEvidence = {
      readable: false,
      path: BASE,
      message: `${BASE}: invalid JSON`,
      line: 2
    }
    const cases: DocumentEvidence[] = [
      unreadable,
      document(BASE, { decision: 'allow' }),
      document(BASE, { policy_label: 'secret' }),
      document(BASE, ['restricted'])
    ]
    for (const base of cases) {
      const [only, ...rest] = gateWith(base).violations
      expect(rest).toEqual([])
      expect(only).toMatchObject({ gate: 'C', code: 'POLICY_DECISION_INVALID', path: BASE })
      expect(only!.message).toContain(
        'so whether this pull request lowers the label cannot be told; fix the decision on the base branch first'
      )
    }
  })

  it('not given: no comparison and no word of the base branch', () => {
    const outcome = gateWith(undefined)
    expect(outcome.violations).toEqual([])
    expect(outcome.checked.join('\n')).not.toContain('base branch')
  })
})

describe("the base branch's copy, read by the pipeline from real files", () => {
  afterAll(removeTempDirs)

  const run = async (workspace: string, overrides: Record<string, string>) =>
    promote(parseOptions(exampleInputs(overrides), workspace))

  it('nothing at the path: the dataset is new on the branch, and it passes', async () => {
    const result = await run(copyExample(), {
      'base-policy-decision': '.gate/policy/decision.json'
    })
    expect(result.violations).toEqual([])
    expect(result.status).toBe('pass')
    expect(result.gates.find((g) => g.gate === 'C')!.checked).toContain(
      'no policy decision on the base branch (.gate/policy/decision.json): the dataset is new there, so no change of label is checked'
    )
  })

  it('a link to nothing is not "nothing there": it cannot be read, and blocks', async () => {
    const workspace = copyExample()
    mkdirSync(path.join(workspace, '.gate', 'policy'), { recursive: true })
    symlinkSync('nowhere.json', path.join(workspace, '.gate', 'policy', 'decision.json'))
    const result = await run(workspace, { 'base-policy-decision': '.gate/policy/decision.json' })
    expect(result.violations.map((v) => [v.code, v.path])).toEqual([
      ['POLICY_DECISION_INVALID', '.gate/policy/decision.json']
    ])
  })

  it('the same label there: passes, and the log says it is unchanged', async () => {
    const workspace = copyExample()
    writeTree(workspace, {
      '.gate/policy/decision.json': readFileSync(path.join(workspace, 'policy/decision.json'))
    })
    const result = await run(workspace, { 'base-policy-decision': '.gate/policy/decision.json' })
    expect(result.status).toBe('pass')
    expect(result.gates.find((g) => g.gate === 'C')!.checked).toContain(
      'label unchanged from the base branch (internal)'
    )
  })
})
