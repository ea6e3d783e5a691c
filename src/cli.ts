// The CLI adapter, kfm-gen-promotion-manifest: the same options as flags, the same pipeline and
// the same bytes as the action. Exit 0 on pass, 1 on any violation, 2 on a usage error.
import { parseArgs } from 'node:util'
import path from 'node:path'
import { writeFile } from 'node:fs/promises'
import { INPUTS, UsageError, parseOptions, type InputName, type RawInputs } from './options.js'

export const EXIT = { pass: 0, violation: 1, usage: 2 } as const

/** Inputs that take one value per line in the action take a repeatable flag here. */
const LIST_INPUTS: ReadonlySet<InputName> = new Set([
  'artifacts',
  'catalogs',
  'run-receipts',
  'sbom',
  'attestations',
  'required-approvals',
  'media-types'
])
/** The CLI never uploads: that needs a workflow run. */
const ACTION_ONLY: ReadonlySet<InputName> = new Set([
  'mode',
  'datasets',
  'github-token',
  'approvals-from',
  'reviewer-roles',
  'comment',
  'upload',
  'retention-days',
  'upload-timeout-seconds',
  'artifact-name',
  'fail-on-violation'
])

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

export function helpText(): string {
  const lines = [
    'Usage: kfm-gen-promotion-manifest [options]',
    '       kfm-gen-promotion-manifest inventory --help',
    '',
    'Builds promotion_manifest.json (v1) for one dataset version and checks every promotion gate.',
    'Writes the manifest only when all gates pass. Exit 0: pass; 1: violations; 2: usage error.',
    '',
    'Options (paths are relative to --workspace; patterns to --root):'
  ]
  for (const [name, input] of Object.entries(INPUTS) as Array<
    [InputName, (typeof INPUTS)[InputName]]
  >) {
    if (ACTION_ONLY.has(name)) continue
    const flag = `--${name}${LIST_INPUTS.has(name) ? ' VALUE (repeatable)' : ' VALUE'}`
    const extra =
      'default' in input
        ? ` Default: "${input.default}".`
        : name === 'dataset-slug'
          ? ' Required.'
          : ''
    lines.push(`  ${flag}`, `      ${input.description}${extra}`)
  }
  lines.push(
    '  --workspace DIR',
    '      The workspace all paths are relative to. Default: the current directory.'
  )
  lines.push('  --summary FILE', '      Also write the Markdown job summary to FILE.')
  lines.push('  --help', '      Show this help.')
  return lines.join('\n')
}

function formatViolation(v: {
  gate: string
  code: string
  path: string
  line?: number
  message: string
}): string {
  // Inside a workflow step the runner reads the CLI's output for workflow commands too: a line
  // may not begin with "::", even for a file named that way (the path is already one line).
  const where = v.path.startsWith(':') ? `./${v.path}` : v.path
  return `${where}${v.line ? `:${v.line}` : ''}: [${v.gate} ${v.code}] ${v.message}`
}

type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>

/** Parses flags strictly; on a usage error says so with the way to --help, and returns undefined. */
function parseFlags(
  argv: readonly string[],
  options: FlagSpec,
  io: CliIo
): Record<string, unknown> | undefined {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: false, strict: true }).values
  } catch (error) {
    io.stderr(
      `error: ${error instanceof Error ? error.message : String(error)}\nRun with --help for the options.`
    )
    return undefined
  }
}

export function inventoryHelpText(): string {
  return [
    'Usage: kfm-gen-promotion-manifest inventory --root DIR --artifacts PATTERN... --out FILE',
    '',
    'Writes the artifact list (path, digest, media_type, size), in the format artifacts-manifest',
    'reads, with the code the action itself inventories with. Exit 0: written; 1: violations; 2: usage.',
    '',
    '  --root DIR              The dataset root (relative to --workspace). Default: ".".',
    '  --artifacts PATTERN     Glob pattern relative to the root; repeatable; ! excludes.',
    '  --media-types LINE      "pattern: media/type" override; repeatable.',
    '  --out FILE              Where the list goes (relative to --workspace). Required.',
    '  --workspace DIR         Default: the current directory.'
  ].join('\n')
}

async function runInventory(argv: readonly string[], io: CliIo): Promise<number> {
  // The hashing threads start first: their start-up then overlaps everything until hashing.
  const { HashPool } = await import('./inventory/hash-pool.js')
  const pool = new HashPool()
  try {
    return await inventoryWith(pool, argv, io)
  } finally {
    await pool.close()
  }
}

