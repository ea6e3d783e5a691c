// `kfm-gen-promotion-manifest version-id`: prints the dataset_version_id a promotion run with the
// same spec and released-at would derive, so a pipeline can write it into its run receipts before
// the gate runs. A version cut in one month and promoted in the next keeps this id: give it as
// dataset-version-id then (docs/decisions.md: its month is not checked against released_at).
import { parseVersionIdOptions } from '../options/parse.js'
import { violationLine } from '../report/cli-lines.js'
import { runCommand } from './command.js'
import { EXIT, flagUsage, inputFlags, rawInputsOf, workspaceOf, type CliIo } from './flags.js'

const NAMES = ['spec', 'spec-hash', 'released-at'] as const

function versionIdHelpText(): string {
  return [
    'Usage: kfm-gen-promotion-manifest version-id --spec FILE [--released-at TIME]',
    '',
    'Prints the dataset_version_id a promotion run would derive: YYYY-MM of released_at (UTC),',
    'a dot, and the first 8 hex characters of spec_hash. released-at defaults to the committer',
    'time of the checked-out commit, as in a promotion run.',
    'Exit 0: printed; 1: violations; 2: a usage error, or an error that stopped the run.',
    '',
    // The table's released-at also tells the action's pull-request mode, which this has not.
    ...flagUsage(NAMES, ['workspace'], {
      'released-at':
        'Release time, RFC 3339 (converted to UTC). Default: the commit time of the checked-out commit.'
    })
  ].join('\n')
}

async function printVersionId(
  request: ReturnType<typeof parseVersionIdOptions>,
  io: CliIo
): Promise<number> {
  const { versionIdOfRun } = await import('../pipeline.js')
  const derived = await versionIdOfRun(request)
  if (derived.value === undefined) {
    for (const v of derived.violations) io.stderr(violationLine(v))
    return EXIT.violation
  }
  io.stdout(derived.value)
  return EXIT.pass
}

export function runVersionId(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(argv, io, {
    flags: inputFlags(NAMES, ['workspace']),
    hint: 'version-id',
    help: versionIdHelpText,
    options: ({ values }) =>
      parseVersionIdOptions(rawInputsOf(values, NAMES), workspaceOf(values, io.cwd)),
    run: printVersionId
  })
}
