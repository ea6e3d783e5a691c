// spec_hash: the SHA-256 of the spec's RFC 8785 form; YAML read as JSON data, never guessed.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { DocumentError } from '../../src/documents/json-document.js'
import { canonicalDigest } from '../../src/model/canonical.js'
import { parseYamlSpec, readSpec } from '../../src/documents/spec.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

function specFile(name: string, text: string): string {
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
    ['an integer beyond 2^53', 'id: 9007199254740993\n', 1, 'too large'],
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
})
