// The QA report, policy decision and approvals documents: read strictly, then judged by their
// gates (F for the QA report, C for the rest); every problem a violation that names the file,
// the line and the fix.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { readDocument, type DocumentRef } from '../../src/documents/read-document.js'
import { gateC } from '../../src/gates/c-policy.js'
import type { Evidence, Gate } from '../../src/gates/evidence.js'
import { gateF } from '../../src/gates/f-contract.js'
import { factsOf } from '../../src/gates/facts.js'
import { emptyEvidence } from '../helpers/evidence.js'
import { readJsonDocument, MAX_DOCUMENT_BYTES } from '../../src/documents/json-document.js'
import { readReceipts } from '../../src/documents/receipts.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

function doc(name: string, content: string | Buffer): DocumentRef {
  const absolute = path.join(tempDir(), name)
  writeFileSync(absolute, content)
  return { absolute, path: name }
}
const json = (value: unknown): string => JSON.stringify(value, null, 2)

/** Reads one document as a given input and runs its gate: what it accepts, and its violations. */
function judged<T>(
  field: 'qaReport' | 'policyDecision' | 'approvals',
  gate: Gate,
  accepted: (facts: ReturnType<typeof factsOf>, evidence: Evidence) => T
) {
  return async (ref: DocumentRef) => {
    const evidence = emptyEvidence({ [field]: await readDocument(ref) })
    // Only what the document itself says: whether PROV records its obligations is another rule.
    const facts = factsOf(evidence)
    const violations = gate
      .check(evidence, facts)
      .violations.filter((v) => v.path === ref.path && v.code !== 'OBLIGATION_NOT_IN_PROV')
    return { value: accepted(facts, evidence), violations }
  }
}
const readQaReport = judged('qaReport', gateF, (facts) => facts.qaReport?.value)
const readPolicyDecision = judged('policyDecision', gateC, (facts) => facts.policyDecision?.value)
const readApprovals = judged('approvals', gateC, (facts, evidence) =>
  evidence.approvals?.readable ? facts.approvals : undefined
)

describe('reading JSON documents', () => {
  it('gives the digest of the bytes on disk and the line of a field', async () => {
    const ref = doc('a.json', '{\n  "a": 1,\n  "b": {"c": [1, 2]}\n}\n')
    const document = await readJsonDocument(ref.absolute, ref.path)
    expect(document.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(document.lineOf(['b', 'c', 1])).toBe(3)
  })
  it.each([
    ['a syntax error, with its line', '{\n  "a": 1,\n}\n', 'is not valid JSON (line 3)'],
    [
      'a duplicate key',
      '{\n  "status": "fail",\n  "status": "pass"\n}',
      'has the key "status" twice'
    ],
    ['a byte-order mark', '\uFEFF{"status": "pass"}', 'byte-order mark'],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), 'not valid UTF-8']
  ])('refuses %s', async (_what, content, message) => {
    const ref = doc('x.json', content)
    await expect(readJsonDocument(ref.absolute, ref.path)).rejects.toThrow(message)
  })
  it('refuses a missing file, naming it', async () => {
    await expect(readJsonDocument('/nonexistent/q.json', 'q.json')).rejects.toThrow(
      'q.json does not exist'
    )
  })
  it('has a size cap far above real reports', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(64 * 1024 * 1024)
  })
})

describe('QA report', () => {
  it('promotes only on pass', async () => {
    const pass = await readQaReport(doc('qa.json', json({ status: 'pass' })))
    expect(pass.violations).toEqual([])
    expect(pass.value?.reportDigest).toMatch(/^sha256:/)
    for (const status of ['warn', 'fail']) {
      const read = await readQaReport(doc('qa.json', json({ status })))
      expect(read.violations.map((v) => v.code)).toEqual(['QA_NOT_PASSED'])
    }
  })
  it('needs a known status at the top level', async () => {
    for (const value of [{ status: 'ok' }, { result: { status: 'pass' } }, ['pass']]) {
      const read = await readQaReport(doc('qa.json', json(value)))
      expect(read.violations.map((v) => v.code)).toEqual(['QA_STATUS_INVALID'])
    }
  })
})

describe('policy decision', () => {
  const decision = {
    decision_id: 'kfm://policy_decision/x',
    policy_label: 'public',
    decision: 'allow',
    obligations: [] as unknown[]
  }
  const codes = async (value: unknown): Promise<string[]> =>
    (await readPolicyDecision(doc('decision.json', json(value)))).violations.map((v) => v.code)

  it('accepts an allow decision for a public label', async () => {
    expect(await codes(decision)).toEqual([])
  })
  it('refuses deny, an unknown label, and a decision_id outside kfm://policy_decision/', async () => {
    expect(await codes({ ...decision, decision: 'deny' })).toEqual(['POLICY_DENIED'])
    expect(await codes({ ...decision, decision: 'maybe' })).toEqual(['DECISION_INVALID'])
    expect(await codes({ ...decision, policy_label: 'secret' })).toEqual(['POLICY_LABEL_UNKNOWN'])
    expect(await codes({ ...decision, decision_id: 'xyz' })).toEqual(['DECISION_ID_INVALID'])
  })
  it('requires an obligation for every label but public', async () => {
    expect(await codes({ ...decision, policy_label: 'restricted' })).toEqual([
      'OBLIGATIONS_MISSING'
    ])
    expect(
      await codes({
        ...decision,
        policy_label: 'restricted',
        obligations: [{ id: 'kfm://obligation/1', type: 'redaction' }]
      })
    ).toEqual([])
    expect(
      await codes({ ...decision, policy_label: 'restricted', obligations: [{ type: 'redaction' }] })
    ).toEqual(['OBLIGATION_INVALID', 'OBLIGATIONS_MISSING'])
  })
  it('points at the line of the field', async () => {
    const read = await readPolicyDecision(
      doc('decision.json', json({ ...decision, decision: 'deny' }))
    )
    expect(read.violations[0]!.line).toBe(4)
  })
})

