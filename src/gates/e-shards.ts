// Gate E's sharded inventory: the shard files given are one split, whole (shards 1..N, each once),
// made with this run's settings, each entry in its own shard and no path twice, together exactly
// the listing they share; and, where the promote job lists its own tree, the same files, sizes and
// media types as that tree.
import {
  pathsDigest,
  shardOf,
  type ShardDocument,
  type ShardEvidence,
  type TreeFile
} from '../inventory/shards.js'
import { compareText } from '../model/order.js'
import { violation, type Violation } from '../model/violation.js'

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index])

const quoted = (list: readonly string[]): string =>
  list.length === 0 ? 'none' : list.map((item) => `"${item}"`).join(', ')

/** " (and N more)" after the first of a list, when there are more. */
const andMore = (list: readonly unknown[]): string =>
  list.length > 1 ? ` (and ${list.length - 1} more)` : ''

const RERUN =
  'run the inventory jobs again on the same commit, and promote with the shard files of that one run'

/** What every shard must share with the promote run, and with the others. */
function settingViolations(
  shard: ShardDocument,
  expected: ShardEvidence['expected'] & { pathCount: number; pathsDigest: string; from: string },
  name: string
): Violation[] {
  const found: Violation[] = []
  const mismatch = (message: string, location: string): void => {
    found.push(violation('SHARD_MISMATCH', shard.path, message, { line: shard.lineOf([location]) }))
  }
  if (shard.root !== expected.root)
    mismatch(
      `${name} inventoried the root "${shard.root}", but this run's root is "${expected.root}"; give the inventory jobs and the promote job the same root.`,
      'root'
    )
  if (!sameList(shard.patterns, expected.patterns))
    mismatch(
      `${name} was made with the artifacts patterns ${quoted(shard.patterns)}, not ${quoted(expected.patterns)} (${expected.from}); give every job the same artifacts patterns.`,
      'patterns'
    )
  if (!sameList(shard.mediaTypes, expected.mediaTypes))
    mismatch(
      `${name} was made with the media-types ${quoted(shard.mediaTypes)}, but this run has ${quoted(expected.mediaTypes)}; give every job the same media-types.`,
      'media_types'
    )
  if (shard.pathCount !== expected.pathCount || shard.pathsDigest !== expected.pathsDigest)
    mismatch(
      `${name} listed ${shard.pathCount} file(s) (${shard.pathsDigest}), but ${expected.from} listed ${expected.pathCount} (${expected.pathsDigest}): the shards saw different files (the tree changed between the jobs, or a shard is from another run); ${RERUN}.`,
      'paths_digest'
    )
  return found
}

/** Each entry in the shard the partition gives its path, and no path in two entries. */
function entryViolations(
  shard: ShardDocument,
  name: string,
  owners: Map<string, ShardDocument>
): Violation[] {
  const { index, count } = shard.shard
  const misplaced: number[] = []
  const twice: Array<[number, ShardDocument]> = []
  for (const [at, entry] of shard.entries.entries()) {
    if (shardOf(entry.path, count) !== index) misplaced.push(at)
    const owner = owners.get(entry.path)
    if (owner) twice.push([at, owner])
    else owners.set(entry.path, shard)
  }
  const found: Violation[] = []
  if (misplaced.length > 0) {
    const at = misplaced[0]!
    const path = shard.entries[at]!.path
    found.push(
      violation(
        'SHARD_INVALID',
        shard.path,
        `${name} lists ${path}${andMore(misplaced)}, which belongs to shard ${shardOf(path, count)} of ${count}; inventory --shard ${index}/${count} did not write this file as it is, so regenerate it.`,
        { line: shard.lineOf(['entries', at, 'path']) }
      )
    )
  }
  if (twice.length > 0) {
    const [at, owner] = twice[0]!
    found.push(
      violation(
        'SHARD_INVALID',
        shard.path,
        `${name} lists ${shard.entries[at]!.path}${andMore(twice)}, which ${owner === shard ? 'it lists already' : `${owner.path} lists too`}; a path has one shard, so regenerate the shard files.`,
        { line: shard.lineOf(['entries', at, 'path']) }
      )
    )
  }
  return found
}

