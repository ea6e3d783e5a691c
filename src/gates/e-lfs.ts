// Gate E's Git LFS rules. A document the gate reads (spec, QA report, policy decision, approvals,
// receipts, SBOMs, attestations) that is a pointer is LFS_POINTER, in either lfs mode: the
// readers found it (documents/json-document.ts) and this says so under its own code, the cause
// the document's *_INVALID is folded under. An artifact or catalog that is one is the
// inventory's finding. Under lfs: pointers, an object the LFS server does not have is
// LFS_OBJECT_MISSING, for each artifact that names it.
import type { Unreadable } from '../documents/read-document.js'
import {
  describePointer,
  FETCH_CONTENT,
  pointerDigest,
  type LfsPointer
} from '../model/lfs-pointer.js'
import type { ListedFile } from '../inventory/listed-files.js'
import { violation, type About, type Violation } from '../model/violation.js'
import type { InventoryEntry } from '../inventory/entry.js'
import { isStoreEntry } from '../inventory/stores.js'
import type { Evidence } from './evidence.js'

/** Every document read for this run, readable or not: only an unreadable one has a pointer. */
function documentsRead(evidence: Evidence): Array<{ path: string } | Unreadable> {
  const optional = [
    evidence.spec,
    evidence.qaReport,
    evidence.policyDecision,
    evidence.basePolicyDecision,
    evidence.approvals
  ]
  return [
    ...optional.flatMap((document) => (document ? [document] : [])),
    ...evidence.sboms,
    ...evidence.attestations,
    ...(evidence.receipts?.unreadable ?? [])
  ]
}

/** LFS_POINTER for each document the gate reads that is a pointer. */
export function documentPointerViolations(evidence: Evidence): Violation[] {
  const seen = new Set<string>()
  const violations: Violation[] = []
  for (const document of documentsRead(evidence)) {
    if (!('lfsPointer' in document) || !document.lfsPointer || seen.has(document.path)) continue
    seen.add(document.path)
    violations.push(violation('LFS_POINTER', document.path, document.message))
  }
  return violations
}

/** LFS_OBJECT_MISSING for each artifact whose pointer names an object the server lacks. */
export function lfsObjectViolations(evidence: Evidence): Violation[] {
  const objects = evidence.lfs?.objects
  if (!objects?.asked) return []
  return objects.missing.flatMap((object) =>
    object.paths.map((path) => {
      const shown = evidence.display(path)
      const message = `${shown} is a Git LFS pointer (${describePointer(object)}), but the LFS server at ${objects.endpoint} has no such object: the pointer was pushed without its content. Push the object from a clone that has it (git lfs push --all origin), or commit the file again with git lfs installed.`
      return violation('LFS_OBJECT_MISSING', shown, message)
    })
  )
}

/** What gate E checked of Git LFS, in words, for the summary. */
export function lfsChecked(evidence: Evidence): string[] {
  const lfs = evidence.lfs
  if (!lfs || lfs.fromPointers === 0) return []
  const taken = `${lfs.fromPointers} artifact file(s) taken from Git LFS pointers (lfs: pointers)`
  const objects = lfs.objects
  if (!objects) return [taken]
  return objects.asked
    ? [`${taken}; the LFS server was asked for each object`]
    : [`${taken}; the LFS server was not asked whether the objects exist: ${objects.reason}`]
}

/**
 * For a violation about an artifact's digest: when the file is a pointer that did not stand for
 * its content, the LFS_POINTER that explains the digest (gates/causes.ts links it there). For a
 * directory store, the first of its files that is such a pointer: its dirHash is made from them.
 */
export function pointerAbout(entry: InventoryEntry): About | undefined {
  const notContent = (file: InventoryEntry) => file.lfsPointer && !file.lfsPointer.standsIn
  const file = isStoreEntry(entry) ? entry.files.find(notContent) : entry
  return file && notContent(file) ? { lfsPointer: file.path } : undefined
}

/**
 * verify: a listed file that is a pointer is never taken as the content, whatever digest the
 * manifest gives it. When the pointer names the listed digest, only the content is missing.
 */
export function listedPointerViolation(
  file: ListedFile,
  pointer: LfsPointer,
  manifest: string,
  shown: string
): Violation {
  const named = `${file.path} (listed in ${manifest}) is a Git LFS pointer (${describePointer(pointer)}), not the file's content`
  const which =
    pointerDigest(pointer) === file.digest
      ? 'it names the listed digest, so only the content is missing here'
      : `and it names another content than the listed ${file.digest}: restore the file from the promoted version, or promote again`
  return violation('LFS_POINTER', shown, `${named}; ${which}. To verify, ${FETCH_CONTENT}.`)
}
