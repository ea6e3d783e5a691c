// Gate F for a written manifest (verify): it is readable, valid against the v1 schema, the bytes
// expected (expect-digest), and the sidecars beside it (the checksums file, the in-toto
// Statement) say what the manifest's bytes give.
import { canonicalJson } from '../model/canonical.js'
import { isRecord } from '../model/json.js'
import { violation, type Violation } from '../model/violation.js'
import type { Gate, SidecarEvidence, VerifyEvidence } from './evidence.js'
import { validateManifest } from './f-contract.js'

/** The first line where two texts differ (1-based). */
function firstDifferentLine(actual: string, expected: string): number {
  const a = actual.split('\n')
  const b = expected.split('\n')
  let line = 0
  while (line < a.length && line < b.length && a[line] === b[line]) line++
  return line + 1
}

/** Whether two values have one canonical form; never when either has none (a number read as Infinity). */
function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b)
  } catch {
    return false
  }
}

/** Where a Statement differs from the one its manifest gives, in words; undefined when it does not. */
function statementDifference(
  actual: unknown,
  expected: unknown,
  manifest: string
): string | undefined {
  if (sameJson(actual, expected)) return undefined
  const found = isRecord(actual) ? actual : {}
  const wanted = expected as { subject: Array<{ name: string; digest: { sha256: string } }> }
  const subjects: unknown[] = Array.isArray(found.subject) ? found.subject : []
  const [own] = wanted.subject
  const named = subjects.find((s) => isRecord(s) && s.name === own!.name)
  const hex = isRecord(named) && isRecord(named.digest) ? named.digest.sha256 : undefined
  if (typeof hex !== 'string')
    return `names no subject "${own!.name}" with a sha256 digest, as its first subject`
  if (hex !== own!.digest.sha256)
    return `names ${manifest} with the digest sha256:${hex}, but the manifest's bytes hash to sha256:${own!.digest.sha256}`
  if (!sameJson(subjects[0], own))
    return `does not name ${manifest} and its digest alone as its first subject`
  if (subjects.length !== wanted.subject.length)
    return `has ${subjects.length} subject(s), but the manifest gives ${wanted.subject.length} (itself and each artifact)`
  const at = subjects.findIndex((s, i) => !sameJson(s, wanted.subject[i]))
  if (at >= 0)
    return `names subject ${at} otherwise than the manifest's artifact ${at - 1} and its digest`
  if (
    !('predicate' in found) ||
    !sameJson(found.predicate, (expected as { predicate: unknown }).predicate)
  )
    return 'has a predicate other than the manifest itself'
  return 'differs from the Statement the manifest gives in its _type, predicateType or a field of its own'
}

function sidecarViolation(sidecar: SidecarEvidence, manifest: string): Violation | undefined {
  const { path, actual } = sidecar
  const again = 'promote again to write the manifest and its sidecars together'
  if (actual === undefined) {
    const message = `${path} is beside ${manifest} but ${sidecar.problem ?? 'cannot be read'}; ${again}, or remove it.`
    return violation('SIDECAR_MISMATCH', path, message)
  }
  if (sidecar.kind === 'statement') {
    const difference = statementDifference(actual, sidecar.expected, manifest)
    if (difference === undefined) return undefined
    const message = `${path} ${difference}: it or ${manifest} changed after they were written, and an attestation of it would vouch for other files; ${again}.`
    return violation('SIDECAR_MISMATCH', path, message)
  }
  if (actual === sidecar.expected) return undefined
  const line = firstDifferentLine(sidecar.actual!, sidecar.expected)
  const message = `${path} does not list the files ${manifest} lists, with their digests (line ${line} differs): one of them changed after they were written; ${again}.`
  return violation('SIDECAR_MISMATCH', path, message, { line })
}

/** Gate F for a written manifest: readable, valid, the expected bytes, and its sidecars agree. */
export const verifyGateF: Gate<VerifyEvidence, undefined> = {
  letter: 'F',
  check(evidence) {
    const document = evidence.manifest
    if (!document.readable) {
      const { path, message, line } = document
      return {
        violations: [violation('MANIFEST_UNREADABLE', path, message, { line })],
        checked: []
      }
    }
    const violations = validateManifest(document.value, document.path)
    const checked: string[] = []
    if (violations.length === 0) checked.push(`${document.path} valid against the v1 schema`)
    const expected = evidence.expectDigest
    if (expected !== undefined && expected !== document.digest) {
      const message = `${document.path} hashes to ${document.digest}, not to the expected ${expected}: this is not the manifest that was generated (or attested). Fetch the right one; never edit a manifest by hand.`
      violations.push(violation('MANIFEST_DIGEST_UNEXPECTED', document.path, message))
    } else if (expected !== undefined) checked.push(`${document.path} is ${expected}`)
    for (const sidecar of evidence.sidecars) {
      const found = sidecarViolation(sidecar, document.path)
      if (found) violations.push(found)
      else checked.push(`${sidecar.path} agrees`)
    }
    return { violations, checked }
  }
}
