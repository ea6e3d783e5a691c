// Gate E for a written manifest (verify): every file it lists is under the root with the listed
// digest, each directory store file by file against the checksums file, the paths as the
// inventory would have made them, and under strict patterns no file it does not list.
import type { ListedFileCheck } from '../inventory/listed-files.js'
import type { ListedStoreCheck } from '../inventory/listed-stores.js'
import { violation, type Violation } from '../model/violation.js'
import { listedPointerViolation } from './e-lfs.js'
import { foldedKey, inventoryViolations, unsafeName } from './e-paths.js'
import type { Gate, VerifyEvidence } from './evidence.js'

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

/** The artifacts (a directory store one) and catalog files checked against the manifest. */
export function listedCounts(evidence: VerifyEvidence): { artifacts: number; catalogs: number } {
  const count = (list: string) => evidence.listed.filter((file) => file.list === list).length
  return { artifacts: count('artifacts') + evidence.stores.length, catalogs: count('catalogs') }
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
    const counts = listedCounts(evidence)
    const checked = [
      `${counts.artifacts} artifact(s) and ${counts.catalogs} catalog file(s) hashed (SHA-256) against ${manifest}`
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