/**
 * A sharded inventory is whole: shards 1..N each given once, all of one split (same N, root,
 * patterns, media types, and the same listing by count and digest, shared with this run's
 * settings), each entry in its own shard and no path twice, and together exactly the listing.
 * `display` shows a root-relative path of the tree workspace-relative, for messages.
 */
export function checkShards(
  evidence: ShardEvidence,
  display: (relative: string) => string = (relative) => relative
): Violation[] {
  const { shards, input } = evidence
  const ordered = [...shards].sort(
    (a, b) => a.shard.index - b.shard.index || compareText(a.path, b.path)
  )
  const reference = ordered[0]
  // None readable: the reader's findings say why.
  if (!reference) return []
  const violations: Violation[] = []
  const given = new Map<number, ShardDocument>()
  const owners = new Map<string, ShardDocument>()
  const expected = {
    ...evidence.expected,
    patterns:
      evidence.expected.patterns.length > 0 ? evidence.expected.patterns : reference.patterns,
    pathCount: reference.pathCount,
    pathsDigest: reference.pathsDigest,
    from: evidence.expected.patterns.length > 0 ? 'this run' : nameOf(reference)
  }
  for (const shard of ordered) {
    const misplaced = placementViolation(shard, reference, given, input)
    if (misplaced) {
      violations.push(misplaced)
      continue
    }
    given.set(shard.shard.index, shard)
    const name = nameOf(shard)
    violations.push(
      ...settingViolations(shard, expected, name),
      ...entryViolations(shard, name, owners)
    )
  }
  const files = ordered.map((shard) => shard.path).join(', ')
  violations.push(...missingShards(given, reference.shard.count, input, files))
  if (violations.length > 0) return violations
  // Whole and disjoint so far: together the entries must be the listing every shard made.
  const paths = [...owners.keys()]
  if (paths.length !== reference.pathCount || pathsDigest(paths) !== reference.pathsDigest)
    return [
      violation(
        'SHARD_MISMATCH',
        input,
        `The ${reference.shard.count} shard files (${files}) together list ${paths.length} file(s), but their listing had ${reference.pathCount} (${reference.pathsDigest}) and these paths do not make it: a shard file was changed after it was written; ${RERUN}.`
      )
    ]
  if (!evidence.tree) return violations
  return treeViolations(evidence.tree, ordered, owners, display)
}

const nameOf = (shard: ShardDocument): string =>
  `${shard.path} (shard ${shard.shard.index} of ${shard.shard.count})`

/** Why a shard cannot take its place in the split: another count, no such index, or taken. */
function placementViolation(
  shard: ShardDocument,
  reference: ShardDocument,
  given: ReadonlyMap<number, ShardDocument>,
  input: string
): Violation | undefined {
  const { index } = shard.shard
  const { count } = reference.shard
  if (shard.shard.count !== count)
    return violation(
      'SHARD_MISMATCH',
      shard.path,
      `${nameOf(shard)} is from a split into ${shard.shard.count} shards, but ${nameOf(reference)} is from a split into ${count}; ${RERUN}.`,
      { line: shard.lineOf(['shard', 'count']) }
    )
  if (index > count) {
    const message = `${shard.path} says it is shard ${index} of ${count}, which does not exist; regenerate it with inventory --shard I/N, I from 1 to N.`
    return violation('SHARD_INVALID', shard.path, message, {
      line: shard.lineOf(['shard', 'index'])
    })
  }
  const twin = given.get(index)
  if (!twin) return undefined
  return violation(
    'SHARD_MISMATCH',
    shard.path,
    twin.path === shard.path
      ? `${shard.path} is given twice in ${input} (it is shard ${index} of ${count}); give each shard's file once.`
      : `${shard.path} and ${twin.path} are both shard ${index} of ${count}; give each shard's file once, from one workflow run.`,
    { line: shard.lineOf(['shard', 'index']) }
  )
}

