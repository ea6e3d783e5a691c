// What the CLI and the action's log print: one line per gate, one `file:line: [gate code] message` line per
// violation. Inside a workflow step the runner reads the CLI's output for workflow commands too,
// so no line may begin with "::", even for a file named that way (the path is one line already).
import type { GateReport } from '../gates/index.js'
import { printable } from '../model/printable.js'
import type { Violation } from '../model/violation.js'

export function violationLine(v: Violation): string {
  const where = v.path.trimStart().startsWith(':') ? `./${v.path}` : v.path
  return `${where}${v.line ? `:${v.line}` : ''}: [${v.gate} ${v.code}] ${v.message}`
}

export function gateLine(gate: GateReport): string {
  const count = gate.violations
  const violations = count ? ` (${count} violation${count === 1 ? '' : 's'})` : ''
  return `gate ${gate.gate} ${gate.status.padEnd(12)} ${gate.title}${violations}`
}

/** A gate's part of the log: a title with its verdict, what it checked, and its violations. */
export function gateLog(
  gate: GateReport,
  violations: readonly Violation[]
): { title: string; lines: string[] } {
  const verdict = gate.status === 'fail' ? `fail, ${gate.violations}` : gate.status
  return {
    title: `Gate ${gate.gate}: ${gate.title} (${verdict})`,
    lines: [
      ...gate.checked.map((line) => `checked: ${printable(line)}`),
      ...violations.filter((v) => v.gate === gate.gate).map(violationLine)
    ]
  }
}
