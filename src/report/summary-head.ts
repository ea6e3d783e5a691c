// The head of a summary: the run at a glance as a list of facts, and the table of the gates.
import type { GateReport } from '../gates/index.js'
import { cell, type SummaryLimits } from './cells.js'

/** The run at a glance, as a list: a table would need a header row with nothing to say. */
export function factsTable(facts: ReadonlyArray<[string, string]>): string[] {
  return [...facts.map(([name, value]) => `- **${name}:** ${value}`), '']
}

/** Items of a gate's "checked" cell shown before the rest are counted. */
const CHECKED_ITEMS = 12

const STATUS_MARK = { pass: '✅ pass', fail: '❌ fail', 'not required': '➖ not required' } as const

export function gatesTable(gates: readonly GateReport[], limits: SummaryLimits): string[] {
  const lines = [
    '### Gates',
    '',
    '| gate | title | status | violations | checked |',
    '| --- | --- | --- | ---: | --- |'
  ]
  for (const gate of gates) {
    // Each item cut to its share of the cell, so a long one never hides the ones after it.
    const items = gate.checked.slice(0, CHECKED_ITEMS)
    const share = Math.max(80, Math.floor((limits.cell * 2) / Math.max(1, items.length)))
    const checked = items.map((item) => cell(item, share))
    const more = gate.checked.length - items.length
    if (more > 0) checked.push(`and ${more} more`)
    lines.push(
      `| ${gate.gate} | ${cell(gate.title)} | ${STATUS_MARK[gate.status]} | ${gate.violations} | ${checked.join('; ')} |`
    )
  }
  lines.push('')
  return lines
}
