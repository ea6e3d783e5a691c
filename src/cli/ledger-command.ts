// `kfm-gen-promotion-manifest ledger verify --file F [--expect-tip sha256:…]`: checks a promotion
// ledger (ledger/<slug>.jsonl of the promotion-ledger branch). Exit 0 when it holds; 1 on any
// violation (a changed, dropped, inserted or moved line, a wrong tip, an unreadable file);
// 2 on a usage error.
import path from 'node:path'
import { DIGEST_PATTERN } from '../model/digest.js'
import { printable } from '../model/printable.js'
import { UsageError } from '../options/values.js'
import { violationLine } from '../report/cli-lines.js'
import { runCommand } from './command.js'
import { EXIT, textFlag, type CliIo, type FlagSpec } from './flags.js'

const FLAGS: FlagSpec = {
  file: { type: 'string' },
  'expect-tip': { type: 'string' }
}

function ledgerHelpText(): string {
  return [
    'Usage: kfm-gen-promotion-manifest ledger verify --file FILE [--expect-tip sha256:HEX]',
    '',
    'Verifies a promotion ledger (ledger/<slug>.jsonl on the promotion-ledger branch): every line',
    'a record of schemas/ledger_record_v1.schema.json in the ledger\'s form, each "previous" the',
    'digest of the line before it (null on the first), seq counting up by one, released_at never',
    "going back, one dataset, each version once. Prints the tip (the last line's digest).",
    'Exit 0: the ledger holds; 1: violations; 2: a usage error, or an error that stopped the run.',
    '',
    '  --file FILE              The ledger file.',
    "  --expect-tip sha256:HEX  The digest the last line must have (a publication's",
    '                           ledger-record-digest output).',
    '  --version                Print the version.',
    '  --help                   Show this help.'
  ].join('\n')
}

interface LedgerRequest {
  file: string
  expectTip?: string
}

async function verifyLedgerFile({ file, expectTip }: LedgerRequest, io: CliIo): Promise<number> {
  const { readLedgerText } = await import('../ledger/read-ledger.js')
  const { verifyLedger } = await import('../ledger/verify-ledger.js')
  const read = await readLedgerText(path.resolve(io.cwd, file), file)
  const result =
    'text' in read
      ? verifyLedger(read.text, { path: file, ...(expectTip ? { expectTip } : {}) })
      : { ok: false, records: [], tip: null, violations: read.violations }
  if (result.ok) {
    io.stdout(
      `Verified ${printable(file)}: ${result.records.length} record(s), chained; tip ${result.tip ?? 'none (empty ledger)'}`
    )
    return EXIT.pass
  }
  for (const v of result.violations) io.stderr(violationLine(v))
  io.stderr(
    `Ledger verification failed: ${result.violations.length} violation(s); do not trust this copy of the ledger.`
  )
  return EXIT.violation
}

export async function runLedger(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === '--help' || argv[0] === undefined) {
    io.stdout(ledgerHelpText())
    return argv[0] === undefined ? EXIT.usage : EXIT.pass
  }
  if (argv[0] !== 'verify') {
    io.stderr(
      `error: unknown ledger command ${printable(argv[0])}; the one command is verify\nRun ledger verify --help for the options.`
    )
    return EXIT.usage
  }
  return runCommand(argv.slice(1), io, {
    flags: FLAGS,
    hint: 'ledger verify',
    help: ledgerHelpText,
    options: ({ values }): LedgerRequest => {
      const file = textFlag(values, 'file')
      if (file === undefined) throw new UsageError('ledger verify needs --file FILE')
      const expectTip = textFlag(values, 'expect-tip')
      if (expectTip !== undefined && !DIGEST_PATTERN.test(expectTip))
        throw new UsageError(
          `--expect-tip ${printable(expectTip)} is not a digest; give sha256: and 64 lowercase hex characters`
        )
      return { file, expectTip }
    },
    run: verifyLedgerFile
  })
}
