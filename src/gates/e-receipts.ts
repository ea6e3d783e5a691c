// Gate E's run receipts: every artifact is an output of a passing run receipt for this
// dataset_version_id, with the same digest; a receipt for another version or a run that did not
// pass counts for nothing, and says so.
import type { RunReceipt } from '../documents/receipts.js'
import type { InventoryEntry } from '../inventory/entry.js'
import { appendTo } from '../model/multimap.js'
import { normaliseRelative } from '../model/paths.js'
import { violation, type Violation } from '../model/violation.js'
import { pointerAbout } from './e-lfs.js'
import { inventoryViolations } from './e-paths.js'
import { missingInput, type Evidence, type Facts } from './evidence.js'

interface ReceiptEvidence {
  receipts: readonly RunReceipt[]
  artifacts: readonly InventoryEntry[]
  datasetVersionId?: string
  display: (relative: string) => string
}

/** A receipt output's root-relative path; a directory store's keeps its trailing `/`. */
function outputPath(uri: string): string | undefined {
  const safe = normaliseRelative(uri)
  if (!safe.ok) return undefined
  return uri.endsWith('/') ? `${safe.path}/` : safe.path
}

interface ReceiptOutput {
  receipt: RunReceipt
  output: RunReceipt['outputs'][number]
  index: number
}

/** Each receipt's violations when it is for another version or did not pass, and whether it counts. */
function receiptStanding(
  receipt: RunReceipt,
  datasetVersionId: string | undefined
): { violations: Violation[]; counts: boolean } {
  const violations: Violation[] = []
  if (datasetVersionId !== undefined && receipt.datasetVersionId !== datasetVersionId) {
    violations.push(
      violation(
        'RECEIPT_VERSION_MISMATCH',
        receipt.path,
        `The receipt ${receipt.runId} is for dataset_version_id ${receipt.datasetVersionId}, not ${datasetVersionId}; it belongs to another version, so remove it from run-receipts or re-run the pipeline.`,
        { line: receipt.lineOf(['dataset_version_id']) }
      )
    )
  }
  if (receipt.validation.status !== 'pass') {
    violations.push(
      violation(
        'RECEIPT_NOT_PASSED',
        receipt.path,
        `The receipt ${receipt.runId} records validation status "${receipt.validation.status}"; only a run whose validation passed can produce promotable artifacts.`,
        { line: receipt.lineOf(['validation', 'status']) }
      )
    )
  }
  return { violations, counts: violations.length === 0 }
}

/** Every output of the receipts by its normalised path, once: a lookup per artifact. */
function outputsByPath(receipts: readonly RunReceipt[]): Map<string, ReceiptOutput[]> {
  const outputs = new Map<string, ReceiptOutput[]>()
  for (const receipt of receipts) {
    receipt.outputs.forEach((output, index) => {
      const at = outputPath(output.uri)
      if (at === undefined) return
      appendTo(outputs, at, { receipt, output, index })
    })
  }
  return outputs
}

function checkReceipts(evidence: ReceiptEvidence): Violation[] {
  const violations: Violation[] = []
  const counted: RunReceipt[] = []
  // A receipt that does not count, by the violation that says why: an artifact it lists is
  // without a receipt because of that violation.
  const refused = new Map<RunReceipt, Violation>()
  for (const receipt of evidence.receipts) {
    const standing = receiptStanding(receipt, evidence.datasetVersionId)
    violations.push(...standing.violations)
    if (standing.counts) counted.push(receipt)
    else refused.set(receipt, standing.violations[0]!)
  }
  const outputs = outputsByPath(counted)
  const refusedOutputs = outputsByPath([...refused.keys()])
  for (const artifact of evidence.artifacts) {
    const samePath = outputs.get(artifact.path) ?? []
    if (samePath.some(({ output }) => output.digest === artifact.digest)) continue
    const stale = samePath[0]
    if (stale) {
      violations.push(
        violation(
          'RECEIPT_DIGEST_MISMATCH',
          stale.receipt.path,
          `The receipt ${stale.receipt.runId} records ${artifact.path} with digest ${stale.output.digest}, but the file has ${artifact.digest}; the file changed after the run, so re-run the pipeline.`,
          {
            line: stale.receipt.lineOf(['outputs', stale.index, 'digest']),
            about: pointerAbout(artifact)
          }
        )
      )
      continue
    }
    const listedBy = refusedOutputs
      .get(artifact.path)
      ?.find(({ output }) => output.digest === artifact.digest)?.receipt
    const why = listedBy && refused.get(listedBy)!
    violations.push(
      violation(
        'ARTIFACT_WITHOUT_RECEIPT',
        evidence.display(artifact.path),
        `No passing run receipt for this version lists ${artifact.path} (${artifact.digest}) among its outputs; every promoted artifact must come from a recorded run.`,
        {
          about: {
            digest: artifact.digest,
            ...(why ? { explainedBy: { code: why.code, path: why.path } } : {})
          }
        }
      )
    )
  }
  return violations
}

/** The receipts the run-receipts patterns found, judged; what they cover goes to `checked`. */
export function receiptViolations(
  evidence: Evidence,
  facts: Facts,
  checked: string[]
): Violation[] {
  const reading = evidence.receipts
  if (!reading) {
    const what = 'every artifact must be the output of a recorded run'
    return [violation('RECEIPTS_MISSING', 'run-receipts', missingInput(what, 'run-receipts'))]
  }
  checked.push(`${reading.receipts.length} run receipt(s) cover the artifacts`)
  return [
    ...inventoryViolations(reading.search),
    ...reading.unreadable.map((u) =>
      violation('RECEIPT_INVALID', u.path, u.message, { line: u.line })
    ),
    ...checkReceipts({
      receipts: reading.receipts,
      artifacts: evidence.artifacts.entries,
      datasetVersionId: facts.identity.datasetVersionId,
      display: evidence.display
    })
  ]
}
