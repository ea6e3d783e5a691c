// Gate E: inventory, digests and run receipts. Every pattern finds files inside the root, every
// file hashes; no path twice, no two paths that a case-insensitive or Unicode-normalising file
// system would store as one, no name that cannot be printed safely; and every artifact is an
// output of a passing run receipt for this dataset_version_id, with the same digest.
import type { RunReceipt } from '../documents/receipts.js'
import type { InventoryFinding } from '../inventory/findings.js'
import type { InventoryEntry } from '../inventory/inventory.js'
import { isStoreEntry, type StoreEntry } from '../inventory/stores.js'
import {
  pathsDigest,
  shardOf,
  type ShardDocument,
  type ShardEvidence,
  type TreeFile
} from '../inventory/shards.js'
import { compareText } from '../model/order.js'
import { normaliseRelative } from '../model/paths.js'
import { invisibleIn, unprintableIn } from '../model/printable.js'
import { appendTo } from '../model/multimap.js'
import { violation, type Violation } from '../model/violation.js'
import type { ListedFileCheck } from '../inventory/listed-files.js'
import type { ListedStoreCheck } from '../inventory/listed-stores.js'
import {
  missingInput,
  type Evidence,
  type Facts,
  type Gate,
  type VerifyEvidence
} from './evidence.js'
import {
  documentPointerViolations,
  lfsChecked,
  lfsObjectViolations,
  listedPointerViolation,
  pointerAbout
} from './e-lfs.js'

/** What the inventory found on its way: each blocks promotion, as gate E's violation. */
export function inventoryViolations(findings: readonly InventoryFinding[]): Violation[] {
  return findings.map((f) =>
    violation(f.kind, f.path, f.message, {
      line: f.line,
      about: f.patterns && { patterns: f.patterns }
    })
  )
}

export function checkInventoryPaths(
  lists: ReadonlyArray<{ input: string; entries: readonly InventoryEntry[] }>,
  display: (relative: string) => string
): Violation[] {
  const violations: Violation[] = []
  const exact = new Map<string, string>()
  const folded = new Map<string, string>()
  for (const { input, entries } of lists) {
    for (const entry of entries) {
      const unsafe = unsafeName(entry.path)
      if (unsafe) violations.push(violation('PATH_UNSAFE', display(entry.path), unsafe))
      const other = exact.get(entry.path)
      if (other !== undefined) {
        violations.push(
          violation(
            'DUPLICATE_PATH',
            display(entry.path),
            `${entry.path} is listed in both ${other} and ${input}; a file is either an artifact or a catalog, so narrow one of the patterns.`
          )
        )
        continue
      }
      exact.set(entry.path, input)
      const key = foldedKey(entry.path)
      const twin = folded.get(key)
      if (twin !== undefined) {
        violations.push(
          violation(
            'PATH_COLLISION',
            display(entry.path),
            `${entry.path} and ${twin} differ only in letter case or Unicode normalisation; they would be one file on many systems, so rename one.`
          )
        )
      } else folded.set(key, entry.path)
    }
  }
  return violations
}

/**
 * The path rules for the files inside directory stores (they are published too), without a table
 * of every file: a store's file can only repeat a catalog's path (the store holds everything
 * under its directory), and two names collide only when at least one of them is not in folded
 * form already, which chunk names (`c/0/1`, `.zarray`) almost never are. So only the names that
 * are not are filed, and a store of a million files costs a lookup each, not two tables of a
 * million entries.
 */
