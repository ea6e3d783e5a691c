// Gate E, run receipts: every artifact is an output of a passing receipt for this
// dataset_version_id, with the same digest.
import type { RunReceipt } from '../documents/receipts.js'
import type { InventoryEntry } from '../inventory/inventory.js'
import { normaliseRelative } from '../inventory/paths.js'
import { violation, type Violation } from './violation.js'

export interface ReceiptEvidence {
  receipts: readonly RunReceipt[]
  artifacts: readonly InventoryEntry[]
  datasetVersionId?: string
  display: (relative: string) => string
}

function outputPath(uri: string): string | undefined {
  const safe = normaliseRelative(uri)
  return safe.ok ? safe.path : undefined
}

export function checkReceipts(evidence: ReceiptEvidence): Violation[] {
  const violations: Violation[] = []
  const counted: RunReceipt[] = []
  for (const receipt of evidence.receipts) {
    let counts = true
    if (
      evidence.datasetVersionId !== undefined &&
      receipt.datasetVersionId !== evidence.datasetVersionId
    ) {
      violations.push(
        violation(
          'E',
          'RECEIPT_VERSION_MISMATCH',
          receipt.path,
          `The receipt ${receipt.runId} is for dataset_version_id ${receipt.datasetVersionId}, not ${evidence.datasetVersionId}; it belongs to another version, so remove it from run-receipts or re-run the pipeline.`,
          receipt.lineOf(['dataset_version_id'])
        )
      )
      counts = false
    }
    if (receipt.validation.status !== 'pass') {
      violations.push(
        violation(
          'E',
          'RECEIPT_NOT_PASSED',
          receipt.path,
          `The receipt ${receipt.runId} records validation status "${receipt.validation.status}"; only a run whose validation passed can produce promotable artifacts.`,
          receipt.lineOf(['validation', 'status'])
        )
      )
      counts = false
    }
    if (counts) counted.push(receipt)
  }
  for (const artifact of evidence.artifacts) {
    const outputs = counted.flatMap((r) =>
      r.outputs.map((o, index) => ({ receipt: r, output: o, index }))
    )
    const samePath = outputs.filter(({ output }) => outputPath(output.uri) === artifact.path)
    if (samePath.some(({ output }) => output.digest === artifact.digest)) continue
    const stale = samePath[0]
    violations.push(
      stale
        ? violation(
            'E',
            'RECEIPT_DIGEST_MISMATCH',
            stale.receipt.path,
            `The receipt ${stale.receipt.runId} records ${artifact.path} with digest ${stale.output.digest}, but the file has ${artifact.digest}; the file changed after the run, so re-run the pipeline.`,
            stale.receipt.lineOf(['outputs', stale.index, 'digest'])
          )
        : violation(
            'E',
            'ARTIFACT_WITHOUT_RECEIPT',
            evidence.display(artifact.path),
            `No passing run receipt for this version lists ${artifact.path} (${artifact.digest}) among its outputs; every promoted artifact must come from a recorded run.`
          )
    )
  }
  return violations
}
