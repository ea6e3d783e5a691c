// Run receipts (the contract's appendix), found by the run-receipts patterns, each read against
// schemas/run_receipt_v1.schema.json into a typed receipt, or reported as not a receipt.
import path from 'node:path'
import { runReceiptV1 } from '../generated/validators.js'
import { schemaValidator } from '../model/json-schema.js'
import { unreadable, type Unreadable } from './evidence.js'
import { DocumentError, readJsonDocument } from './json-document.js'

const problems = schemaValidator(runReceiptV1)

export interface RunReceipt {
  /** Workspace-relative path. */
  path: string
  digest: string
  runId: string
  datasetVersionId: string
  outputs: Array<{ uri: string; digest: string }>
  validation: { status: string; reportDigest: string }
  decisionId: string
  lineOf(location: Array<string | number>): number | undefined
}

export interface ReceiptReading {
  receipts: RunReceipt[]
  /** Files the patterns found that are not readable run receipts. */
  unreadable: Unreadable[]
}

/** Reads the receipt files the run-receipts patterns found (root-relative paths). */
export async function readReceipts(
  root: string,
  files: ReadonlyArray<{ path: string }>,
  display: (relative: string) => string
): Promise<ReceiptReading> {
  const notReceipts: Unreadable[] = []
  const receipts: RunReceipt[] = []
  for (const file of files) {
    const shown = display(file.path)
    try {
      const document = await readJsonDocument(path.join(root, file.path), shown)
      const schemaProblems = problems(document.value)
      if (schemaProblems.length > 0) {
        for (const p of schemaProblems) {
          notReceipts.push({
            path: shown,
            message: `${shown} is not a valid run receipt: ${p.text.replace(/^the document/, 'the receipt')}.`,
            line: document.lineOf(p.location) ?? 1
          })
        }
        continue
      }
      const value = document.value as {
        run_id: string
        dataset_version_id: string
        outputs: Array<{ uri: string; digest: string }>
        validation: { status: string; report_digest: string }
        policy: { decision_id: string }
      }
      receipts.push({
        path: shown,
        digest: document.digest,
        runId: value.run_id,
        datasetVersionId: value.dataset_version_id,
        outputs: value.outputs,
        validation: {
          status: value.validation.status,
          reportDigest: value.validation.report_digest
        },
        decisionId: value.policy.decision_id,
        lineOf: document.lineOf
      })
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error
      notReceipts.push(unreadable(error))
    }
  }
  return { receipts, unreadable: notReceipts }
}