/** A SHARD_MISSING for each shard of 1..count that no file given is. */
function missingShards(
  given: ReadonlyMap<number, ShardDocument>,
  count: number,
  input: string,
  files: string
): Violation[] {
  const missing: Violation[] = []
  for (let index = 1; index <= count; index++) {
    if (!given.has(index))
      missing.push(
        violation(
          'SHARD_MISSING',
          input,
          `Shard ${index} of ${count} is missing: none of the shard files given (${files}) is shard ${index}; let its inventory job finish (or re-run it), then promote again with its shard file among the others.`,
          { about: { shard: index } }
        )
      )
  }
  return missing
}

/** What differs between the shards and the promote job's own tree. */
function treeDifferences(
  tree: readonly TreeFile[],
  shards: readonly ShardDocument[],
  owners: ReadonlyMap<string, ShardDocument>
) {
  const here = new Map(tree.map((file) => [file.path, file]))
  const gone: string[] = []
  const resized: Array<[TreeFile, number]> = []
  const retyped: Array<[TreeFile, ShardDocument, number]> = []
  for (const shard of shards) {
    shard.entries.forEach((entry, at) => {
      const file = here.get(entry.path)
      if (!file) gone.push(entry.path)
      else if (entry.size !== file.size) resized.push([file, entry.size ?? 0])
      if (file && entry.mediaType !== file.mediaType) retyped.push([file, shard, at])
    })
  }
  const added = tree.filter((file) => !owners.has(file.path)).map((file) => file.path)
  return { gone, added, resized, retyped }
}

/**
 * The shards held against the promote job's own tree: the same files (none gone since, none
 * added), the same sizes, and the media types this run derives. One violation per kind, naming
 * the first file and how many more, so a tree changed wholesale still gives a short report.
 */
function treeViolations(
  tree: readonly TreeFile[],
  shards: readonly ShardDocument[],
  owners: ReadonlyMap<string, ShardDocument>,
  display: (relative: string) => string
): Violation[] {
  const { gone, added, resized, retyped } = treeDifferences(tree, shards, owners)
  const violations: Violation[] = []
  if (gone.length > 0) {
    const first = [...gone].sort(compareText)[0]!
    violations.push(
      violation(
        'SHARD_MISMATCH',
        display(first),
        `${first}${andMore(gone)} is in the shard files but not in this job's tree (the patterns find no such file here): it went after the inventory jobs ran, so nothing here is that file; ${RERUN}.`
      )
    )
  }
  if (added.length > 0)
    violations.push(
      violation(
        'SHARD_MISMATCH',
        display(added[0]!),
        `${added[0]}${andMore(added)} is in this job's tree but in no shard file: it was added after the inventory jobs ran, and no shard hashed it; ${RERUN}.`
      )
    )
  if (resized.length > 0) {
    const [file, recorded] = resized[0]!
    violations.push(
      violation(
        'SHARD_MISMATCH',
        display(file.path),
        `${file.path}${andMore(resized)} has ${file.size} bytes here, but its shard file recorded ${recorded}: it changed after the inventory jobs hashed it; ${RERUN}.`
      )
    )
  }
  if (retyped.length > 0) {
    const [file, shard, at] = retyped[0]!
    violations.push(
      violation(
        'SHARD_INVALID',
        shard.path,
        `${shard.path} gives ${file.path}${andMore(retyped)} the media type "${shard.entries[at]!.mediaType}", but its name gives "${file.mediaType}" with this run's media-types: inventory --shard did not write this file as it is, so regenerate it.`,
        { line: shard.lineOf(['entries', at, 'media_type']) }
      )
    )
  }
  return violations
}