function checkStorePaths(
  stores: readonly StoreEntry[],
  others: readonly InventoryEntry[],
  display: (relative: string) => string
): Violation[] {
  if (stores.length === 0) return []
  const violations: Violation[] = []
  const catalogs = new Set(others.map((entry) => entry.path))
  const unfolded = new Map<string, string>()
  for (const entry of others)
    if (!ALREADY_FOLDED.test(entry.path)) unfolded.set(foldedKey(entry.path), entry.path)
  const collision = (path: string, twin: string): void => {
    const message = `${path} and ${twin} differ only in letter case or Unicode normalisation; they would be one file on many systems, so rename one.`
    violations.push(violation('PATH_COLLISION', display(path), message))
  }
  for (const store of stores) {
    for (const file of store.files) {
      const unsafe = unsafeName(file.path)
      if (unsafe) violations.push(violation('PATH_UNSAFE', display(file.path), unsafe))
      if (catalogs.has(file.path)) {
        const message = `${file.path} is in the directory store ${store.path} and listed in catalogs; a file is either an artifact or a catalog, so narrow the catalogs patterns.`
        violations.push(violation('DUPLICATE_PATH', display(file.path), message))
      }
      if (ALREADY_FOLDED.test(file.path)) continue
      const key = foldedKey(file.path)
      const twin = unfolded.get(key)
      if (twin !== undefined) collision(file.path, twin)
      else unfolded.set(key, file.path)
    }
  }
  if (unfolded.size === 0) return violations
  for (const store of stores) {
    for (const file of store.files) {
      if (!ALREADY_FOLDED.test(file.path)) continue
      const twin = unfolded.get(file.path)
      if (twin !== undefined) collision(file.path, twin)
    }
  }
  return violations
}

/** A path as a case-insensitive, Unicode-normalising file system would store it. */
const ALREADY_FOLDED = /^[a-z0-9._/-]*$/
function foldedKey(path: string): string {
  // Lower-case ASCII is its own NFC form and lower case: no new string for each of 200,000.
  return ALREADY_FOLDED.test(path) ? path : path.normalize('NFC').toLowerCase()
}

/**
 * Why a path may not be published, if it may not: a control character or line separator (it
 * breaks logs, line-based lists and workflow commands), or U+FFFD, which is what a name that is
 * not valid UTF-8 reads as.
 */
