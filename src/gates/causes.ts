// Cause first: a violation that explains others is reported first, and the ones it causes are
// linked to it (`causedBy`), for the reports to fold under it (report/causes.ts). A pattern that
// matches nothing explains the links to files it would have found; an unreadable catalog, the
// PROV entities and catalog kinds it would have given; a receipt that cannot be read or does not
// count, the artifacts it lists; a shard missing from a sharded inventory, the links into it, and
// a shard file that cannot be read, the shard it would have been (or, none being readable, every
// link and the empty list). Each link is read from what the gates recorded about their
// violations (Violation.about) and from the evidence, never from the sentences. A fold hides a
// violation from the first look, so a link is made only where fixing the cause is what the
// consequence asks for; when unsure, there is none.
import type { UnreadableCatalog } from '../catalogs/read-catalogs.js'
import type { UnreadableReceipt } from '../documents/receipts.js'
import type { CatalogKind } from '../catalogs/views.js'
import { KIND_MISSING, UNREADABLE_CODES } from './d-catalogs.js'
import type { Evidence } from './evidence.js'
import { patternMatcher } from '../inventory/crawl.js'
import { shardOf } from '../inventory/partition.js'
import { appendTo } from '../model/multimap.js'
import { printable } from '../model/printable.js'
import { withoutAbout, type About, type Violation } from '../model/violation.js'

/** What empties an input's whole list: nothing found by its patterns, or the patterns refused. */
const REFUSING = new Set([
  'PATTERN_MATCHES_NOTHING',
  'PATTERN_OUTSIDE_ROOT',
  'NO_PATTERNS',
  'GLOB_FAILED'
])

/**
 * What a Git LFS pointer explains when it stands where content is needed: at its own path, a
 * document that does not parse or a digest the file does not have; elsewhere, through
 * `about.lfsPointer`, a catalog's, PROV's or receipt's digest for it.
 */
const POINTER_EXPLAINS = new Set([
  'SPEC_INVALID',
  'QA_REPORT_INVALID',
  'POLICY_DECISION_INVALID',
  'APPROVALS_INVALID',
  'RECEIPT_INVALID',
  'CATALOG_INVALID',
  'SBOM_INVALID',
  'ATTESTATION_INVALID',
  'PRECOMPUTED_INVALID',
  'DIGEST_MISMATCH',
  'PROV_ENTITY_MISSING',
  'ARTIFACT_WITHOUT_RECEIPT'
])

/** The first key of each value the entries give, in their order: a lookup instead of a scan. */
function firstBy<T>(entries: readonly T[], values: (entry: T) => Iterable<string>): Map<string, T> {
  const first = new Map<string, T>()
  for (const entry of entries)
    for (const value of values(entry)) if (!first.has(value)) first.set(value, entry)
  return first
}

/** Looks violations up by what they are; every answer is an index in the sorted list. */
class Found {
  private readonly first = new Map<string, number>()
  /** Gate E's violations that empty or narrow an input, by input, in order. */
  private readonly patterns = new Map<string, number[]>()
  private readonly matchers = new Map<number, Array<(path: string) => boolean>>()
  /** Shard index → the SHARD_MISSING saying a sharded inventory lacks it. */
  readonly shardMissing = new Map<number, number>()
  /** Digest → the first unreadable PROV catalog, and the first unreadable receipt, naming it. */
  readonly provNaming: Map<string, UnreadableCatalog>
  readonly receiptNaming: Map<string, UnreadableReceipt>

  constructor(
    private readonly violations: readonly Violation[],
    evidence: Evidence
  ) {
    const prov = evidence.catalogDocuments.unreadable.filter((u) =>
      u.mentions?.kinds.includes('prov')
    )
    this.provNaming = firstBy(prov, (u) => u.mentions!.digests)
    this.receiptNaming = firstBy(evidence.receipts?.unreadable ?? [], (u) => u.digests ?? [])
    violations.forEach((v, index) => {
      const key = `${v.gate} ${v.code} ${v.path}`
      if (!this.first.has(key)) this.first.set(key, index)
      if (v.gate === 'E' && REFUSING.has(v.code)) {
        appendTo(this.patterns, v.path, index)
      }
      if (v.code === 'SHARD_MISSING' && v.about?.shard !== undefined)
        this.shardMissing.set(v.about.shard, index)
    })
  }

