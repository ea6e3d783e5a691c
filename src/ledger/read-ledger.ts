// Reading a ledger file for verification: a regular file of at most the input-document limit,
// UTF-8 without a byte-order mark. What makes it unreadable becomes gate E's LEDGER_UNREADABLE,
// as an unreadable manifest is a violation for verify: a ledger that cannot be read cannot be
// shown to be whole.
import { DocumentError, decodeUtf8, readDocumentBytes } from '../documents/json-document.js'
import { ledgerUnreadable } from '../gates/e-ledger.js'
import type { Violation } from '../model/violation.js'

export async function readLedgerText(
  absolute: string,
  shown: string
): Promise<{ text: string } | { violations: Violation[] }> {
  const unreadable = (message: string, line?: number) => ({
    violations: [ledgerUnreadable(shown, message, line)]
  })
  let bytes: Buffer
  try {
    bytes = await readDocumentBytes(absolute, shown)
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    return unreadable(
      error.absent
        ? `${shown} does not exist; check the path, or fetch the ledger branch (git fetch origin promotion-ledger) and name ledger/<slug>.jsonl in it`
        : error.message
    )
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return unreadable(
      `${shown} starts with a byte-order mark, which no ledger write puts there; restore the file from the ledger branch`,
      1
    )
  try {
    return { text: decodeUtf8(shown, bytes) }
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error
    return unreadable(error.message, error.line)
  }
}