function unsafeName(path: string): string | undefined {
  const control = unprintableIn(path)
  if (control !== undefined) {
    const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    return `The file name contains the control character ${code}; names like this break logs, line-based file lists and workflow commands, so rename the file.`
  }
  const invisible = invisibleIn(path)
  if (invisible !== undefined) {
    const code = `U+${invisible.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    return `The file name contains ${code}, a bidirectional or invisible control that makes a name read as another; rename the file.`
  }
  if (path.includes('\uFFFD'))
    return 'The file name is not valid UTF-8 (it reads with U+FFFD in it); rename the file with a UTF-8 name.'
  return undefined
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index])

const quoted = (list: readonly string[]): string =>
  list.length === 0 ? 'none' : list.map((item) => `"${item}"`).join(', ')

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
  const more = (list: readonly unknown[]): string =>
    list.length > 1 ? ` (and ${list.length - 1} more)` : ''
  if (misplaced.length > 0) {
    const at = misplaced[0]!
    const path = shard.entries[at]!.path
    found.push(
      violation(
        'SHARD_INVALID',
        shard.path,
        `${name} lists ${path}${more(misplaced)}, which belongs to shard ${shardOf(path, count)} of ${count}; inventory --shard ${index}/${count} did not write this file as it is, so regenerate it.`,
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
        `${name} lists ${shard.entries[at]!.path}${more(twice)}, which ${owner === shard ? 'it lists already' : `${owner.path} lists too`}; a path has one shard, so regenerate the shard files.`,
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
 */
export function checkShards(evidence: ShardEvidence): Violation[] {
  const { shards, input } = evidence
  const ordered = [...shards].sort(
    (a, b) => a.shard.index - b.shard.index || compareText(a.path, b.path)
  )
  const reference = ordered[0]
  // None readable: the reader's findings say why.
  if (!reference) return []
  const count = reference.shard.count
  const nameOf = (shard: ShardDocument): string =>
    `${shard.path} (shard ${shard.shard.index} of ${shard.shard.count})`
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
    const name = nameOf(shard)
    const { index } = shard.shard
    if (shard.shard.count !== count) {
      violations.push(
        violation(
          'SHARD_MISMATCH',
          shard.path,
          `${name} is from a split into ${shard.shard.count} shards, but ${nameOf(reference)} is from a split into ${count}; ${RERUN}.`,
          { line: shard.lineOf(['shard', 'count']) }
        )
      )
      continue
    }
    if (index > count) {
      const message = `${shard.path} says it is shard ${index} of ${count}, which does not exist; regenerate it with inventory --shard I/N, I from 1 to N.`
      violations.push(
        violation('SHARD_INVALID', shard.path, message, { line: shard.lineOf(['shard', 'index']) })
      )
      continue
    }
    const twin = given.get(index)
    if (twin) {
      violations.push(
        violation(
          'SHARD_MISMATCH',
          shard.path,
          twin.path === shard.path
            ? `${shard.path} is given twice in ${input} (it is shard ${index} of ${count}); give each shard's file once.`
            : `${shard.path} and ${twin.path} are both shard ${index} of ${count}; give each shard's file once, from one workflow run.`,
          { line: shard.lineOf(['shard', 'index']) }
        )
      )
      continue
    }
    given.set(index, shard)
    violations.push(
      ...settingViolations(shard, expected, name),
      ...entryViolations(shard, name, owners)
    )
  }
  const files = ordered.map((shard) => shard.path).join(', ')
  for (let index = 1; index <= count; index++) {
    if (!given.has(index))
      violations.push(
        violation(
          'SHARD_MISSING',
          input,
          `Shard ${index} of ${count} is missing: none of the shard files given (${files}) is shard ${index}; let its inventory job finish (or re-run it), then promote again with its shard file among the others.`,
          { about: { shard: index } }
        )
      )
  }
  if (violations.length > 0) return violations
  // Whole and disjoint so far: together the entries must be the listing every shard made.
  const paths = [...owners.keys()]
  if (paths.length !== reference.pathCount || pathsDigest(paths) !== reference.pathsDigest)
    violations.push(
      violation(
        'SHARD_MISMATCH',
        input,
        `The ${count} shard files (${files}) together list ${paths.length} file(s), but their listing had ${reference.pathCount} (${reference.pathsDigest}) and these paths do not make it: a shard file was changed after it was written; ${RERUN}.`
      )
    )
  if (violations.length > 0 || !evidence.tree) return violations
  return treeViolations(evidence.tree, ordered, owners, evidence.display ?? ((p) => p))
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
  const more = (list: readonly unknown[]): string =>
    list.length > 1 ? ` (and ${list.length - 1} more)` : ''
  const violations: Violation[] = []
  const first = (list: readonly string[]) => [...list].sort(compareText)[0]!
  if (gone.length > 0)
    violations.push(
      violation(
        'SHARD_MISMATCH',
        display(first(gone)),
        `${first(gone)}${more(gone)} is in the shard files but not in this job's tree (the patterns find no such file here): it went after the inventory jobs ran, so nothing here is that file; ${RERUN}.`
      )
    )
  if (added.length > 0)
    violations.push(
      violation(
        'SHARD_MISMATCH',
        display(added[0]!),
        `${added[0]}${more(added)} is in this job's tree but in no shard file: it was added after the inventory jobs ran, and no shard hashed it; ${RERUN}.`
      )
    )
  if (resized.length > 0) {
    const [file, recorded] = resized[0]!
    violations.push(
      violation(
        'SHARD_MISMATCH',
        display(file.path),
        `${file.path}${more(resized)} has ${file.size} bytes here, but its shard file recorded ${recorded}: it changed after the inventory jobs hashed it; ${RERUN}.`
      )
    )
  }
  if (retyped.length > 0) {
    const [file, shard, at] = retyped[0]!
    violations.push(
      violation(
        'SHARD_INVALID',
        shard.path,
        `${shard.path} gives ${file.path}${more(retyped)} the media type "${shard.entries[at]!.mediaType}", but its name gives "${file.mediaType}" with this run's media-types: inventory --shard did not write this file as it is, so regenerate it.`,
        { line: shard.lineOf(['entries', at, 'media_type']) }
      )
    )
  }
  return violations
}

