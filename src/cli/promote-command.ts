// The CLI's promote command, kfm-gen-promotion-manifest [flags]: the same inputs as flags, the
// same pipeline and the same bytes as the action. Exit 0 on pass, 1 on any violation, 2 on a
// usage error or an error that stopped the run.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { printable } from '../model/printable.js'
import { cliInputs } from '../options/inputs.js'
import { parseOptions, type Options } from '../options/parse.js'
import { lfsNotAskedLine } from '../report/lfs-summary.js'
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

function helpText(): string {
  return [
    'Usage: kfm-gen-promotion-manifest [options]',
    '       kfm-gen-promotion-manifest verify --help',
    '       kfm-gen-promotion-manifest version-id --help',
    '       kfm-gen-promotion-manifest inventory --help',
    '       kfm-gen-promotion-manifest ledger verify --help',
    '       kfm-gen-promotion-manifest diff --help',
    '',
    'Builds promotion_manifest.json (v1) for one dataset version and checks every promotion gate.',
    'Writes the manifest only when all gates pass.',
    'Exit 0: pass; 1: violations; 2: a usage error, or an error that stopped the run.',
    '',
    'Options (paths are relative to --workspace; patterns to --root):',
    ...flagUsage(cliInputs(), OWN)
  ].join('\n')
}

async function promoteAndReport(
  { options, summary }: { options: Options; summary?: string },
  io: CliIo
): Promise<number> {
  // Loaded here, not at the top: the inventory subcommand needs none of the gates.
  const { promote } = await import('../pipeline.js')
  const { renderSummary } = await import('../report/summary.js')
  const { causeName, gateLine, violationLines } = await import('../report/cli-lines.js')
  const { StacSchemaError } = await import('../catalogs/stac.js')
  let result
  try {
    result = await promote(options)
  } catch (error) {
    // A schema given by flag that cannot be used: the run cannot even be described.
    if (!(error instanceof StacSchemaError)) throw error
    io.stderr(`error: ${error.message}`)
    return EXIT.usage
  }
  if (summary !== undefined)
    await writeFile(path.resolve(io.cwd, summary), renderSummary(result, options.out.path))
  for (const gate of result.gates) io.stderr(gateLine(gate))
  const lfsWarning = lfsNotAskedLine(result.lfs)
  if (lfsWarning) io.stderr(printable(lfsWarning))
  if (result.status === 'pass') {
    io.stdout(`Promotion manifest written to ${options.out.path} (${options.out.absolute})`)
    io.stdout(`dataset_version_id ${result.datasetVersionId}`)
    io.stdout(`spec_hash          ${result.specHash}`)
    io.stdout(`manifest digest    ${result.manifestDigest}`)
    return EXIT.pass
  }
  for (const line of violationLines(result.violations)) io.stderr(line)
  const [first] = result.violations
  const caused = result.violations.filter((v) => v.causedBy === 0).length
  const cause = first && caused > 0 ? `, ${caused} of them caused by ${causeName(first)}` : ''
  io.stderr(
    `Promotion blocked: ${result.violations.length} violation(s)${cause}; no manifest was written.`
  )
  return EXIT.violation
}

export function runPromote(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(argv, io, {
    flags: inputFlags(cliInputs(), OWN),
    hint: 'with',
    help: helpText,
    options: ({ values }) => ({
      options: parseOptions(rawInputsOf(values, cliInputs()), workspaceOf(values, io.cwd)),
      summary: textFlag(values, 'summary')
    }),
    run: promoteAndReport
  })
}
