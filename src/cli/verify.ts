// `kfm-gen-promotion-manifest verify`: checks a written manifest against the files before they
// are published. Exit 0 only when everything it lists is there with its digest.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { HashPool } from '../inventory/hash-pool.js'
import { UsageError, parseVerifyOptions } from '../options/parse.js'
import { gateLine, violationLine } from '../report/cli-lines.js'
import { cliInputs } from '../options/inputs.js'
import { EXIT, flagUsage, parseFlags, type CliIo, type OwnFlag } from './flags.js'

const OWN: readonly OwnFlag[] = ['workspace', 'summary']
const NAMES = ['root', ...cliInputs('verify'), 'shard'] as const

export function verifyHelpText(): string {
  return [
    'Usage: kfm-gen-promotion-manifest verify --manifest FILE [options]',
    '',
    'Checks a written promotion manifest before publishing: it is valid v1, its bytes hash to',
    '--expect-digest when given, its sidecars agree with it, and every file it lists is under the',
    'root, a regular file inside it, with the listed digest. With --shard I/N, only the files of',
    'shard I (a matrix of verify jobs covers them all). Exit 0: verified; 1: violations; 2: usage.',
    '',
    'Options (paths are relative to --workspace; patterns to --root):',
    ...flagUsage(NAMES, OWN, {
      shard:
        'I/N: check only the listed files of shard I of N (e.g. 2/4, one job of a matrix of N); a file is in shard (first 4 bytes of the SHA-256 of its root-relative path, big-endian) mod N + 1, as inventory --shard splits them.'
    })
  ].join('\n')
}

export async function runVerify(argv: readonly string[], io: CliIo): Promise<number> {
  // The hashing threads start first: their start-up then overlaps reading the manifest.
  const { HashPool } = await import('../inventory/hash-pool.js')
  const pool = new HashPool()
  try {
    return await verifyWith(pool, argv, io)
  } finally {
    await pool.close()
  }
}

async function verifyWith(pool: HashPool, argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv, NAMES, OWN, io)
  if (!flags) return EXIT.usage
  if (flags.help) {
    io.stdout(verifyHelpText())
    return EXIT.pass
  }
  let options
  try {
    options = parseVerifyOptions(flags.raw, path.resolve(io.cwd, flags.workspace ?? '.'))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`error: ${error.message}\nRun verify --help for the options.`)
    return EXIT.usage
  }
  const { verifyWritten } = await import('../verify.js')
  const result = await verifyWritten(options, pool)
  if (flags.summary !== undefined) {
    const { renderVerifySummary } = await import('../report/summary.js')
    await writeFile(path.resolve(io.cwd, flags.summary), renderVerifySummary(result))
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