export interface ReceiptEvidence {
  receipts: readonly RunReceipt[]
  artifacts: readonly InventoryEntry[]
  datasetVersionId?: string
  display: (relative: string) => string
}

/** A receipt output's root-relative path; a directory store's keeps its trailing `/`. */
function outputPath(uri: string): string | undefined {
  const safe = normaliseRelative(uri)
  if (!safe.ok) return undefined
  return uri.endsWith('/') ? `${safe.path}/` : safe.path
}

interface ReceiptOutput {
  receipt: RunReceipt
  output: RunReceipt['outputs'][number]
  index: number
}

/** Each receipt's violations when it is for another version or did not pass, and whether it counts. */
function receiptStanding(
  receipt: RunReceipt,
  datasetVersionId: string | undefined
): { violations: Violation[]; counts: boolean } {
  const violations: Violation[] = []
  if (datasetVersionId !== undefined && receipt.datasetVersionId !== datasetVersionId) {
    violations.push(
      violation(
        'RECEIPT_VERSION_MISMATCH',
        receipt.path,
        `The receipt ${receipt.runId} is for dataset_version_id ${receipt.datasetVersionId}, not ${datasetVersionId}; it belongs to another version, so remove it from run-receipts or re-run the pipeline.`,
        { line: receipt.lineOf(['dataset_version_id']) }
      )
    )
  }
  if (receipt.validation.status !== 'pass') {
    violations.push(
      violation(
        'RECEIPT_NOT_PASSED',
        receipt.path,
        `The receipt ${receipt.runId} records validation status "${receipt.validation.status}"; only a run whose validation passed can produce promotable artifacts.`,
        { line: receipt.lineOf(['validation', 'status']) }
      )
    )
  }
  return { violations, counts: violations.length === 0 }
}

/** Every output of the receipts by its normalised path, once: a lookup per artifact. */
function outputsByPath(receipts: readonly RunReceipt[]): Map<string, ReceiptOutput[]> {
  const outputs = new Map<string, ReceiptOutput[]>()
  for (const receipt of receipts) {
    receipt.outputs.forEach((output, index) => {
      const at = outputPath(output.uri)
      if (at === undefined) return
      appendTo(outputs, at, { receipt, output, index })
    })
  }
  return outputs
}

export function checkReceipts(evidence: ReceiptEvidence): Violation[] {
  const violations: Violation[] = []
  const counted: RunReceipt[] = []
  // A receipt that does not count, by the violation that says why: an artifact it lists is
  // without a receipt because of that violation.
  const refused = new Map<RunReceipt, Violation>()
  for (const receipt of evidence.receipts) {
    const standing = receiptStanding(receipt, evidence.datasetVersionId)
    violations.push(...standing.violations)
    if (standing.counts) counted.push(receipt)
    else refused.set(receipt, standing.violations[0]!)
  }
  const outputs = outputsByPath(counted)
  const refusedOutputs = outputsByPath([...refused.keys()])
  for (const artifact of evidence.artifacts) {
    const samePath = outputs.get(artifact.path) ?? []
    if (samePath.some(({ output }) => output.digest === artifact.digest)) continue
    const stale = samePath[0]
    if (stale) {
      violations.push(
        violation(
          'RECEIPT_DIGEST_MISMATCH',
          stale.receipt.path,
          `The receipt ${stale.receipt.runId} records ${artifact.path} with digest ${stale.output.digest}, but the file has ${artifact.digest}; the file changed after the run, so re-run the pipeline.`,
          {
            line: stale.receipt.lineOf(['outputs', stale.index, 'digest']),
            about: pointerAbout(artifact)
          }
        )
      )
      continue
    }
    const listedBy = refusedOutputs
      .get(artifact.path)
      ?.find(({ output }) => output.digest === artifact.digest)?.receipt
    const why = listedBy && refused.get(listedBy)!
    violations.push(
      violation(
        'ARTIFACT_WITHOUT_RECEIPT',
        evidence.display(artifact.path),
        `No passing run receipt for this version lists ${artifact.path} (${artifact.digest}) among its outputs; every promoted artifact must come from a recorded run.`,
        {
          about: {
            digest: artifact.digest,
            ...(why ? { explainedBy: { code: why.code, path: why.path } } : {})
          }
        }
      )
    )
  }
  return violations
}

