// spec_hash: the SHA-256 of the spec's RFC 8785 form; YAML read as JSON data, never guessed.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { DocumentError } from '../../src/documents/json-document.js'
import { canonicalDigest } from '../../src/model/canonical.js'
import { parseYamlSpec, readSpec } from '../../src/documents/spec.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

function specFile(name: string, text: string | Buffer): string {
  const file = path.join(tempDir(), name)
  writeFileSync(file, text)
  return file
}

describe('spec_hash', () => {
  it('is the same for a JSON and a YAML spec holding the same data', async () => {
    const json = await readSpec(
      specFile('spec.json', '{"name": "x", "params": {"n": 3, "on": true}, "tags": ["a"]}'),
      'spec.json'
    )
    const yaml = await readSpec(
      specFile('spec.yaml', '# comment\ntags: [a]\nparams:\n  on: true\n  n: 3\nname: x\n'),
      'spec.yaml'
    )
    expect(yaml.specHash).toBe(json.specHash)
    expect(json.specHash).toBe(
      canonicalDigest({ name: 'x', params: { n: 3, on: true }, tags: ['a'] })
    )
  })

  it('changes when any value changes', async () => {
    const a = await readSpec(specFile('a.json', '{"n": 3}'), 'a.json')
    const b = await readSpec(specFile('b.json', '{"n": 4}'), 'b.json')
    expect(a.specHash).not.toBe(b.specHash)
  })

  it('expands YAML aliases into plain JSON data', () => {
    expect(parseYamlSpec('s.yaml', 'base: &b {x: 1}\ncopy: *b\n')).toEqual({
      base: { x: 1 },
      copy: { x: 1 }
    })
  })

  it('refuses aliases that expand past the document limit, by size and not by count', () => {
    const big = 'x'.repeat(1 << 20)
    const text = (times: number) =>
      `big: &s "${big}"\nmany: [${Array.from({ length: times }, () => '*s').join(', ')}]\n`
    // 60 copies of 1 MiB stay under the 64 MiB limit; 70 do not, with only 70 aliases.
    expect(Object.keys(parseYamlSpec('s.yaml', text(60)) as object)).toEqual(['big', 'many'])
    expect(() => parseYamlSpec('s.yaml', text(70))).toThrow(
      /s\.yaml expands through its aliases \(\*name\) to more than 67108864 bytes of JSON/
    )
  })

  it('refuses a spec that is not an object', async () => {
    await expect(readSpec(specFile('s.json', '[1, 2]'), 's.json')).rejects.toThrow(
      'must hold an object'
    )
  })
})

describe('YAML constructs JSON cannot represent are errors with a line', () => {
  it.each([
    ['an unquoted date', 'name: x\nsnapshot: 2026-02-19\n', 2, 'quote it'],
    ['an unquoted timestamp', 'at: 2026-02-19T10:00:00Z\n', 1, 'quote it'],
    ['a binary tag', 'name: x\nblob: !!binary aGVsbG8=\n', 2, 'tag'],
    ['a custom tag', 'v: !secret abc\n', 1, 'tag'],
    ['NaN', 'name: x\nratio: .nan\n', 2, 'not a number JSON can represent'],
    ['infinity', 'ratio: -.inf\n', 1, 'not a number JSON can represent'],
    ['an integer beyond 2^53', 'id: 9007199254740993\n', 1, 'cannot be held exactly'],
    ['a key YAML reads as a number written otherwise in JSON', 'a: 1\n1e21: x\n', 2, 'quote it'],
    ['a null key', '~: x\n', 1, 'quote it'],
    ['a boolean key written otherwise in JSON', 'True: x\n', 1, 'quote it'],
    ['a merge key', 'base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n', 3, 'merge keys'],
    ['a duplicate key', 'name: x\nname: y\n', 2, 'not valid YAML'],
    ['a complex key', '? [a, b]\n: 1\n', 2, 'plain string']
  ])('%s', (_what, text, line, message) => {
    let caught: unknown
    try {
      parseYamlSpec('spec.yaml', text)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DocumentError)
    expect((caught as DocumentError).message).toContain(message)
    expect((caught as DocumentError).line).toBe(line)
  })

  it('accepts the same values quoted', () => {
    expect(parseYamlSpec('s.yaml', 'snapshot: "2026-02-19"\nid: "9007199254740993"\n')).toEqual({
      snapshot: '2026-02-19',
      id: '9007199254740993'
    })
  })

  it.each([
    ['an integer and the same string', '2025: a\n"2025": b\n', 2, 'the keys 2025 and "2025"'],
    ['a boolean and the same string', "true: a\n'true': b\n", 2, "the keys true and 'true'"],
    ['a null and "null"', 'x:\n  "null": a\n  null: b\n', 3, 'the keys "null" and null'],
    [
      'keys apart in YAML, alike in JSON, deeper down',
      'a:\n  - 7: x\n    "7": y\n',
      3,
      'the keys 7 and "7"'
    ]
  ])('refuses two keys JSON writes alike: %s', (_what, text, line, words) => {
    expect(() => parseYamlSpec('s.yaml', text)).toThrow(
      `s.yaml line ${line}: ${words} of one mapping are both`
    )
  })

  it('accepts keys that read as numbers or booleans written as JSON writes them', () => {
    expect(parseYamlSpec('s.yaml', '2025: a\ntrue: b\n"1e21": c\n')).toEqual({
      '2025': 'a',
      true: 'b',
      '1e21': 'c'
    })
  })
})

