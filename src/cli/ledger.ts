// `kfm-gen-promotion-manifest ledger verify --file F [--expect-tip sha256:…]`: checks a promotion
// ledger (ledger/<slug>.jsonl of the promotion-ledger branch). Exit 0 when it holds; 1 on any
// violation (a changed, dropped, inserted or moved line, a wrong tip, an unreadable file);
// 2 on a usage error.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DIGEST_PATTERN } from '../model/digest.js'
import { printable } from '../model/printable.js'
import { violationLine } from '../report/cli-lines.js'
import { EXIT, unknownFlagMessage, type CliIo } from './flags.js'

const FLAGS = {
  file: { type: 'string' },
  'expect-tip': { type: 'string' },
  help: { type: 'boolean' }
} as const

export function ledgerHelpText(): string {
  return [
    'Usage: kfm-gen-promotion-manifest ledger verify --file FILE [--expect-tip sha256:HEX]',
    '',
    'Verifies a promotion ledger (ledger/<slug>.jsonl on the promotion-ledger branch): every line',
    'a record of schemas/ledger_record_v1.schema.json in the ledger\'s form, each "previous" the',
    'digest of the line before it (null on the first), seq counting up by one, released_at never',
    "going back, one dataset, each version once. Prints the tip (the last line's digest).",
    'Exit 0: the ledger holds; 1: violations; 2: usage error.',
    '',
    '  --file FILE              The ledger file.',
    "  --expect-tip sha256:HEX  The digest the last line must have (a publication's",
    '                           ledger-record-digest output).',
    '  --help                   Show this help.'
  ].join('\n')
}

function usage(io: CliIo, message: string): number {
  io.stderr(`${message}\nRun ledger verify --help for the options.`)
  return EXIT.usage
}

export async function runLedger(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === '--help' || argv[0] === undefined) {
    io.stdout(ledgerHelpText())
    return argv[0] === undefined ? EXIT.usage : EXIT.pass
  }
  if (argv[0] !== 'verify')
    return usage(
      io,
      `error: unknown ledger command ${printable(argv[0])}; the one command is verify`
    )
  let values
  try {
    values = parseArgs({ args: argv.slice(1), options: FLAGS, strict: true }).values
  } catch (error) {
    const { tokens } = parseArgs({
      args: argv.slice(1),
      options: FLAGS,
      strict: false,
      tokens: true
    })
    const unknown = tokens.find((t) => t.kind === 'option' && !Object.hasOwn(FLAGS, t.name))
    return usage(
      io,
      unknown?.kind === 'option'
        ? unknownFlagMessage(printable(unknown.rawName), Object.keys(FLAGS))
        : `error: ${error instanceof Error ? printable(error.message) : String(error)}`
    )
  }
  if (values.help) {
    io.stdout(ledgerHelpText())
    return EXIT.pass
  }
  if (values.file === undefined) return usage(io, 'error: ledger verify needs --file FILE')
  const expectTip = values['expect-tip']
  if (expectTip !== undefined && !DIGEST_PATTERN.test(expectTip))
    return usage(
      io,
      `error: --expect-tip ${printable(expectTip)} is not a digest; give sha256: and 64 lowercase hex characters`
    )
  const { readLedgerText } = await import('../ledger/read.js')
  const { verifyLedger } = await import('../ledger/verify.js')
  const shown = values.file
  const read = await readLedgerText(path.resolve(io.cwd, shown), shown)
  const result =
    'text' in read
      ? verifyLedger(read.text, { path: shown, ...(expectTip ? { expectTip } : {}) })
      : { ok: false, records: [], tip: null, violations: read.violations }
  if (result.ok) {
    io.stdout(
      `Verified ${printable(shown)}: ${result.records.length} record(s), chained; tip ${result.tip ?? 'none (empty ledger)'}`
    )
    return EXIT.pass
  }
  for (const v of result.violations) io.stderr(violationLine(v))
  io.stderr(
    `Ledger verification failed: ${result.violations.length} violation(s); do not trust this copy of the ledger.`
  )
  return EXIT.violation
}