function receiptViolations(evidence: Evidence, facts: Facts, checked: string[]): Violation[] {
  const reading = evidence.receipts
  if (!reading) {
    const what = 'every artifact must be the output of a recorded run'
    return [violation('RECEIPTS_MISSING', 'run-receipts', missingInput(what, 'run-receipts'))]
  }
  checked.push(`${reading.receipts.length} run receipt(s) cover the artifacts`)
  return [
    ...inventoryViolations(reading.search),
    ...reading.unreadable.map((u) =>
      violation('RECEIPT_INVALID', u.path, u.message, { line: u.line })
    ),
    ...checkReceipts({
      receipts: reading.receipts,
      artifacts: evidence.artifacts.entries,
      datasetVersionId: facts.identity.datasetVersionId,
      display: evidence.display
    })
  ]
}

export const gateE: Gate = {
  letter: 'E',
  check(evidence, facts) {
    const { artifacts, catalogs } = evidence
    const entries = [...artifacts.entries, ...catalogs.entries]
    const taken = entries.filter((entry) => !entry.verified).length
    const checked = [
      `${artifacts.entries.length} artifact(s) and ${catalogs.entries.length} catalog file(s) hashed (SHA-256)`
    ]
    if (taken > 0) {
      // Files, a store's each: a store's entry stands for every file in it.
      const files = entries.flatMap((entry) => (isStoreEntry(entry) ? entry.files : [entry]))
      const absent = files.filter((file) => !file.verified).length
      checked[0] = `${files.length - absent} file(s) hashed (SHA-256), ${absent} taken from the list, not hashed here (not present)`
    }
    const stores = artifacts.entries.filter(isStoreEntry)
    if (stores.length > 0) {
      const files = stores.reduce((count, store) => count + store.files.length, 0)
      checked.push(
        `${stores.length} directory store(s) of ${files} file(s), each one artifact (in-toto dirHash)`
      )
    }
    const lists = [
      { input: 'artifacts', entries: artifacts.entries },
      { input: 'catalogs', entries: catalogs.entries }
    ]
    const shards = evidence.artifactShards
    if (shards)
      checked.push(
        `${shards.shards.length} inventory shard file(s) merged into the artifacts inventory`
      )
    checked.push(...lfsChecked(evidence))
    const violations = [
      ...documentPointerViolations(evidence),
      ...lfsObjectViolations(evidence),
      ...inventoryViolations(artifacts.findings),
      ...(shards ? checkShards(shards) : []),
      ...inventoryViolations(catalogs.findings),
      ...checkInventoryPaths(lists, evidence.display),
      ...checkStorePaths(stores, [...artifacts.entries, ...catalogs.entries], evidence.display),
      ...receiptViolations(evidence, facts, checked)
    ]
    return { violations, checked }
  }
}

