// Run receipts (the contract's appendix): found by pattern under the root, each validated against
// schemas/run_receipt_v1.schema.json.
import path from 'node:path'
import { runReceiptV1 } from '../generated/validators.js'
import { findFiles } from '../inventory/find-files.js'
import { schemaValidator } from '../json-schema.js'
import { violation, type Violation } from '../gates/violation.js'
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

export async function readReceipts(
  root: string,
  patterns: readonly string[],
  display: (relative: string) => string,
  skip: ReadonlySet<string>
): Promise<{ receipts: RunReceipt[]; violations: Violation[] }> {
  const found = await findFiles(root, patterns, 'run-receipts', display, skip)
  const violations: Violation[] = [...found.violations]
  const receipts: RunReceipt[] = []
  for (const file of found.files) {
    const shown = display(file.path)
    try {
      const document = await readJsonDocument(path.join(root, file.path), shown)
      const schemaProblems = problems(document.value)
      if (schemaProblems.length > 0) {
        for (const p of schemaProblems) {
          violations.push(
            violation(
              'E',
              'RECEIPT_INVALID',
              shown,
              `${shown} is not a valid run receipt: ${p.text.replace(/^the document/, 'the receipt')}.`,
              document.lineOf(p.location) ?? 1
            )
          )
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
        lineOf: (location) => document.lineOf(location)
      })
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error
      violations.push(violation('E', 'RECEIPT_INVALID', shown, error.message, error.line))
    }
  }
  return { receipts, violations }
}