async function inventoryWith(
  pool: import('./inventory/hash-pool.js').HashPool,
  argv: readonly string[],
  io: CliIo
): Promise<number> {
  const values = parseFlags(
    argv,
    {
      help: { type: 'boolean' },
      workspace: { type: 'string' },
      root: { type: 'string' },
      artifacts: { type: 'string', multiple: true },
      'media-types': { type: 'string', multiple: true },
      out: { type: 'string' }
    },
    io
  )
  if (!values) return EXIT.usage
  if (values.help) {
    io.stdout(inventoryHelpText())
    return EXIT.pass
  }
  const patterns = (values.artifacts as string[] | undefined) ?? []
  if (patterns.length === 0 || typeof values.out !== 'string') {
    io.stderr(
      'error: inventory needs --artifacts (at least one) and --out.\nRun with --help for the options.'
    )
    return EXIT.usage
  }
  const { listInventory } = await import('./inventory/inventory.js')
  const { writeFilesAtomic } = await import('./manifest/write.js')
  let options
  try {
    options = parseOptions(
      {
        'dataset-slug': 'inventory',
        root: typeof values.root === 'string' ? values.root : '.',
        artifacts: patterns.join('\n'),
        'media-types': ((values['media-types'] as string[] | undefined) ?? []).join('\n'),
        out: values.out,
        upload: 'false'
      },
      path.resolve(io.cwd, typeof values.workspace === 'string' ? values.workspace : '.')
    )
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`error: ${error.message}`)
    return EXIT.usage
  }
  const display = (relative: string): string =>
    options.rootPath === '.' ? relative : `${options.rootPath}/${relative}`
  const list = await listInventory({
    root: options.root,
    display,
    input: 'artifacts',
    patterns: options.artifacts,
    overrides: options.mediaTypes,
    skip: new Set([options.out.absolute]),
    pool
  })
  if (list.violations.length > 0) {
    for (const v of list.violations) io.stderr(formatViolation(v))
    io.stderr(`Inventory failed: ${list.violations.length} violation(s); nothing was written.`)
    return EXIT.violation
  }
  await writeFilesAtomic([
    { path: options.out.absolute, shown: options.out.path, text: list.chunks }
  ])
  io.stdout(`${list.count} artifact(s) written to ${options.out.path}`)
  return EXIT.pass
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'inventory') return runInventory(argv.slice(1), io)
  const flags: FlagSpec = {
    help: { type: 'boolean' },
    workspace: { type: 'string' },
    summary: { type: 'string' }
  }
  for (const name of Object.keys(INPUTS) as InputName[]) {
    if (!ACTION_ONLY.has(name)) flags[name] = { type: 'string', multiple: LIST_INPUTS.has(name) }
  }
  const values = parseFlags(argv, flags, io)
  if (!values) return EXIT.usage
  if (values.help) {
    io.stdout(helpText())
    return EXIT.pass
  }
  const raw: RawInputs = { upload: 'false' }
  for (const name of Object.keys(INPUTS) as InputName[]) {
    const value = values[name]
    if (Array.isArray(value)) raw[name] = value.map(String).join('\n')
    else if (typeof value === 'string') raw[name] = value
  }
  const workspace = path.resolve(
    io.cwd,
    typeof values.workspace === 'string' ? values.workspace : '.'
  )
  let options
  try {
    options = parseOptions(raw, workspace)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`error: ${error.message}\nRun with --help for the options.`)
    return EXIT.usage
  }

  // Loaded here, not at the top: the inventory subcommand needs none of the gates.
  const { promote } = await import('./promote.js')
  const { renderSummary } = await import('./report/summary.js')
  const result = await promote(options)
  if (typeof values.summary === 'string') {
    await writeFile(path.resolve(io.cwd, values.summary), renderSummary(result, options.out.path))
  }
  for (const gate of result.gates) {
    io.stderr(
      `gate ${gate.gate} ${gate.status.padEnd(12)} ${gate.title}${gate.violations ? ` (${gate.violations} violation${gate.violations === 1 ? '' : 's'})` : ''}`
    )
  }
  if (result.status === 'pass') {
    io.stdout(`Promotion manifest written to ${options.out.path} (${options.out.absolute})`)
    io.stdout(`dataset_version_id ${result.datasetVersionId}`)
    io.stdout(`spec_hash          ${result.specHash}`)
    io.stdout(`manifest digest    ${result.manifestDigest}`)
    return EXIT.pass
  }
  for (const v of result.violations) io.stderr(formatViolation(v))
  io.stderr(`Promotion blocked: ${result.violations.length} violation(s); no manifest was written.`)
  return EXIT.violation
}