/** A listed file held against what is on disk: the violation when they differ. */
function listedFileViolation(
  file: ListedFileCheck,
  manifest: string,
  display: (relative: string) => string
): Violation | undefined {
  const shown = display(file.path)
  const { found } = file
  const restore = 'restore the file from the promoted version, or promote again'
  switch (found.state) {
    case 'hashed':
      if (found.pointer) return listedPointerViolation(file, found.pointer, manifest, shown)
      if (found.digest === file.digest) return undefined
      return violation(
        'DIGEST_MISMATCH',
        shown,
        `${manifest} gives ${file.path} the digest ${file.digest}, but the file has ${found.digest}; it changed after the manifest was written: ${restore}.`
      )
    case 'missing':
      return violation(
        'FILE_MISSING',
        shown,
        `${file.path} is listed in ${manifest} (${file.list}) but is not under the root; ${restore}, or check that root names the dataset root the manifest was made in.`
      )
    case 'dangling':
      return violation(
        'SYMLINK_DANGLING',
        shown,
        `${file.path} (listed in ${manifest}) is a symbolic link to nothing; ${restore}.`
      )
    case 'outside':
      return violation(
        'PATH_OUTSIDE_ROOT',
        shown,
        `${file.path} (listed in ${manifest}) resolves through a symbolic link to ${found.target}, outside the dataset root; a promoted file must be in the root itself.`
      )
    case 'unreadable':
      return violation(
        'FILE_UNREADABLE',
        shown,
        `${file.path} (listed in ${manifest}) is there but is not a regular file that can be read (${found.code}); ${restore}.`
      )
    case 'loop':
      return violation(
        'SYMLINK_LOOP',
        shown,
        `${file.path} (listed in ${manifest}) goes through ${found.link}, a symbolic link back into a directory the path is already in (or through more links than a path can hold); the inventory never follows such a link, so this path was not written by the generator. Nothing was opened.`
      )
    case 'unsafe':
      return violation(
        'PATH_UNSAFE',
        manifest,
        `${manifest} lists the path "${file.path}", which ${found.reason}; a manifest's paths are relative to the dataset root, so this one was not written by the generator.`
      )
  }
}

/**
 * A written manifest's paths as the inventory would have made them: each once in both lists, no
 * two a case-insensitive or normalising file system would store as one, no unsafe name.
 */
function listedPathViolations(
  listed: readonly ListedFileCheck[],
  manifest: string,
  display: (relative: string) => string
): Violation[] {
  const violations: Violation[] = []
  const exact = new Map<string, string>()
  const folded = new Map<string, string>()
  const notByGenerator =
    'the generator lists each file once, so this manifest was not written by it'
  for (const file of listed) {
    if (file.found.state === 'unsafe') continue
    const shown = display(file.path)
    const unsafe = unsafeName(file.path)
    if (unsafe) violations.push(violation('PATH_UNSAFE', shown, unsafe))
    const other = exact.get(file.path)
    if (other !== undefined) {
      const message = `${manifest} lists ${file.path} twice (in ${other} and ${file.list}); ${notByGenerator}. Fetch the manifest that was generated.`
      violations.push(violation('DUPLICATE_PATH', shown, message))
      continue
    }
    exact.set(file.path, file.list)
    const key = foldedKey(file.path)
    const twin = folded.get(key)
    if (twin === undefined) folded.set(key, file.path)
    else {
      const message = `${manifest} lists ${file.path} and ${twin}, which differ only in letter case or Unicode normalisation: one file on many systems, and ${notByGenerator}.`
      violations.push(violation('PATH_COLLISION', shown, message))
    }
  }
  return violations
}

/**
 * A listed directory store held against its files on disk: the store is missing, or its dirHash
 * differs, and then, file by file against the checksums file, which chunk changed, came or went.
 */
