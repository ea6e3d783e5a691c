// RFC 8785: every vector pair in fixtures/reference/jcs canonicalises byte for byte.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { canonicalDigest, canonicalJson } from '../../src/model/canonical.js'
import { sha256Digest } from '../../src/model/digest.js'
import { REFERENCE } from '../helpers/runner.js'
import { compareText } from '../../src/model/order.js'

const JCS = path.join(REFERENCE, 'jcs')
const vectors = readdirSync(path.join(JCS, 'input')).filter((f) => f.endsWith('.json'))

describe('RFC 8785 canonical form', () => {
  it('has the six reference vectors to test against', () => {
    expect(vectors.sort()).toEqual([
      'arrays.json',
      'french.json',
      'structures.json',
      'unicode.json',
      'values.json',
      'weird.json'
    ])
  })

  it.each(vectors)('%s canonicalises to the expected bytes', (name) => {
    const input = JSON.parse(readFileSync(path.join(JCS, 'input', name), 'utf8'))
    const expected = readFileSync(path.join(JCS, 'output', name))
    const hex = readFileSync(path.join(JCS, 'outhex', name.replace(/\.json$/, '.txt')), 'utf8')
      .replace(/\s+/g, '')
      .toLowerCase()
    const actual = Buffer.from(canonicalJson(input), 'utf8')
    expect(actual.equals(expected)).toBe(true)
    expect(actual.toString('hex')).toBe(hex)
  })

  it('digests the canonical form, so formatting and key order do not matter', () => {
    const a = JSON.parse('{"b": [1, 2.50, "x"], "a": {"d": null, "c": true}}')
    const b = JSON.parse('{\n  "a": {"c": true, "d": null},\n  "b": [1, 2.5, "x"]\n}')
    expect(canonicalDigest(a)).toBe(canonicalDigest(b))
    expect(canonicalDigest(a)).toBe(sha256Digest('{"a":{"c":true,"d":null},"b":[1,2.5,"x"]}'))
    expect(canonicalDigest({ ...a, b: [1, 2.5, 'y'] })).not.toBe(canonicalDigest(a))
  })

  it('digests the same bytes canonicalJson gives, though it hashes them in pieces', () => {
    const vectorInputs = vectors.map((name) =>
      JSON.parse(readFileSync(path.join(JCS, 'input', name), 'utf8'))
    )
    const big = {
      z: Array.from({ length: 5000 }, (_, i) => ({ path: `d/${i}.csv`, n: i / 7 })),
      a: [[1, [2, { y: 'é', x: null }]], 'x'.repeat(70_000)]
    }
    const edges = [
      'text',
      3.25,
      null,
      [],
      {},
      [undefined, () => 1, Symbol('s'), { toJSON: () => undefined }, { toJSON: () => 'j' }],
      { a: undefined, b: () => 1, c: { toJSON: () => undefined }, d: { toJSON: () => [2, 1] } },
      { n: new Number(2), s: new String('s'), t: [new Boolean(false)] },
      { '\u{1f600}': 1, '\u00e9': { z: 1, a: [{ b: 2, a: 1 }] }, '': [] },
      { toJSON: () => ({ b: 1, a: [1] }) },
      [[[[1]]]]
    ]
    for (const value of [...vectorInputs, big, ...edges])
      expect(canonicalDigest(value)).toBe(sha256Digest(Buffer.from(canonicalJson(value), 'utf8')))
    expect(() => canonicalDigest(undefined)).toThrow(TypeError)
    const loop: Record<string, unknown> = { a: 1 }
    loop.self = { again: loop }
    expect(() => canonicalDigest(loop)).toThrow(/Circular/)
  })

  it('writes digests as sha256: and 64 lowercase hex characters', () => {
    expect(sha256Digest('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    )
  })
})

describe('compareText', () => {
  it('orders as UTF-8 bytes do, supplementary characters and all', () => {
    const texts = [
      '',
      'a',
      'a/b',
      'a-b',
      'ab',
      'Z',
      'é',
      '\u00ff',
      '\u0800',
      '\ud7ff',
      '\ue000',
      '\uffff'
    ]
    texts.push('\u{10000}', '\u{1f600}', 'a\u{1f600}', 'a\uffff', 'data/x.csv', 'data/X.csv')
    const byBytes = [...texts].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    expect([...texts].reverse().sort(compareText)).toEqual(byBytes)
    for (const a of texts)
      for (const b of texts)
        expect(Math.sign(compareText(a, b))).toBe(Buffer.compare(Buffer.from(a), Buffer.from(b)))
  })
})
