// The gates of the promotion contract, in one table: each a pure function from the evidence, and
// the facts worked out from it once, to its violations. judge runs this table and nothing else
// decides: its verdict is the status, the violations cause first, each gate's report, and the
// manifest the facts give. The README's gate table is checked against this one.
import { GATES, type GateLetter } from '../model/gate-letter.js'
import { sortViolations, withoutAbout, type Violation } from '../model/violation.js'
import { gateA } from './a-identity.js'
import { gateB } from './b-licensing.js'
import { gateC } from './c-policy.js'
import { causeFirst } from './causes.js'
import { gateD } from './d-catalogs.js'
import { gateE } from './e-inventory.js'
import { verifyGateE } from './e-written.js'
import type { Evidence, Facts, Gate, VerifyEvidence } from './evidence.js'
import { gateF } from './f-contract.js'
import { verifyGateF } from './f-written.js'
import { factsOf } from './facts.js'
import { gateG } from './g-posture.js'

export { derivedVersionId } from './a-identity.js'
export type {
  Evidence,
  Judged,
  PublishedCopy,
  SidecarEvidence,
  VerifyEvidence
} from './evidence.js'

export const GATE_TABLE: readonly Gate[] = [gateA, gateB, gateC, gateD, gateE, gateF, gateG]

/** What verifying a written manifest runs: the inventory and the contract, on the files now. */
const VERIFY_TABLE: readonly Gate<VerifyEvidence, undefined>[] = [verifyGateE, verifyGateF]

type GateStatus = 'pass' | 'fail' | 'not required'

export interface GateReport {
  gate: GateLetter
  title: string
  status: GateStatus
  violations: number
  /** What the gate checked, in words, for the summary ("3 artifacts hashed"). */
  checked: string[]
}

/** What the gates decide of a written manifest: pass only without a violation. */
interface WrittenVerdict {
  status: 'pass' | 'fail'
  /** Every violation of every gate, in the report order. */
  violations: Violation[]
  gates: GateReport[]
}

/**
 * What the gates decide of a run: pass only without a violation and with a manifest to write;
 * the violations cause first (causes.ts), each consequence with its `causedBy`.
 */
export interface Verdict extends WrittenVerdict {
  /** What the gates read besides the evidence (facts.ts): identity, documents judged, links. */
  facts: Facts
  /** The manifest the facts give, whenever every part of it exists. */
  manifest?: Facts['manifest']
}

/** Runs every gate of the table on the evidence and the facts worked out from it. */
export function judge(evidence: Evidence): Verdict {
  const facts = factsOf(evidence)
  const judged = judgeWith(GATE_TABLE, evidence, facts)
  const violations = causeFirst(judged.violations, evidence)
  const { manifest } = facts
  const status = violations.length === 0 && manifest ? 'pass' : 'fail'
  return { status, violations, gates: judged.gates, facts, manifest }
}

/** Runs every gate of the verify table on a written manifest's evidence. */
export function judgeWritten(evidence: VerifyEvidence): WrittenVerdict {
  const judged = judgeWith(VERIFY_TABLE, evidence, undefined)
  const violations = judged.violations.map(withoutAbout)
  return { status: violations.length === 0 ? 'pass' : 'fail', violations, gates: judged.gates }
}

function judgeWith<E, F>(
  table: readonly Gate<E, F>[],
  evidence: E,
  facts: F
): { violations: Violation[]; gates: GateReport[] } {
  const outcomes = table.map((gate) => ({ gate, outcome: gate.check(evidence, facts) }))
  const violations = sortViolations(outcomes.flatMap(({ outcome }) => outcome.violations))
  const gates = outcomes.map(({ gate, outcome }): GateReport => {
    const count = outcome.violations.length
    const status: GateStatus = count > 0 ? 'fail' : outcome.notRequired ? 'not required' : 'pass'
    const title = GATES[gate.letter]
    return { gate: gate.letter, title, status, violations: count, checked: outcome.checked }
  })
  return { violations, gates }
}
