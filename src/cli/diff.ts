// `kfm-gen-promotion-manifest diff OLD NEW`: what changed from one promoted version to another.
// Exit 0 when compared (with --exit-code, 1 when they differ, as `git diff --exit-code`); 2 on a
// usage error or an input that cannot be read or is not a v1 manifest, so that an error is never
// taken for "they differ".
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DocumentError } from '../documents/json-document.js'
import { printable, printableJson } from '../model/printable.js'
import { EXIT, unknownFlagMessage, type CliIo } from './flags.js'

const FLAGS = {
  json: { type: 'boolean' },
  'exit-code': { type: 'boolean' },
  'old-root': { type: 'string' },
  'new-root': { type: 'string' },
  help: { type: 'boolean' }
} as const

export function diffHelpText(): string {
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
    '  --help            Show this help.'
  ].join('\n')
}

function usage(io: CliIo, message: string): number {
  io.stderr(`${message}\nRun diff --help for the options.`)
  return EXIT.usage
}

export async function runDiff(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: true })
  } catch (error) {
    const { tokens } = parseArgs({ args: [...argv], options: FLAGS, strict: false, tokens: true })
    const unknown = tokens.find((t) => t.kind === 'option' && !Object.hasOwn(FLAGS, t.name))
    return usage(
      io,
      unknown?.kind === 'option'
        ? unknownFlagMessage(printable(unknown.rawName), Object.keys(FLAGS))
        : `error: ${error instanceof Error ? printable(error.message) : String(error)}`
    )
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(diffHelpText())
    return EXIT.pass
  }
  if (positionals.length !== 2)
    return usage(io, `error: diff takes two manifests, OLD and NEW (${positionals.length} given)`)
  const [oldFile, newFile] = positionals as [string, string]
  const place = (file: string, root: string | undefined) => ({
    manifest: path.resolve(io.cwd, file),
    root: {
      absolute: path.resolve(io.cwd, root ?? path.dirname(file)),
      shown: root ?? (path.dirname(file) || '.')
    }
  })
  const { readDiffSide } = await import('../diff/read-side.js')
  const { diffManifests, ManifestDiffError } = await import('../diff/manifests.js')
  try {
    const old = place(oldFile, values['old-root'])
    const now = place(newFile, values['new-root'])
    const [oldSide, newSide] = await Promise.all([
      readDiffSide(old.manifest, oldFile, old.root),
      readDiffSide(now.manifest, newFile, now.root)
    ])
    const diff = diffManifests(oldSide.manifest, newSide.manifest, {
      ...collections(oldSide.collection, newSide.collection),
      sizeOf: (side, relative) => (side === 'old' ? oldSide : newSide).sizeOf(relative)
    })
    if (values.json) io.stdout(printableJson(diff))
    else {
      const { diffLines } = await import('../report/diff-lines.js')
      for (const line of diffLines(diff)) io.stdout(line)
    }
    return values['exit-code'] && diff.differ ? EXIT.violation : EXIT.pass
  } catch (error) {
    if (error instanceof DocumentError) {
      io.stderr(`error: ${printable(error.message)}`)
      return EXIT.usage
    }
    if (error instanceof ManifestDiffError) {
      const file = error.message.startsWith('the old') ? oldFile : newFile
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
