// `kfm-gen-promotion-manifest verify`: checks a written manifest against the files before they
// are published. Exit 0 only when everything it lists is there with its digest.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { cliInputs } from '../options/inputs.js'
import { parseVerifyOptions, type VerifyOptions } from '../options/parse.js'
import { gateLine, violationLine } from '../report/cli-lines.js'
import { runCommand } from './command.js'
import {
  EXIT,
  flagUsage,
  inputFlags,
  rawInputsOf,
  textFlag,
  workspaceOf,
  type CliIo,
  type OwnFlag
} from './flags.js'

const OWN: readonly OwnFlag[] = ['workspace', 'summary']
const NAMES = ['root', ...cliInputs('verify')] as const

function verifyHelpText(): string {
  return [
    'Usage: kfm-gen-promotion-manifest verify --manifest FILE [options]',
    '',
    'Checks a written promotion manifest before publishing: it is valid v1, its bytes hash to',
    '--expect-digest when given, its sidecars agree with it, and every file it lists is under the',
    'root, a regular file inside it, with the listed digest. With --shard I/N, only the files of',
    'shard I (a matrix of verify jobs covers them all).',
    'Exit 0: verified; 1: violations; 2: a usage error, or an error that stopped the run.',
    '',
    'Options (paths are relative to --workspace; patterns to --root):',
    ...flagUsage(NAMES, OWN, {
      shard:
        'I/N: check only the listed files of shard I of N (e.g. 2/4, one job of a matrix of N); a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1, as inventory --shard splits them.'
    })
  ].join('\n')
}

async function verifyAndReport(
  { options, summary }: { options: VerifyOptions; summary?: string },
  io: CliIo
): Promise<number> {
  // The hashing threads start first: their start-up then overlaps reading the manifest.
  const { HashPool } = await import('../inventory/hash-pool.js')
  const pool = new HashPool()
  const { verifyWritten } = await import('../verify-written.js')
  const result = await verifyWritten(options, pool).finally(() => pool.close())
  if (summary !== undefined) {
    const { renderVerifySummary } = await import('../report/summary.js')
    await writeFile(path.resolve(io.cwd, summary), renderVerifySummary(result))
  }
  for (const gate of result.gates) io.stderr(gateLine(gate))
  // The strict search's one blind spot, said where its verdict is read.
  if (options.strict.length > 0)
    io.stderr(
      'strict: .git directories are not searched (as in the inventory); a .git under the patterns, other than the checkout’s own, fails as FILE_UNLISTED.'
    )
  if (result.status === 'pass') {
    io.stdout(
      `Verified ${result.manifestPath} (${result.manifestDigest}): ${result.artifacts} artifact(s) and ${result.catalogs} catalog file(s) match.`
    )
    return EXIT.pass
  }
  for (const v of result.violations) io.stderr(violationLine(v))
  io.stderr(`Verification failed: ${result.violations.length} violation(s); do not publish.`)
  return EXIT.violation
}

export function runVerify(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(argv, io, {
    flags: inputFlags(NAMES, OWN),
    hint: 'verify',
    help: verifyHelpText,
    options: ({ values }) => ({
      options: parseVerifyOptions(rawInputsOf(values, NAMES), workspaceOf(values, io.cwd)),
      summary: textFlag(values, 'summary')
    }),
    run: verifyAndReport
  })
}
