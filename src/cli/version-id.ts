// `kfm-gen-promotion-manifest version-id`: prints the dataset_version_id a promotion run with the
// same spec and released-at would derive, so a pipeline can write it into its run receipts before
// the gate runs. A version cut in one month and promoted in the next keeps this id: give it as
// dataset-version-id then (DECISIONS.md: its month is not checked against released_at).
import path from 'node:path'
import { UsageError, parseVersionIdOptions } from '../options/parse.js'
import { violationLine } from '../report/cli-lines.js'
import { EXIT, flagUsage, parseFlags, type CliIo } from './flags.js'

const NAMES = ['spec', 'spec-hash', 'released-at'] as const

export function versionIdHelpText(): string {
  return [
    'Usage: kfm-gen-promotion-manifest version-id --spec FILE [--released-at TIME]',
    '',
    'Prints the dataset_version_id a promotion run would derive: YYYY-MM of released_at (UTC),',
    'a dot, and the first 8 hex characters of spec_hash. released-at defaults to the committer',
    'time of the checked-out commit, as in a promotion run. Exit 0: printed; 1: violations; 2: usage.',
    '',
    // The table's released-at also tells the action's pull-request mode, which this has not.
    ...flagUsage(NAMES, ['workspace'], {
      'released-at':
        'Release time, RFC 3339 (converted to UTC). Default: the commit time of the checked-out commit.'
    })
  ].join('\n')
}

export async function runVersionId(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv, NAMES, ['workspace'], io)
  if (!flags) return EXIT.usage
  if (flags.help) {
    io.stdout(versionIdHelpText())
    return EXIT.pass
  }
  let request
  try {
    request = parseVersionIdOptions(flags.raw, path.resolve(io.cwd, flags.workspace ?? '.'))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`error: ${error.message}\nRun version-id --help for the options.`)
    return EXIT.usage
  }
  const { versionIdOfRun } = await import('../pipeline.js')
  const derived = await versionIdOfRun(request)
  if (derived.value === undefined) {
    for (const v of derived.violations) io.stderr(violationLine(v))
    return EXIT.violation
  }
  io.stdout(derived.value)
  return EXIT.pass
}
