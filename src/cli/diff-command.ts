// `kfm-gen-promotion-manifest diff OLD NEW`: what changed from one promoted version to another.
// Exit 0 when compared (with --exit-code, 1 when they differ, as `git diff --exit-code`); 2 on a
// usage error or an input that cannot be read or is not a v1 manifest, so that an error is never
// taken for "they differ".
import path from 'node:path'
import { DocumentError } from '../documents/json-document.js'
import { printable, printableJson } from '../model/printable.js'
import { UsageError } from '../options/values.js'
import { runCommand } from './command.js'
import { EXIT, textFlag, type CliIo, type FlagSpec } from './flags.js'

const FLAGS: FlagSpec = {
  json: { type: 'boolean' },
  'exit-code': { type: 'boolean' },
  'old-root': { type: 'string' },
  'new-root': { type: 'string' }
}

function diffHelpText(): string {
  return [
    'Usage: kfm-gen-promotion-manifest diff OLD NEW [--json] [--exit-code]',
    '       [--old-root DIR] [--new-root DIR]',
    '',
    'Compares two promotion manifests (v1): version, spec hash, released_at; artifacts and',
    'catalogs added, removed and changed; QA status; policy label (a lowered label is marked);',
    "approvals; and the extent and licence of each side's STAC collection, found among the",
    'catalog files the manifest lists, under its root, when they are there with their digests.',
    'Exit 0: compared; 1: they differ (with --exit-code only); 2: usage error or unreadable input.',
    '',
    '  --json            Print the diff as JSON (schemas/manifest_diff_v1.schema.json).',
    '  --exit-code       Exit 1 when the manifests differ, as git diff --exit-code does.',
    "  --old-root DIR    The root OLD's paths are relative to. Default: OLD's folder.",
    "  --new-root DIR    The root NEW's paths are relative to. Default: NEW's folder.",
    '  --version         Print the version.',
    '  --help            Show this help.'
  ].join('\n')
}

interface DiffRequest {
  files: { old: string; new: string }
  json: boolean
  exitCode: boolean
  oldRoot?: string
  newRoot?: string
}

/** Where a side's manifest is, and the root its paths are relative to. */
function place(io: CliIo, file: string, root: string | undefined) {
  return {
    manifest: path.resolve(io.cwd, file),
    root: {
      absolute: path.resolve(io.cwd, root ?? path.dirname(file)),
      shown: root ?? (path.dirname(file) || '.')
    }
  }
}

async function diffAndPrint(request: DiffRequest, io: CliIo): Promise<number> {
  const { readDiffSide } = await import('../diff/read-side.js')
  const { diffManifests } = await import('../diff/manifests.js')
  const { files } = request
  const old = place(io, files.old, request.oldRoot)
  const now = place(io, files.new, request.newRoot)
  const [oldSide, newSide] = await Promise.all([
    readDiffSide(old.manifest, files.old, old.root),
    readDiffSide(now.manifest, files.new, now.root)
  ])
  const diff = diffManifests(oldSide.manifest, newSide.manifest, {
    ...collections(oldSide.collection, newSide.collection),
    sizeOf: (side, relative) => (side === 'old' ? oldSide : newSide).sizeOf(relative)
  })
  if (request.json) io.stdout(printableJson(diff))
  else {
    const { diffLines } = await import('../report/diff-lines.js')
    for (const line of diffLines(diff)) io.stdout(line)
  }
  return request.exitCode && diff.differ ? EXIT.violation : EXIT.pass
}

/** The diff, or the one "error:" line of a side that cannot be read or is not v1: exit 2. */
async function diffSides(request: DiffRequest, io: CliIo): Promise<number> {
  const { ManifestDiffError } = await import('../diff/manifests.js')
  try {
    return await diffAndPrint(request, io)
  } catch (error) {
    if (error instanceof DocumentError) {
      io.stderr(`error: ${printable(error.message)}`)
      return EXIT.usage
    }
    if (error instanceof ManifestDiffError) {
      const file = error.message.startsWith('the old') ? request.files.old : request.files.new
      io.stderr(`error: ${printable(file)}: ${printable(error.message)}`)
      return EXIT.usage
    }
    throw error
  }
}

type Found = { value: unknown; path: string } | { missing: string }

/** The collections to compare, or why the part is left out. */
function collections(old: Found, now: Found) {
  if ('value' in old && 'value' in now)
    return {
      oldCollection: old.value,
      newCollection: now.value,
      oldCollectionPath: old.path,
      newCollectionPath: now.path
    }
  const why = [
    'missing' in old ? `old side: ${old.missing}` : undefined,
    'missing' in now ? `new side: ${now.missing}` : undefined
  ].filter(Boolean)
  return { collectionMissing: `extent and licence left out; ${why.join('; ')}` }
}

export function runDiff(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(argv, io, {
    flags: FLAGS,
    positionals: true,
    hint: 'diff',
    help: diffHelpText,
    options: ({ values, positionals }): DiffRequest => {
      if (positionals.length !== 2)
        throw new UsageError(`diff takes two manifests, OLD and NEW (${positionals.length} given)`)
      return {
        files: { old: positionals[0]!, new: positionals[1]! },
        json: values.json === true,
        exitCode: values['exit-code'] === true,
        oldRoot: textFlag(values, 'old-root'),
        newRoot: textFlag(values, 'new-root')
      }
    },
    run: diffSides
  })
}
