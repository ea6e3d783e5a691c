// The per-gate outcome shown in the job summary and returned by the pipeline.
import { GATES, type GateLetter, type Violation } from './violation.js'

export type GateStatus = 'pass' | 'fail' | 'not required'

export interface GateReport {
  gate: GateLetter
  title: string
  status: GateStatus
  violations: number
  /** What the gate checked, in words, for the summary ("3 artifacts hashed"). */
  checked: string[]
}

export function gateReports(
  violations: readonly Violation[],
  checked: Partial<Record<GateLetter, string[]>>,
  notRequired: readonly GateLetter[] = []
): GateReport[] {
  return (Object.keys(GATES) as GateLetter[]).map((gate) => {
    const count = violations.filter((v) => v.gate === gate).length
    const status: GateStatus =
      count > 0 ? 'fail' : notRequired.includes(gate) ? 'not required' : 'pass'
    return { gate, title: GATES[gate], status, violations: count, checked: checked[gate] ?? [] }
  })
}
