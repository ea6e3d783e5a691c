// The strict reading every JSON input gets (and the spec, JSON or YAML): what a crafted document
// may try, and the refusal each one meets.
import { DocumentError, MAX_DEPTH, inexactNumber, parseJsonText } from '../../src/documents/json-document.js'
import { parseYamlSpec } from '../../src/documents/spec.js'
import { printable } from '../../src/model/printable.js'

function refusal(text: string, options?: { exactNumbers?: boolean }): DocumentError {
  try {
    parseJsonText('doc.json', Buffer.from(text, 'utf8'), options)
  } catch (error) {
    if (error instanceof DocumentError) return error
    throw error
  }
  throw new Error(`accepted: ${text.slice(0, 80)}`)
}

function yamlRefusal(text: string): string {
  try {
    parseYamlSpec('spec.yaml', text)
  } catch (error) {
    if (error instanceof DocumentError) return error.message
    throw error
  }
  throw new Error(`accepted: ${text.slice(0, 80)}`)
}

describe('JSON inputs', () => {
  it('refuse a __proto__ key, name its line, and change no prototype', () => {
    const error = refusal('{\n  "status": "pass",\n  "__proto__": { "polluted": true }\n}')
    expect(error.message).toContain('"__proto__"')
    expect(error.line).toBe(3)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('read constructor and prototype keys as plain data', () => {
    const { value } = parseJsonText(
      'doc.json',
      Buffer.from('{"constructor": {"prototype": {"polluted": true}}}')
    )
    expect(Object.keys(value as object)).toEqual(['constructor'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it(`refuse nesting deeper than ${MAX_DEPTH} levels, even 100,000 deep`, () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    expect(refusal(deep).message).toContain(`deeper than ${MAX_DEPTH}`)
    const objects = '{"a":'.repeat(MAX_DEPTH + 1) + '1' + '}'.repeat(MAX_DEPTH + 1)
    expect(refusal(objects).message).toContain('flatten')
    const fits = '{"a":'.repeat(MAX_DEPTH - 1) + '1' + '}'.repeat(MAX_DEPTH - 1)
    expect(() => parseJsonText('doc.json', Buffer.from(fits))).not.toThrow()
  })

  it('refuse lone surrogates in values and in keys, with the line', () => {
    expect(refusal('{\n"a": "x\\ud800y"}').line).toBe(2)
    expect(refusal('{"\\udfff": 1}').message).toContain('lone UTF-16 surrogate')
    expect(() => parseJsonText('doc.json', Buffer.from('{"a": "\\ud83d\\ude00"}'))).not.toThrow()
  })

  it('refuse a BOM and duplicate keys', () => {
    expect(refusal('\ufeff{}').message).toContain('byte-order mark')
    expect(refusal('{"a": 1,\n "a": 2}').line).toBe(2)
  })

  it('refuse, where exactness matters, a number a double cannot hold', () => {
    const big = refusal('{"n": 12345678901234567890}', { exactNumbers: true })
    expect(big.message).toContain('12345678901234567890')
    expect(big.message).toContain('reads back as 12345678901234567000')
    expect(refusal('{"n": 1e400}', { exactNumbers: true }).message).toContain('too large')
    expect(() => parseJsonText('d', Buffer.from('{"n": 12345678901234567890}'))).not.toThrow()
  })
})

describe('inexactNumber', () => {
  it.each([
    '0',
    '-0',
    '1',
    '0.1',
    '2.50',
    '1e21',
    '1.5e-7',
    '-123.456',
    '9007199254740991',
    '5e-324'
  ])('%s is exact', (n) => expect(inexactNumber(n)).toBeUndefined())
  it.each([
    '1.0000000000000001',
    '9007199254740993',
    '0.1000000000000000055511151231257827',
    '1e309'
  ])('%s is not', (n) => expect(inexactNumber(n)).toBeDefined())
})

describe('YAML specs', () => {
  it('refuse a __proto__ key', () => {
    expect(yamlRefusal('a: 1\n__proto__:\n  polluted: true\n')).toContain('line 2')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuse a float that loses digits, and deep flow nesting', () => {
    expect(yamlRefusal('ratio: 0.12345678901234567891\n')).toContain('cannot be held exactly')
    const depth = MAX_DEPTH + 10
    expect(yamlRefusal(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`)).toContain('deeper')
  })

  it('refuse a lone surrogate escape', () => {
    expect(yamlRefusal('name: "x\\ud800"\n')).toContain('lone UTF-16 surrogate')
  })

  it('refuse alias expansion past the limit (a billion laughs)', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    expect(yamlRefusal(lines.join('\n') + '\n')).toMatch(/alias/i)
  })
})

describe('printable', () => {
  it('escapes control characters and line separators, and mends lone surrogates', () => {
    expect(printable('a\nb\r::c\u2028d\u0000')).toBe('a\\u000ab\\u000d::c\\u2028d\\u0000')
    expect(printable('x\ud800y')).toBe('x\ufffdy')
    expect(printable('café ✓ data/processed/a b.csv')).toBe('café ✓ data/processed/a b.csv')
  })

  it('redacts strings shaped like credentials', () => {
    const github = `ghp_${'a1B2'.repeat(9)}`
    const jwt = 'eyJhbGciOiJub25lIn0.eyJzY3AiOiJBY3Rpb25zIn0.c2ln'
    const text = printable(`token ${github}, runtime ${jwt}, key AKIAABCDEFGHIJKLMNOP`)
    expect(text).toBe('token [redacted], runtime [redacted], key [redacted]')
    expect(printable('ghp_short and sha256:' + 'ab'.repeat(32))).toBe(
      'ghp_short and sha256:' + 'ab'.repeat(32)
    )
  })
})
