// What the CLI and the action's log print: one line per gate, one `file:line: [gate code] message` line per
// violation. Inside a workflow step the runner reads the CLI's output for workflow commands too,
// so no line may begin with "::", even for a file named that way (the path is one line already).
// A violation another one explains is printed under it, indented.
import type { GateReport } from '../gates/index.js'
import { printable } from '../model/printable.js'
import type { Violation } from '../model/violation.js'
import { folded } from './folded-causes.js'
import { plural } from './words.js'

export function violationLine(v: Violation): string {
  const where = v.path.trimStart().startsWith(':') ? `./${v.path}` : v.path
  return `${where}${v.line ? `:${v.line}` : ''}: [${v.gate} ${v.code}] ${v.message}`
}

/** What a cause's line is followed by: its consequences, indented (the runner trims the indent). */
const UNDER = '  ↳ '

/** Every violation, cause first: each cause's line, then the lines of the ones it causes. */
export function violationLines(violations: readonly Violation[]): string[] {
  return folded(violations).flatMap(({ violation, consequences }) => [
    violationLine(violation),
    ...consequences.map((v) => `${UNDER}${violationLine(v)}`)
  ])
}

/** How a cause is named where its consequences are listed apart from it. */
export function causeName(v: Violation): string {
  return `[${v.gate} ${v.code}] ${v.path}${v.line ? `:${v.line}` : ''}`
}

export function gateLine(gate: GateReport): string {
  const count = gate.violations
  const violations = count ? ` (${plural(count, 'violation')})` : ''
  return `gate ${gate.gate} ${gate.status.padEnd(12)} ${gate.title}${violations}`
}

/**
 * A gate's part of the log: a title with its verdict, what it checked, and its violations; those
 * another violation explains come last, under a line naming their cause (which may be another
 * gate's).
 */
export function gateLog(
  gate: GateReport,
  violations: readonly Violation[]
): { title: string; lines: string[] } {
  const verdict = gate.status === 'fail' ? `fail, ${gate.violations}` : gate.status
  const own = (v: Violation): boolean => v.gate === gate.gate
  const tops = folded(violations)
  const caused = tops.flatMap(({ violation, consequences }) => {
    const here = consequences.filter(own)
    if (here.length === 0) return []
    return [
      `caused by ${causeName(violation)} (${here.length}):`,
      ...here.map((v) => `${UNDER}${violationLine(v)}`)
    ]
  })
  return {
    title: `Gate ${gate.gate}: ${gate.title} (${verdict})`,
    lines: [
      ...gate.checked.map((line) => `checked: ${printable(line)}`),
      ...tops
        .filter(({ violation }) => own(violation))
        .map(({ violation }) => violationLine(violation)),
      ...caused
    ]
  }
}