/** Reads one spec as JSON and as YAML: the spec_hash of each, or the refusal with its path as P. */
async function bothWays(
  json: string | Buffer,
  yaml: string | Buffer
): Promise<{ json: string; yaml: string }> {
  const read = async (name: string, text: string | Buffer): Promise<string> => {
    try {
      return (await readSpec(specFile(name, text), name)).specHash
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error
      expect(error.path).toBe(name)
      return `refused: ${error.message.replaceAll(name, 'P')} (line ${error.line})`
    }
  }
  return { json: await read('spec.json', json), yaml: await read('spec.yaml', yaml) }
}

const FFFD = Buffer.from([0xef, 0xbf, 0xbd])

describe('a spec is UTF-8: U+FFFD written as a character is read, bytes that do not decode are refused', () => {
  it('reads U+FFFD (EF BF BD) in a JSON and in a YAML spec, to the same spec_hash', async () => {
    const json = Buffer.concat([Buffer.from('{"note": "d'), FFFD, Buffer.from('bit"}')])
    const yaml = Buffer.concat([Buffer.from('note: d'), FFFD, Buffer.from('bit\n')])
    const hashes = await bothWays(json, yaml)
    expect(hashes.yaml).toBe(hashes.json)
    expect(hashes.json).toBe(canonicalDigest({ note: 'd\uFFFDbit' }))
  })

  it('refuses a byte that does not decode, in JSON and in YAML, naming the file, line and offset', async () => {
    const json = Buffer.concat([
      Buffer.from('{\n"note": "d'),
      Buffer.from([0xe9]),
      Buffer.from('bit"}')
    ])
    const yaml = Buffer.concat([
      Buffer.from('a: 1\nnote: d'),
      Buffer.from([0xe9]),
      Buffer.from('bit\n')
    ])
    const { json: fromJson, yaml: fromYaml } = await bothWays(json, yaml)
    const refusal =
      'refused: P is not valid UTF-8: the byte 0xE9 on line 2 (byte offset 12) does not decode; save the file as UTF-8 (a tool may have written it as Latin-1 or Windows-1252) (line 2)'
    expect(fromJson).toBe(refusal)
    expect(fromYaml).toBe(refusal)
  })

  it('refuses a YAML spec whose bytes were written as Latin-1', async () => {
    const file = specFile(
      'latin1.yaml',
      Buffer.from('dataset: river_gauges\nnote: débit\n', 'latin1')
    )
    await expect(readSpec(file, 'latin1.yaml')).rejects.toThrow(
      'latin1.yaml is not valid UTF-8: the byte 0xE9 on line 2 (byte offset 29)'
    )
  })
})

describe('one number rule for JSON and YAML specs: a number is accepted when a double holds it exactly', () => {
  it.each(['1e21', '9007199254740992', '1.5e300', '-0', '1E+2', '0.1', '5e-324', '-1.5E-7'])(
    '%s is accepted in both, with the same spec_hash',
    async (n) => {
      const hashes = await bothWays(`{\n  "n": ${n}\n}\n`, `# the same spec\nn: ${n}\n`)
      expect(hashes.json).toMatch(/^sha256:/)
      expect(hashes.yaml).toBe(hashes.json)
      expect(hashes.json).toBe(canonicalDigest({ n: Number(n) }))
    }
  )

  it.each([
    '9007199254740993',
    '12345678901234567890',
    '0.30000000000000000001',
    '1.0000000000000001',
    '1e400',
    '1e-400'
  ])('%s is refused in both, with the same message and line', async (n) => {
    const refused = await bothWays(`{\n  "n": ${n}\n}\n`, `# the same spec\nn: ${n}\n`)
    expect(refused.json.startsWith(`refused: P line 2: the number ${n} `)).toBe(true)
    expect(refused.yaml).toBe(refused.json)
  })

  it('applies to the numbers only YAML writes: 0x and 0o integers, infinities and NaN', () => {
    expect(parseYamlSpec('s.yaml', 'a: 0x1F\nb: 0o17\nc: 0x20000000000000\n')).toEqual({
      a: 31,
      b: 15,
      c: 2 ** 53
    })
    expect(() => parseYamlSpec('s.yaml', 'a: 0x20000000000001\n')).toThrow('cannot be held exactly')
    for (const n of ['.inf', '-.inf', '+.INF', '.nan', '.NaN'])
      expect(() => parseYamlSpec('s.yaml', `a: ${n}\n`)).toThrow('not a number JSON can represent')
  })
})
