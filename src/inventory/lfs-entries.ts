// Inventory entries for files that are Git LFS pointers. Under `lfs: pointers` an artifact's
// pointer stands for its content: the entry gets the pointer's oid as its digest and the
// pointer's size, so the manifest, the checksums file and the Statement built from the entries
// are the bytes a full checkout gives. Otherwise (and always for catalogs, which the gate reads)
// the entry keeps the pointer file's own digest, and a finding says the content is missing: the
// mismatches that digest causes are folded under it (gates/causes.ts).
import {
  describePointer,
  FETCH_CONTENT,
  pointerDigest,
  pointerSize,
  type LfsMode,
  type LfsPointer
} from '../model/lfs-pointer.js'
import { finding, type InventoryFinding } from './findings.js'

/** A pointer an entry was made from, and whether it stands for the content in the entry. */
export interface EntryPointer extends LfsPointer {
  standsIn: boolean
}

/** A file hashed, as the hashing threads give it back. */
interface HashedFile {
  digest: string
  size: number
  pointer?: LfsPointer
}

interface PointerContext {
  /** `artifacts` or `catalogs`: only an artifact's pointer may stand for its content. */
  input: string
  lfs?: LfsMode
  display: (relative: string) => string
}

/** The sentence of an LFS_POINTER finding about a file the inventory met. */
function pointerMessage(context: PointerContext, shown: string, pointer: LfsPointer): string {
  const named = `${shown} is a Git LFS pointer (${describePointer(pointer)})`
  if (context.input !== 'artifacts')
    return `${named}, not the catalog it stands for; the gate reads catalogs, so one is never taken from a pointer: ${FETCH_CONTENT}.`
  if (context.lfs === 'pointers')
    return `${named} whose size is larger than any file the gate can list (2^53 - 1 bytes); ${FETCH_CONTENT}, or correct the pointer.`
  return `${named}, not the artifact it stands for; ${FETCH_CONTENT}. A pull-request gate that should not download it can set lfs: pointers instead.`
}

/**
 * The digest and size an entry records for a file hashed, and the pointer it was made from: the
 * pointer's oid and size where it stands for the content, else the file's own, with a finding.
 */
export function recordedDigest(
  context: PointerContext,
  path: string,
  hashed: HashedFile,
  findings: InventoryFinding[]
): { digest: string; size: number; lfsPointer?: EntryPointer } {
  const { pointer } = hashed
  if (!pointer) return { digest: hashed.digest, size: hashed.size }
  const size = pointerSize(pointer)
  if (context.input === 'artifacts' && context.lfs === 'pointers' && size !== undefined)
    return { digest: pointerDigest(pointer), size, lfsPointer: { ...pointer, standsIn: true } }
  const shown = context.display(path)
  findings.push(finding('LFS_POINTER', shown, pointerMessage(context, shown, pointer)))
  return { digest: hashed.digest, size: hashed.size, lfsPointer: { ...pointer, standsIn: false } }
}

/** One object the artifacts' pointers name, with every artifact path that names it. */
export interface LfsObject {
  oid: string
  size: string
  paths: string[]
}

/** What the LFS server said of the objects, or why it was not asked. */
export type LfsObjectCheck =
  { asked: true; endpoint: string; missing: LfsObject[] } | { asked: false; reason: string }

/** Asks an LFS server whether the objects exist (github/lfs-batch.ts); throws when it cannot. */
export type LfsObjectChecker = (objects: readonly LfsObject[]) => Promise<LfsObjectCheck>

/** Git LFS in a run: the mode, how many artifacts a pointer stood for, and the server's answer. */
export interface LfsEvidence {
  mode: LfsMode
  /** Artifact files (each file of a store) whose entry was made from their pointer. */
  fromPointers: number
  /** Whether those objects exist, when there were any. */
  objects?: LfsObjectCheck
}

/**
 * The objects the entries' standing-in pointers name, each once, in the entries' order. A
 * directory store's entry is its files': each file's pointer stood for it, so each object is
 * asked about, and a chunk pushed without its object is named.
 */
function lfsObjectsOf(entries: readonly InventoryEntryLike[]): LfsObject[] {
  const byOid = new Map<string, LfsObject>()
  for (const entry of entries) {
    for (const file of entry.files ?? [entry]) {
      const pointer = file.lfsPointer
      if (!pointer?.standsIn) continue
      const known = byOid.get(pointer.oid)
      if (known) known.paths.push(file.path)
      else byOid.set(pointer.oid, { oid: pointer.oid, size: pointer.size, paths: [file.path] })
    }
  }
  return [...byOid.values()]
}

/** An inventory entry, or a store's entry with its files (stores.ts: not imported, a cycle). */
interface InventoryEntryLike {
  path: string
  lfsPointer?: EntryPointer
  files?: readonly InventoryEntryLike[]
}

/** Said when a run has no way to ask an LFS server (the CLI, the library). */
const NOT_ASKED_OFFLINE =
  'this run has no LFS server to ask (the CLI and the library never ask one); verify with the content checked out finds an object that is missing'

/** The run's Git LFS evidence: the server is asked only for the pointers that stood in. */
export async function lfsEvidence(
  mode: LfsMode,
  entries: readonly InventoryEntryLike[],
  checker: LfsObjectChecker | undefined
): Promise<LfsEvidence> {
  const objects = lfsObjectsOf(entries)
  const fromPointers = objects.reduce((count, object) => count + object.paths.length, 0)
  if (objects.length === 0) return { mode, fromPointers }
  const check = checker
    ? await checker(objects)
    : ({ asked: false, reason: NOT_ASKED_OFFLINE } as const)
  return { mode, fromPointers, objects: check }
}
