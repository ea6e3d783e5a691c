// Gate G, production posture: SBOMs and attestations are optional; when given, each must exist
// and be what it claims (CycloneDX or SPDX JSON; an in-toto Statement, bare, in a DSSE envelope
// or in a Sigstore bundle). Not given, the gate reads "not required", never "pass".
import { readEvidence, type DocumentRef } from '../documents/evidence.js'
import { violation, type Violation } from './violation.js'
import { isRecord } from '../documents/json-document.js'

export function sbomFormat(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined
  if (value.bomFormat === 'CycloneDX' && typeof value.specVersion === 'string')
    return `CycloneDX ${value.specVersion}`
  if (
    typeof value.spdxVersion === 'string' &&
    /^SPDX-2\.\d+$/.test(value.spdxVersion) &&
    value.SPDXID === 'SPDXRef-DOCUMENT'
  )
    return value.spdxVersion
  return undefined
}

const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']

function statementProblem(value: unknown): string | undefined {
  if (!isRecord(value) || !STATEMENT_TYPES.includes(String(value._type)))
    return `its _type is not ${STATEMENT_TYPES[0]}`
  if (!Array.isArray(value.subject) || value.subject.length === 0) return 'it has no subject'
  for (const subject of value.subject) {
    if (!isRecord(subject) || !isRecord(subject.digest) || Object.keys(subject.digest).length === 0)
      return 'a subject has no digest'
  }
  if (typeof value.predicateType !== 'string' || value.predicateType === '')
    return 'it has no predicateType'
  return undefined
}

export function attestationProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'it is not a JSON object'
  const envelope = isRecord(value.dsseEnvelope) ? value.dsseEnvelope : value
  if (
    typeof value.mediaType === 'string' &&
    !value.mediaType.startsWith('application/vnd.dev.sigstore.bundle')
  ) {
    return `its mediaType ${value.mediaType} is not a Sigstore bundle`
  }
  if (typeof envelope.payloadType === 'string') {
    if (envelope.payloadType !== 'application/vnd.in-toto+json')
      return `its DSSE payloadType is ${envelope.payloadType}, not application/vnd.in-toto+json`
    if (typeof envelope.payload !== 'string') return 'its DSSE envelope has no payload'
    let statement: unknown
    try {
      statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'))
    } catch {
      return 'its DSSE payload is not base64-encoded JSON'
    }
    const problem = statementProblem(statement)
    return problem ? `its DSSE payload is not an in-toto Statement: ${problem}` : undefined
  }
  return statementProblem(value)
}

export async function checkPosture(
  sboms: readonly DocumentRef[],
  attestations: readonly DocumentRef[]
): Promise<{ violations: Violation[]; checked: string[] }> {
  const violations: Violation[] = []
  const checked: string[] = []
  for (const ref of sboms) {
    const { document, violations: unreadable } = await readEvidence(ref, 'G', 'SBOM_INVALID')
    violations.push(...unreadable)
    if (!document) continue
    const format = sbomFormat(document.value)
    if (format) checked.push(`SBOM ${ref.path} (${format})`)
    else
      violations.push(
        violation(
          'G',
          'SBOM_INVALID',
          ref.path,
          `${ref.path} is neither a CycloneDX JSON SBOM (bomFormat "CycloneDX" with specVersion) nor an SPDX 2 JSON document (spdxVersion and SPDXID "SPDXRef-DOCUMENT").`,
          1
        )
      )
  }
  for (const ref of attestations) {
    const { document, violations: unreadable } = await readEvidence(ref, 'G', 'ATTESTATION_INVALID')
    violations.push(...unreadable)
    if (!document) continue
    const problem = attestationProblem(document.value)
    if (problem)
      violations.push(
        violation(
          'G',
          'ATTESTATION_INVALID',
          ref.path,
          `${ref.path} is not an in-toto attestation: ${problem}.`,
          1
        )
      )
    else checked.push(`attestation ${ref.path}`)
  }
  return { violations, checked }
}
