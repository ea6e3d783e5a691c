// Run receipts (the contract's appendix), found by the run-receipts patterns, each read against
// schemas/run_receipt_v1.schema.json into a typed receipt, or reported as not a receipt.
import path from 'node:path'
import { runReceiptV1, runReceiptV1Schema } from '../generated/validators.js'
import { schemaValidator } from '../model/json-schema.js'
import { unreadable, type Unreadable } from './read-document.js'
import { readDocumentBytes } from './document-bytes.js'
import { DocumentError } from './document-error.js'
import { jsonDocumentOf } from './json-document.js'
import { rereadLines } from './line-finders.js'
import { digestsIn, searchableText } from './mentions.js'

const problems = schemaValidator(runReceiptV1, runReceiptV1Schema)

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

/** A file the run-receipts patterns found that is not a readable run receipt. */
export interface UnreadableReceipt extends Unreadable {
  /** The digests its text names, when its bytes could be read: the outputs it would have covered. */
  digests?: Set<string>
}

export interface ReceiptReading {
  receipts: RunReceipt[]
  /** Files the patterns found that are not readable run receipts. */
  unreadable: UnreadableReceipt[]
}

/** Reads the receipt files the run-receipts patterns found (root-relative paths). */
export async function readReceipts(
  root: string,
  files: ReadonlyArray<{ path: string }>,
  display: (relative: string) => string
): Promise<ReceiptReading> {
  const notReceipts: UnreadableReceipt[] = []
  const receipts: RunReceipt[] = []
  for (const file of files) {
    const shown = display(file.path)
    // Kept when the bytes were read but are no receipt: the digests they name are still evidence.
    let bytes: Buffer | undefined
    const digests = (): { digests?: Set<string> } =>
      bytes ? { digests: digestsIn(searchableText(bytes)) } : {}
    try {
      bytes = await readDocumentBytes(path.join(root, file.path), shown)
      const document = jsonDocumentOf(shown, bytes)
      const schemaProblems = problems(document.value)
      if (schemaProblems.length > 0) {
        const named = digests()
        for (const p of schemaProblems) {
          notReceipts.push({
            path: shown,
            message: `${shown} is not a valid run receipt (schemas/run_receipt_v1.schema.json): ${p.text.replace(/^the document/, 'the receipt')}.`,
            line: document.lineOf(p.location) ?? 1,
            ...named
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
        // Not the text: a receipt of 100,000 outputs is read again only for a violation's line.
        lineOf: rereadLines(path.join(root, file.path), document.digest).lineOf
      })
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error
      notReceipts.push({ ...unreadable(error), ...digests() })
    }
  }
  return { receipts, unreadable: notReceipts }
}
