// Gate B's licence check and gate G's format checks, value by value.
import { licenseProblem } from '../../src/gates/b-licensing.js'
import { attestationProblem, sbomFormat } from '../../src/gates/g-posture.js'

describe('licences', () => {
  it.each([
    'CC-BY-4.0',
    'MIT OR Apache-2.0',
    '(MIT AND BSD-3-Clause) OR GPL-2.0-only WITH Classpath-exception-2.0',
    'LicenseRef-kfm-open',
    'https://creativecommons.org/licenses/by/4.0/'
  ])('accepts %s', (text) => expect(licenseProblem(text)).toBeUndefined())
  it.each(['', '  ', 'CC BY 4.0', 'Creative Commons', 'MIT OR', 'ftp://example.org/license'])(
    'refuses %j',
    (text) => {
      expect(licenseProblem(text)).toBeDefined()
    }
  )
})

describe('SBOM formats', () => {
  it('recognise CycloneDX and SPDX 2 JSON', () => {
    expect(sbomFormat({ bomFormat: 'CycloneDX', specVersion: '1.5' })).toBe('CycloneDX 1.5')
    expect(sbomFormat({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT' })).toBe('SPDX-2.3')
    expect(sbomFormat({ spdxVersion: 'SPDX-2.3' })).toBeUndefined()
    expect(sbomFormat([])).toBeUndefined()
  })
})

describe('attestations', () => {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'm', digest: { sha256: 'ab' } }],
    predicateType: 'https://slsa.dev/provenance/v1'
  }
  const envelope = {
    payloadType: 'application/vnd.in-toto+json',
    payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
    signatures: []
  }
  it('accept a bare Statement, a DSSE envelope and a Sigstore bundle', () => {
    expect(attestationProblem(statement)).toBeUndefined()
    expect(attestationProblem(envelope)).toBeUndefined()
    expect(
      attestationProblem({
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        dsseEnvelope: envelope
      })
    ).toBeUndefined()
  })
  it.each([
    ['no subject', { ...statement, subject: [] }, 'no subject'],
    ['a subject without digest', { ...statement, subject: [{ name: 'm' }] }, 'no digest'],
    ['another payload type', { ...envelope, payloadType: 'text/plain' }, 'payloadType'],
    [
      'a payload that is not JSON',
      { ...envelope, payload: 'bm90IGpzb24=' },
      'not base64-encoded JSON'
    ],
    [
      'another bundle type',
      { mediaType: 'application/json', dsseEnvelope: envelope },
      'not a Sigstore bundle'
    ]
  ])('refuse %s', (_what, value, message) => {
    expect(attestationProblem(value)).toContain(message)
  })
})
