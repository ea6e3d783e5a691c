// The summary's violations, cause first: one table row for each violation no other explains,
// then under each cause shown, the ones it causes; bounded by rows and bytes, the rest counted
// and left to the violations report.
import type { Violation } from '../model/violation.js'
import { folded, type Folded } from './folded-causes.js'
import { cell, type Budget, type SummaryLimits } from './cells.js'
import { plural } from './words.js'

const VIOLATIONS_HEAD = ['| gate | code | where | what to do |', '| --- | --- | --- | --- |']

/** Whole digests in a sentence, shortened as the inventory shows them (the report has them whole). */
const shortDigests = (text: string): string =>
  text.replace(/sha256:([0-9a-f]{12})[0-9a-f]{52}/g, 'sha256:$1…')

function violationRow(v: Violation, limits: SummaryLimits, note = ''): string {
  return `| ${v.gate} | ${cell(v.code)} | ${cell(v.path, limits.cell)}${v.line ? `:${v.line}` : ''} | ${cell(shortDigests(v.message), limits.cell * 2)}${note} |`
}

const IN_THE_REPORT =
  'the violations report has every one (the `violations-path` output, and the violations artifact when uploading)'

/** Bytes kept for the closing lines while the sections under the causes are laid out. */
const CLOSING_BYTES = 1024

/**
 * The violations a cause explains, folded under it: the first of them in a table, the rest
 * counted. Undefined when even its frame does not fit the budget.
 */
function causedSection(
  { violation: cause, consequences }: Folded,
  limits: SummaryLimits,
  budget: Budget
): string[] | undefined {
  const count = consequences.length
  const head = [
    `<details><summary><b>${plural(count, 'violation')} caused by ${cause.gate} ${cause.code}</b></summary>`,
    '',
    `Caused by ${cell(cause.path, limits.cell)}${cause.line ? `:${cause.line}` : ''} (${cause.gate} ${cell(cause.code)}, above); fixing it is the first step.`,
    '',
    ...VIOLATIONS_HEAD
  ]
  const frame = ['', '… and more', '', '</details>', '']
  if (!budget.fits([...head, ...frame], CLOSING_BYTES)) return undefined
  const { shown, more } = budget.rows(
    consequences.map((v) => () => violationRow(v, limits)),
    limits.consequences
  )
  const tail = more > 0 ? ['', `… and ${more} more caused by it: ${IN_THE_REPORT}.`, ''] : ['']
  return [...head, ...shown, ...tail, '</details>', '']
}

/**
 * The violations, cause first: one table row for each violation no other explains (a cause
 * saying how many it causes), then under each cause shown, the ones it causes.
 */
export function violationsTable(
  violations: readonly Violation[],
  limits: SummaryLimits,
  budget: Budget
): string[] {
  const tops = folded(violations)
  const head = ['### Violations', '', ...VIOLATIONS_HEAD]
  budget.take(head)
  const causes = (n: number): string =>
    n === 0 ? '' : ` **It causes ${plural(n, 'more violation')}, listed below it.**`
  const { shown } = budget.rows(
    tops.map(
      ({ violation, consequences }) =>
        () =>
          violationRow(violation, limits, causes(consequences.length))
    ),
    limits.violations
  )
  const lines = [...head, ...shown, '']
  let unlisted = 0
  tops.forEach((top, index) => {
    if (index >= shown.length) unlisted += 1 + top.consequences.length
    else if (top.consequences.length > 0) {
      const section = causedSection(top, limits, budget)
      if (section) lines.push(...section)
      else unlisted += top.consequences.length
    }
  })
  const tail =
    unlisted > 0 ? [`… and ${plural(unlisted, 'more violation')}: ${IN_THE_REPORT}.`] : []
  budget.take(tail)
  return [...lines, ...tail]
}
