// The gates of the promotion contract, in one table: each a pure function from the evidence to
// its violations. The pipeline runs this table and nothing else decides; the README's gate
// table is checked against it.
import { GATES, type GateLetter } from '../model/gate-letter.js'
import { sortViolations, type Violation } from '../model/violation.js'
import { gateA } from './a-identity.js'
import { gateB } from './b-licensing.js'
import { gateC } from './c-policy.js'
import { gateD } from './d-catalogs.js'
import { gateE, verifyGateE } from './e-inventory.js'
import type { Evidence, Gate, VerifyEvidence } from './evidence.js'
import { gateF, verifyGateF } from './f-contract.js'
import { gateG } from './g-posture.js'

export const GATE_TABLE: readonly Gate[] = [gateA, gateB, gateC, gateD, gateE, gateF, gateG]

/** What verifying a written manifest runs: the inventory and the contract, on the files now. */
export const VERIFY_TABLE: readonly Gate<VerifyEvidence>[] = [verifyGateE, verifyGateF]

export type GateStatus = 'pass' | 'fail' | 'not required'

export interface GateReport {
  gate: GateLetter
  title: string
  status: GateStatus
  violations: number
  /** What the gate checked, in words, for the summary ("3 artifacts hashed"). */
  checked: string[]
}

export interface Verdict {
  /** Every violation of every gate, in the report order. */
  violations: Violation[]
  gates: GateReport[]
}

/** Runs every gate of the table on the evidence. */
export function judge(evidence: Evidence): Verdict {
  return judgeWith(GATE_TABLE, evidence)
}

/** Runs every gate of the verify table on a written manifest's evidence. */
export function judgeWritten(evidence: VerifyEvidence): Verdict {
  return judgeWith(VERIFY_TABLE, evidence)
}

function judgeWith<E>(table: readonly Gate<E>[], evidence: E): Verdict {
  const outcomes = table.map((gate) => ({ gate, outcome: gate.check(evidence) }))
  const violations = sortViolations(outcomes.flatMap(({ outcome }) => outcome.violations))
  const gates = outcomes.map(({ gate, outcome }): GateReport => {
    const count = outcome.violations.length
    const status: GateStatus = count > 0 ? 'fail' : outcome.notRequired ? 'not required' : 'pass'
    const title = GATES[gate.letter]
    return { gate: gate.letter, title, status, violations: count, checked: outcome.checked }
  })
  return { violations, gates }
}