describe('approvals', () => {
  it('normalises approved_at to UTC', async () => {
    const read = await readApprovals(
      doc(
        'a.json',
        json([{ role: 'steward', principal: 'p', approved_at: '2026-02-20T13:59:00+01:00' }])
      )
    )
    expect(read.violations).toEqual([])
    expect(read.value?.[0]?.approvedAt).toBe('2026-02-20T12:59:00Z')
  })
  it.each([
    ['not an array', { role: 'steward' }, 'APPROVALS_INVALID'],
    [
      'a missing principal',
      [{ role: 'steward', approved_at: '2026-02-20T12:59:00Z' }],
      'APPROVALS_INVALID'
    ],
    [
      'an unknown field',
      [{ role: 'steward', principal: 'p', approved_at: '2026-02-20T12:59:00Z', note: 1 }],
      'APPROVALS_INVALID'
    ],
    [
      'an impossible date',
      [{ role: 'steward', principal: 'p', approved_at: '2026-02-30T12:59:00Z' }],
      'APPROVAL_TIME_INVALID'
    ],
    ['a missing time', [{ role: 'steward', principal: 'p' }], 'APPROVAL_TIME_INVALID']
  ])('refuses %s', async (_what, value, code) => {
    const read = await readApprovals(doc('a.json', json(value)))
    expect(read.violations.map((v) => v.code)).toEqual([code])
  })
})

describe('run receipts', () => {
  const receipt = {
    run_id: 'kfm://run/r1',
    actor: { principal: 'svc:pipeline', role: 'pipeline' },
    operation: 'ingest',
    dataset_version_id: '2026-02.46e446c6',
    inputs: [],
    outputs: [{ uri: 'data/x.csv', digest: `sha256:${'a'.repeat(64)}` }],
    environment: {},
    validation: { status: 'pass', report_digest: `sha256:${'b'.repeat(64)}` },
    policy: { decision_id: 'kfm://policy_decision/d' },
    created_at: '2026-02-20T12:05:00Z'
  }

  /** The messages reading one receipt gives, each with its line. */
  async function problems(value: unknown): Promise<Array<[string, number | undefined]>> {
    const root = tempDir()
    writeFileSync(path.join(root, 'r.json'), json(value))
    const reading = await readReceipts(root, [{ path: 'r.json' }], (p) => `receipts/${p}`)
    expect(reading.receipts).toHaveLength(0)
    return reading.unreadable.map((u) => [u.message, u.line])
  }

  it('says what a missing field must be, from the schema', async () => {
    const broken: Record<string, unknown> = {
      ...receipt,
      validation: { status: 'pass' }
    }
    delete broken.actor
    expect(await problems(broken)).toEqual([
      [
        'receipts/r.json is not a valid run receipt (schemas/run_receipt_v1.schema.json): the receipt is missing "actor": it must be an object naming who ran it, with "principal" and "role".',
        1
      ],
      [
        'receipts/r.json is not a valid run receipt (schemas/run_receipt_v1.schema.json): /validation is missing "report_digest": it must be the digest of the QA report file (the qa-report input; the manifest\'s qa.report_digest), sha256: followed by 64 lowercase hex characters.',
        13
      ]
    ])
  })

  it('says what a wrong value is and what it must be', async () => {
    const message = (
      await problems({
        ...receipt,
        outputs: [{ uri: 'data/x.csv', digest: 'sha256:12' }]
      })
    )[0]![0]
    expect(message).toBe(
      'receipts/r.json is not a valid run receipt (schemas/run_receipt_v1.schema.json): /outputs/0/digest is "sha256:12"; it must be sha256: followed by 64 lowercase hex characters.'
    )
    const created = (await problems({ ...receipt, created_at: 42 }))[0]![0]
    expect(created).toContain(
      '/created_at is 42; it must be the time it ran, an RFC 3339 date-time such as 2026-02-20T12:05:00Z.'
    )
  })

  it('has a shape to say for every field a receipt can miss', async () => {
    for (const field of Object.keys(receipt)) {
      const without: Record<string, unknown> = { ...receipt }
      delete without[field]
      const message = (await problems(without))[0]![0]
      expect(message).toMatch(new RegExp(`the receipt is missing "${field}": it must be \\S`))
    }
  })
})
