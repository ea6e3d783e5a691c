// Gate G, production posture: SBOMs and attestations are optional; when given, each must exist
// and be what it claims (CycloneDX or SPDX JSON; an in-toto Statement, bare, in a DSSE envelope
// or in a Sigstore bundle). Not given, the gate reads "not required", never "pass".
import type { DocumentEvidence } from '../documents/read-document.js'
import type { Gate } from './evidence.js'
import { violation, type Violation } from '../model/violation.js'
import { isRecord } from '../model/json.js'
import { ownPropertiesOnly } from '../documents/json-document.js'

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
      statement = ownPropertiesOnly(
        JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'))
      )
    } catch {
      return 'its DSSE payload is not base64-encoded JSON'
    }
    const problem = statementProblem(statement)
    return problem ? `its DSSE payload is not an in-toto Statement: ${problem}` : undefined
  }
  return statementProblem(value)
}

function judged(
  document: DocumentEvidence,
  code: 'SBOM_INVALID' | 'ATTESTATION_INVALID',
  problem: (value: unknown) => string | undefined
): Violation[] {
  if (!document.readable)
    return [violation(code, document.path, document.message, { line: document.line })]
  const found = problem(document.value)
  return found ? [violation(code, document.path, found, { line: 1 })] : []
}

function sbomProblem(path: string): (value: unknown) => string | undefined {
  return (value) =>
    sbomFormat(value)
      ? undefined
      : `${path} is neither a CycloneDX JSON SBOM (bomFormat "CycloneDX" with specVersion) nor an SPDX 2 JSON document (spdxVersion and SPDXID "SPDXRef-DOCUMENT").`
}

function statementOf(path: string): (value: unknown) => string | undefined {
  return (value) => {
    const problem = attestationProblem(value)
    return problem ? `${path} is not an in-toto attestation: ${problem}.` : undefined
  }
}

export const gateG: Gate = {
  letter: 'G',
  check({ sboms, attestations }) {
    const violations: Violation[] = []
    const checked: string[] = []
    for (const sbom of sboms) {
      const found = judged(sbom, 'SBOM_INVALID', sbomProblem(sbom.path))
      violations.push(...found)
      if (found.length === 0 && sbom.readable)
        checked.push(`SBOM ${sbom.path} (${sbomFormat(sbom.value)})`)
    }
    for (const attestation of attestations) {
      const found = judged(attestation, 'ATTESTATION_INVALID', statementOf(attestation.path))
      violations.push(...found)
      if (found.length === 0) checked.push(`attestation ${attestation.path}`)
    }
    return { violations, checked, notRequired: sboms.length + attestations.length === 0 }
  }
}
