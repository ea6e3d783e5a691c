// Gate C, approvals: required roles per label, approved at or before released_at.
import { checkApprovals, DEFAULT_REQUIRED_APPROVALS } from '../../src/gates/c-approvals.js'
import type { Approval } from '../../src/documents/read-document.js'
import { parseTimestamp } from '../../src/model/time.js'

const RELEASE = '2026-02-20T13:00:00Z'
const instant = (text: string): string => {
  const parsed = parseTimestamp(text)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.instant
}
const approval = (role: string, principal: string, at: string): Approval => ({
  role,
  principal,
  approvedAt: at,
  approvedInstant: instant(at)
})
const codes = (
  label: string,
  approvals: Approval[],
  required = DEFAULT_REQUIRED_APPROVALS
): string[] =>
  checkApprovals({
    approvals,
    policyLabel: label,
    required,
    releasedAt: RELEASE,
    releasedInstant: instant(RELEASE),
    path: 'approvals.json'
  }).map((v) => v.code)

describe('required approvals', () => {
  it('requires none for public by default, and a steward for every other label', () => {
    expect(codes('public', [])).toEqual([])
    for (const label of ['internal', 'restricted', 'confidential'])
      expect(codes(label, [])).toEqual(['APPROVAL_MISSING'])
  })
  it('counts an approval given at or before released_at', () => {
    expect(codes('restricted', [approval('steward', 'a', RELEASE)])).toEqual([])
    expect(codes('restricted', [approval('steward', 'a', '2026-02-20T12:59:59Z')])).toEqual([])
  })
  it('does not count an approval given after released_at, and says so', () => {
    expect(codes('restricted', [approval('steward', 'a', '2026-02-20T13:00:01Z')]).sort()).toEqual([
      'APPROVAL_AFTER_RELEASE',
      'APPROVAL_MISSING'
    ])
    const late = approval('steward', 'a', '2026-02-20T13:00:00.000001Z')
    expect(codes('restricted', [late])).toContain('APPROVAL_AFTER_RELEASE')
  })
  it('requires every role the workflow names for the label', () => {
    const required = { ...DEFAULT_REQUIRED_APPROVALS, restricted: ['steward', 'data-owner'] }
    expect(codes('restricted', [approval('steward', 'a', RELEASE)], required)).toEqual([
      'APPROVAL_MISSING'
    ])
    expect(
      codes(
        'restricted',
        [approval('steward', 'a', RELEASE), approval('data-owner', 'b', RELEASE)],
        required
      )
    ).toEqual([])
  })
  it('reports the same principal approving in the same role twice', () => {
    expect(
      codes('public', [
        approval('steward', 'a', RELEASE),
        approval('steward', 'a', '2026-02-19T00:00:00Z')
      ])
    ).toEqual(['APPROVAL_DUPLICATE'])
  })
})
