// Evidence of the wrong kind: a receipt's validation report must be the QA report, not any
// document the run was given; its policy decision must be the one given.
import type { RunReceipt } from '../../src/documents/receipts.js'
import { checkEvidence } from '../../src/gates/f-contract.js'

const digest = (c: string) => `sha256:${c.repeat(64)}`
const qa = { path: 'qa/report.json', digest: digest('a') }
const decision = { path: 'policy/decision.json', digest: digest('b') }
const catalog = { path: 'catalog/prov.json', digest: digest('c') }

function receipt(reportDigest: string, decisionId = 'kfm://policy_decision/d-1'): RunReceipt {
  return {
    path: 'receipts/run.json',
    runId: 'kfm://run/1',
    validation: { status: 'pass', reportDigest },
    decisionId,
    lineOf: (location: Array<string | number>) => (location[0] === 'validation' ? 12 : 20)
  } as unknown as RunReceipt
}

const check = (cited: string, decisionId?: string) =>
  checkEvidence([qa, decision, catalog], [receipt(cited, decisionId)], qa, {
    decisionId: 'kfm://policy_decision/d-1',
    path: decision.path
  })

describe('the evidence a receipt cites', () => {
  it("resolves the QA report's digest to the QA report", () => {
    expect(check(qa.digest)).toEqual({
      violations: [],
      resolved: [
        'receipts/run.json validation.report_digest → qa/report.json',
        'receipts/run.json policy.decision_id → policy/decision.json'
      ]
    })
  })

  it.each([
    ['the policy decision', decision],
    ['a catalog file', catalog]
  ])('refuses the digest of %s as the validation report, naming what it is', (_what, document) => {
    const { violations } = check(document.digest)
    expect(violations).toHaveLength(1)
    expect(violations[0]).toMatchObject({
      code: 'EVIDENCE_UNRESOLVED',
      path: 'receipts/run.json',
      line: 12
    })
    expect(violations[0]!.message).toContain(
      `which is the digest of ${document.path}, not of the QA report (qa/report.json)`
    )
  })

  it('refuses a digest of nothing given, and another policy decision', () => {
    const { violations } = check(digest('d'), 'kfm://policy_decision/other')
    expect(violations.map((v) => v.message)).toEqual([
      expect.stringContaining('which is none of the documents given to this run'),
      expect.stringContaining('but the decision given to this run is kfm://policy_decision/d-1')
    ])
  })
})