  /** The first violation of this gate, code and path (as the evidence has it, or as shown). */
  of(gate: string, code: string, path: string): number | undefined {
    return this.first.get(`${gate} ${code} ${printable(path)}`)
  }

  /** The first violation that refused or found nothing for an input's patterns. */
  refusal(input: string): number | undefined {
    return this.patterns.get(input)?.[0]
  }

  /** The first pattern of one of `inputs` that matched nothing but would have found `path`. */
  wouldHaveFound(path: string, inputs: readonly string[]): number | undefined {
    for (const input of inputs) {
      for (const index of this.patterns.get(input) ?? []) {
        const patterns = this.violations[index]!.about?.patterns
        if (!patterns) continue
        let matchers = this.matchers.get(index)
        if (!matchers) this.matchers.set(index, (matchers = patterns.map(patternMatcher)))
        if (matchers.some((matches) => matches(path))) return index
      }
    }
    return undefined
  }
}

/** The first violation of the first unreadable catalog whose bytes say `says`. */
function unreadableCatalog(
  evidence: Evidence,
  found: Found,
  says: (unreadable: UnreadableCatalog) => boolean
): number | undefined {
  for (const unreadable of evidence.catalogDocuments.unreadable) {
    if (!unreadable.mentions || !says(unreadable)) continue
    const index = found.of('D', UNREADABLE_CODES[unreadable.failed], unreadable.path)
    if (index !== undefined) return index
  }
  return undefined
}

/** The first shard file given that could not be read as one (the reader's SHARD_INVALID). */
function unreadableShard(evidence: Evidence, found: Found): number | undefined {
  for (const f of evidence.artifacts.findings)
    if (f.kind === 'SHARD_INVALID') return found.of('E', 'SHARD_INVALID', f.path)
  return undefined
}

/**
 * Why a sharded inventory lacks `path` (or, without one, every file): the shard that would list
 * it is missing; or no shard file could be read, so the first that could not is why.
 */
function shardBecause(
  path: string | undefined,
  evidence: Evidence,
  found: Found
): number | undefined {
  const sharded = evidence.artifactShards
  if (!sharded) return undefined
  if (sharded.shards.length === 0) return unreadableShard(evidence, found)
  if (path === undefined) return undefined
  // A directory store's files are spread over the shards (each by its own path): any missing
  // shard may hold some of them, so the first missing one is why the store is not whole.
  if (found.shardMissing.size > 0 && (path.endsWith('/') || listsUnder(sharded.shards, `${path}/`)))
    return Math.min(...found.shardMissing.values())
  // The split gate E judges by: the shard of the lowest index (checkShards' reference).
  const count = [...sharded.shards].sort((a, b) => a.shard.index - b.shard.index)[0]!.shard.count
  return found.shardMissing.get(shardOf(path, count))
}

/** Whether a shard file given lists a file under `prefix` (a directory store's, for one). */
function listsUnder(
  shards: NonNullable<Evidence['artifactShards']>['shards'],
  prefix: string
): boolean {
  return shards.some((shard) => shard.entries.some((entry) => entry.path.startsWith(prefix)))
}

/** Why a catalog kind, or a list of the manifest, is absent, when a violation says why. */
function absentBecause(
  absent: NonNullable<About['absent']>,
  evidence: Evidence,
  found: Found
): number | undefined {
  if (absent === 'artifacts' || absent === 'catalogs') {
    if (evidence[absent].entries.length > 0) return undefined
    return (
      found.refusal(absent) ??
      (absent === 'artifacts' ? shardBecause(undefined, evidence, found) : undefined)
    )
  }
  return (
    unreadableCatalog(evidence, found, (u) => u.mentions!.kinds.includes(absent)) ??
    (evidence.catalogs.entries.length === 0 ? found.refusal('catalogs') : undefined) ??
    catalogPointer(evidence, found)
  )
}

/**
 * The first catalog checked out as a Git LFS pointer: a pointer's text says nothing of the kind
 * it stands for, but the kind absent is read only once the catalogs are there, which is what the
 * pointer's LFS_POINTER asks for.
 */
function catalogPointer(evidence: Evidence, found: Found): number | undefined {
  const entry = evidence.catalogs.entries.find((e) => e.lfsPointer)
  return entry && found.of('E', 'LFS_POINTER', evidence.display(entry.path))
}