function storeViolations(
  store: ListedStoreCheck,
  manifest: string,
  display: (relative: string) => string
): Violation[] {
  const restore = 'restore it from the promoted version, or promote again'
  const found = inventoryViolations(store.findings)
  if (store.files.length === 0 && found.length === 0) {
    const message = `${store.path} is listed in ${manifest} (artifacts) as a directory store, but no file of it is under the root; ${restore}, or check that root names the dataset root the manifest was made in.`
    return [violation('FILE_MISSING', display(store.path), message)]
  }
  // A link out or an unreadable file is the cause; the files it hides are not "missing" too.
  if (store.found === store.digest || found.length > 0) return found
  if (!store.expected) {
    const message = `${manifest} gives the directory store ${store.path} the digest ${store.digest}, but its files have ${store.found ?? 'none'}: a file in it changed, came or went after the manifest was written (the checksums file beside the manifest lists the store file by file and would name it); ${restore}.`
    return [...found, violation('DIGEST_MISMATCH', display(store.path), message)]
  }
  const expected = new Map(store.expected.map((file) => [file.path, file.digest]))
  for (const file of store.files) {
    const digest = expected.get(file.path)
    expected.delete(file.path)
    const shown = display(file.path)
    if (digest === undefined) {
      const message = `${file.path} is in the directory store ${store.path}, but the store ${manifest} lists (file by file in its checksums file) has no such file: it was added after the manifest was written. Remove it, or promote again.`
      found.push(violation('FILE_UNLISTED', shown, message))
    } else if (digest !== file.digest && file.pointer) {
      const listed = { list: 'artifacts' as const, path: file.path, digest }
      found.push(listedPointerViolation(listed, file.pointer, manifest, shown))
    } else if (digest !== file.digest) {
      const message = `${file.path} in the directory store ${store.path} has ${file.digest}, but the store ${manifest} lists had it as ${digest}: it changed after the manifest was written; ${restore}.`
      found.push(violation('DIGEST_MISMATCH', shown, message))
    }
  }
  for (const [path] of expected) {
    const message = `${path} was in the directory store ${store.path} when ${manifest} was written, but is not under the root now; ${restore}.`
    found.push(violation('FILE_MISSING', display(path), message))
  }
  return found
}

/** Gate E for a written manifest: every listed file is there with its digest; under strict, no more. */
export const verifyGateE: Gate<VerifyEvidence, undefined> = {
  letter: 'E',
  check(evidence) {
    const manifest = evidence.manifest.path
    const violations = listedPathViolations(evidence.listed, manifest, evidence.display)
    for (const file of evidence.listed) {
      const found = listedFileViolation(file, manifest, evidence.display)
      if (found) violations.push(found)
    }
    for (const store of evidence.stores)
      violations.push(...storeViolations(store, manifest, evidence.display))
    const count = (list: string) =>
      evidence.listed.filter((file) => file.list === list).length +
      (list === 'artifacts' ? evidence.stores.length : 0)
    const checked = [
      `${count('artifacts')} artifact(s) and ${count('catalogs')} catalog file(s) hashed (SHA-256) against ${manifest}`
    ]
    if (evidence.strict) {
      const listed = new Set(evidence.listed.map((file) => file.path))
      violations.push(...inventoryViolations(evidence.strict.findings))
      for (const file of evidence.strict.files) {
        if (listed.has(file.path)) continue
        const shown = evidence.display(file.path)
        const message = `${file.path} matches the strict patterns but ${manifest} does not list it: it was added after the manifest was written. Remove it, or promote again so the gates see it.`
        violations.push(violation('FILE_UNLISTED', shown, message))
      }
      // .git stays out of every search (a checkout's own is thousands of objects, never content);
      // one under the patterns other than the checkout's is content nothing gated, so it fails.
      for (const directory of evidence.strict.gitDirectories) {
        const shown = evidence.display(directory)
        const message = `${directory} is a .git directory under the strict patterns; no inventory and no strict search looks inside .git, so nothing in it was gated or checked. Remove it before publishing.`
        violations.push(violation('FILE_UNLISTED', shown, message))
      }
      checked.push(
        `${evidence.strict.files.length} file(s) the strict patterns find, each listed (.git directories are not searched; one under the patterns fails, the checkout's own excepted)`
      )
    }
    return { violations, checked }
  }
}
