// Gate B's licence check and gate G's format checks, value by value.
import { licenseIriProblem, licenseProblem } from '../../src/gates/b-licensing.js'
import { attestationProblem, sbomFormat } from '../../src/gates/g-posture.js'

describe('licence texts (a DCAT literal, a STAC license): an SPDX expression', () => {
  it.each([
    'CC-BY-4.0',
    'MIT OR Apache-2.0',
    '(MIT AND BSD-3-Clause) OR GPL-2.0-only WITH Classpath-exception-2.0',
    'LicenseRef-kfm-open'
  ])('accepts %s', (text) => expect(licenseProblem(text)).toBeUndefined())
  it.each(['', '  ', 'CC BY 4.0', 'CC-BY-4', 'Creative Commons', 'MIT OR', 'ftp://example.org/l'])(
    'refuses %j',
    (text) => {
      expect(licenseProblem(text)).toBeDefined()
    }
  )
  it('refuses a URL, as STAC does, saying what to write instead', () => {
    expect(licenseProblem('https://creativecommons.org/licenses/by/4.0/')).toMatch(
      /is the URL .*, not an SPDX expression; write the SPDX identifier/
    )
  })
})

describe('DCAT licence IRIs: an SPDX licence IRI or an absolute http(s) URL', () => {
  it.each([
    'https://creativecommons.org/licenses/by/4.0/',
    'http://spdx.org/licenses/CC-BY-4.0',
    'https://spdx.org/licenses/MIT.html',
    'https://spdx.org/licenses/Apache-2.0.json'
  ])('accepts %s', (iri) => expect(licenseIriProblem(iri)).toBeUndefined())
  it.each([
    ['a relative IRI, resolved into the dataset root', 'file:///kfm-dataset-root/LICENSE.txt'],
    ['a urn:', 'urn:x-license:cc-by'],
    ['another scheme', 'ftp://example.org/license'],
    ['a mailto:', 'mailto:legal@example.org'],
    ['an SPDX IRI of no SPDX licence', 'https://spdx.org/licenses/Not-A-Licence']
  ])('refuses %s', (_what, iri) => expect(licenseIriProblem(iri)).toBeDefined())
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