/** Why no passing receipt lists an artifact, when a violation says why. */
function unreceiptedBecause(about: About, evidence: Evidence, found: Found): number | undefined {
  if (about.explainedBy) return found.of('E', about.explainedBy.code, about.explainedBy.path)
  const reading = evidence.receipts
  if (!reading) return undefined
  const unreadable = about.digest && found.receiptNaming.get(about.digest)
  if (unreadable) return found.of('E', 'RECEIPT_INVALID', unreadable.path)
  // No receipt read at all: whatever the patterns met is why none lists anything.
  return reading.receipts.length === 0 && reading.unreadable.length === 0
    ? found.refusal('run-receipts')
    : undefined
}

/** The LFS_POINTER that explains `v`, if a pointer does (POINTER_EXPLAINS). */
function pointerCause(v: Violation, evidence: Evidence, found: Found): number | undefined {
  const artifact = v.about?.lfsPointer
  if (artifact !== undefined) return found.of('E', 'LFS_POINTER', evidence.display(artifact))
  return POINTER_EXPLAINS.has(v.code) ? found.of('E', 'LFS_POINTER', v.path) : undefined
}

/** The violation that directly explains `v`, if one does. */
function directCause(v: Violation, evidence: Evidence, found: Found): number | undefined {
  const pointer = pointerCause(v, evidence, found)
  if (pointer !== undefined) return pointer
  const about = v.about
  if (!about) return undefined
  if (about.missing)
    return (
      found.wouldHaveFound(about.missing.path, about.missing.lists) ??
      (about.missing.lists.includes('artifacts')
        ? shardBecause(about.missing.path, evidence, found)
        : undefined)
    )
  // A shard missing because a shard file given could not be read: that file is the one meant.
  if (v.code === 'SHARD_MISSING') return unreadableShard(evidence, found)
  if (v.code === 'ARTIFACT_WITHOUT_RECEIPT') return unreceiptedBecause(about, evidence, found)
  if (v.code === 'PROV_ENTITY_MISSING' && about.digest) {
    const unreadable = found.provNaming.get(about.digest)
    return unreadable && found.of('D', UNREADABLE_CODES[unreadable.failed], unreadable.path)
  }
  if (!about.absent) return undefined
  const absent = about.absent
  // Not the *_MISSING itself: a licence or an obligation absent with its catalog kind.
  if (absent in KIND_MISSING && v.code !== KIND_MISSING[absent as CatalogKind]) {
    const missing = found.of('D', KIND_MISSING[absent as CatalogKind], 'catalogs')
    if (missing !== undefined) return missing
  }
  return absentBecause(absent, evidence, found)
}

/** The violation at the top of `index`'s chain of causes; itself when it has none (or a loop). */
function rootOf(index: number, direct: ReadonlyArray<number | undefined>): number {
  const seen = new Set([index])
  let at = index
  for (let next = direct[at]; next !== undefined; next = direct[at]) {
    if (seen.has(next)) return index
    seen.add(next)
    at = next
  }
  return at
}

/**
 * The violations in the report order, cause first: first the causes (violations others follow
 * from), then the violations that are neither cause nor consequence, then each cause's
 * consequences together, each with `causedBy`, the index of its cause. Every violation stays;
 * any first part of the list holds the cause of each consequence in it. `violations` is in the
 * gates' sorted order, which each group keeps.
 */
export function causeFirst(violations: readonly Violation[], evidence: Evidence): Violation[] {
  const found = new Found(violations, evidence)
  const direct = violations.map((v, index) => {
    const cause = directCause(v, evidence, found)
    return cause === index ? undefined : cause
  })
  const root = violations.map((_v, index) => rootOf(index, direct))
  const caused = new Map<number, number[]>()
  root.forEach((top, index) => {
    if (top !== index) appendTo(caused, top, index)
  })
  const tops = root.flatMap((top, index) => (top === index ? [index] : []))
  const order = [
    ...tops.filter((index) => caused.has(index)),
    ...tops.filter((index) => !caused.has(index)),
    ...tops.flatMap((index) => caused.get(index) ?? [])
  ]
  const placed = new Map(order.map((index, at) => [index, at]))
  return order.map((index) => {
    const reported = withoutAbout(violations[index]!)
    const top = root[index]!
    return top === index ? reported : { ...reported, causedBy: placed.get(top)! }
  })
}
