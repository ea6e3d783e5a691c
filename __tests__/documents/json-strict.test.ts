// The strict reading every JSON input gets (and the spec, JSON or YAML): what a crafted document
// may try, and the refusal each one meets.
import { DocumentError, MAX_DEPTH, parseJsonText } from '../../src/documents/json-document.js'
import { numberProblem } from '../../src/documents/json-numbers.js'
import { parseYamlSpec } from '../../src/documents/spec.js'
import { printable } from '../../src/model/printable.js'

function refusal(text: string | Buffer, options?: { exactNumbers?: boolean }): DocumentError {
  try {
    parseJsonText('doc.json', Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'), options)
  } catch (error) {
    if (error instanceof DocumentError) return error
    throw error
  }
  throw new Error(`accepted: ${text.toString().slice(0, 80)}`)
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
  // The token visitor runs only when the text writes more members than the value holds: these
  // hide the second key among colons, quotes and backslashes inside strings.
  it.each([
    ['colons inside strings', '{"a:": "b:c", "x": {"k": 1, "k": 2}}', 'k', 1],
    ['an escaped quote in the key', '{\n"\\"": 1,\n"\\"": 2}', '"', 3],
    ['a string ending in a backslash', '{"a": "\\\\", "a": 1}', 'a', 1],
    ['deep in an array', '[{"a": [{"b": ":", "c": 1, "c": ":"}]}]', 'c', 1],
    [
      'an escaped colon making up for the dropped member',
      '{"a": 1, "a": 2, "b": "\\u003a"}',
      'a',
      1
    ],
    ['an escaped colon in a key', '{"\\u003A": [1, {"k": ":", "k": 2}]}', 'k', 1],
    ['the dropped value holding colons', '{"k": "a:b:c", "k": "d"}', 'k', 1]
  ])('refuse a key written twice, %s', (_name, text, key, line) => {
    const error = refusal(text)
    expect(error.message).toContain(`has the key "${key}" twice in one object`)
    expect(error.line).toBe(line)
  })

  it('accept colons, quotes and backslashes in strings when no key repeats', () => {
    const text = '{"a:": "b\\":c", "\\\\": "::", "n": {"a:": 1}}'
    expect(() => parseJsonText('doc.json', Buffer.from(text))).not.toThrow()
    const escaped = '{"\\u003a": "x\\u003Ay:", "\\\\u003a": 1}'
    expect(parseJsonText('doc.json', Buffer.from(escaped)).value).toEqual({
      ':': 'x:y:',
      '\\u003a': 1
    })
  })

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

describe('UTF-8: a document whose bytes decode is read; the first byte that does not is refused', () => {
  it('reads U+FFFD written as a character (EF BF BD), in a string and in a key', () => {
    const bytes = Buffer.from([
      ...Buffer.from('{"note": "d'),
      0xef,
      0xbf,
      0xbd,
      ...Buffer.from('bit", "\uFFFD": 1}')
    ])
    expect(parseJsonText('doc.json', bytes).value).toEqual({ note: 'd\uFFFDbit', '\uFFFD': 1 })
  })

  it.each([
    ['a Latin-1 byte', [0xe9, 0x62], 'E9'],
    ['a lone continuation byte', [0x80], '80'],
    ['an overlong form', [0xc0, 0xaf], 'C0'],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 'E0'],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 'ED'],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'F4'],
    ['a byte no UTF-8 uses', [0xff], 'FF'],
    ['a sequence cut short', [0xe2, 0x82, 0x22], 'E2']
  ])('refuses %s, naming the file, its line and byte offset, and what to do', (_what, bad, hex) => {
    const before = Buffer.from('{\n  "note": "d')
    const bytes = Buffer.from([...before, ...bad, ...Buffer.from('"\n}\n')])
    const error = refusal(bytes)
    expect(error.path).toBe('doc.json')
    expect(error.line).toBe(2)
    expect(error.message).toBe(
      `doc.json is not valid UTF-8: the byte 0x${hex} on line 2 (byte offset ${before.length}) does not decode; save the file as UTF-8 (a tool may have written it as Latin-1 or Windows-1252)`
    )
  })

  it('refuses a sequence cut short by the end of the file', () => {
    const error = refusal(Buffer.from([...Buffer.from('{"a": 1}\n'), 0xf0, 0x9f, 0x98]))
    expect(error.message).toContain('the byte 0xF0 on line 2 (byte offset 9)')
  })

  it('reads every well-formed sequence at the edges of the ranges', () => {
    const text = '\u0080\u07ff\u0800\ud7ff\ue000\uffff\u{10000}\u{10ffff}'
    const bytes = Buffer.from(JSON.stringify({ text }), 'utf8')
    expect(parseJsonText('doc.json', bytes).value).toEqual({ text })
  })
})

describe('numberProblem: one number rule for JSON and YAML specs', () => {
  it.each([
    '0',
    '-0',
    '1',
    '0.1',
    '2.50',
    '1e21',
    '1E+2',
    '1.5e300',
    '1.5e-7',
    '-123.456',
    '9007199254740991',
    '9007199254740992',
    '5e-324',
    // YAML 1.2 core schema's other notations
    '+12',
    '.5',
    '1.',
    '0x1F',
    '0o17',
    '0x20000000000000'
  ])('%s is held exactly, so accepted', (n) => expect(numberProblem(n)).toBeUndefined())

  it.each([
    ['1.0000000000000001', 'cannot be held exactly (it reads back as 1)'],
    ['9007199254740993', 'cannot be held exactly (it reads back as 9007199254740992)'],
    ['0.1000000000000000055511151231257827', 'cannot be held exactly'],
    ['1e-400', 'cannot be held exactly (it reads back as 0)'],
    ['0x20000000000001', 'cannot be held exactly (it reads back as 9007199254740992)'],
    ['1e309', "too large for JSON's numbers"],
    ['.inf', 'not a number JSON can represent'],
    ['-.Inf', 'not a number JSON can represent'],
    ['.NaN', 'not a number JSON can represent'],
    ['NaN', 'not written as JSON writes numbers'],
    ['Infinity', 'not written as JSON writes numbers']
  ])('%s is refused: %s', (n, message) => expect(numberProblem(n)).toContain(message))

  it('refuses a 0x integer past the largest double as too large', () => {
    expect(numberProblem(`0x1${'0'.repeat(256)}`)).toContain("too large for JSON's numbers")
  })
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

  it.each([
    ['a command after Unicode white space', '\u3000::error::x', '\\u3000::error::x'],
    ['a command after a no-break space', '\u00a0::warning::x', '\\u00a0::warning::x'],
    [
      'a command after an em space',
      '\u2003::set-output name=a::b',
      '\\u2003::set-output name=a::b'
    ],
    ['the legacy form at the start', '##[error]x', '#\\u0023[error]x'],
    ['the legacy form inside a line', 'data/a ##[add-mask]b', 'data/a #\\u0023[add-mask]b'],
    ['the legacy form twice', '###[x]', '##\\u0023[x]'],
    ['a right-to-left override', 'a\u202Etxt.exe', 'a\\u202etxt.exe'],
    ['a left-to-right isolate', 'a\u2066b\u2069', 'a\\u2066b\\u2069'],
    ['a zero-width space', 'a\u200Bb', 'a\\u200bb'],
    ['a right-to-left mark', 'a\u200Fb', 'a\\u200fb'],
    ['a byte-order mark inside a value', 'a\uFEFFb', 'a\\ufeffb'],
    ['a word joiner', 'a\u2060b', 'a\\u2060b']
  ])('shows %s escaped, visibly', (_what, text, shown) => {
    expect(printable(text)).toBe(shown)
  })

  it('leaves plain spaces, a single # and ordinary Unicode alone', () => {
    expect(printable('a b # [c] ## d é 中文 ✓')).toBe('a b # [c] ## d é 中文 ✓')
  })

  it.each([
    ['glued before', `x${'ghp_'}${'a1B2'.repeat(9)}`],
    ['glued after', `${'ghp_'}${'a1B2'.repeat(9)}y`],
    ['in a URL', `https://example.org/?token=ghs_${'Z9'.repeat(18)}&x=1`],
    ['a fine-grained token glued', `id=github_pat_${'a'.repeat(30)}`],
    ['an AWS key glued', 'keyAKIAABCDEFGHIJKLMNOPend'],
    ['a JWT glued', 'Bearer:eyJhbGciOiJub25lIn0.eyJzY3AiOiJBY3Rpb25zIn0.c2ln']
  ])('redacts a credential %s', (_what, text) => {
    expect(printable(text)).toContain('[redacted]')
    expect(printable(text)).not.toMatch(/gh[ps]_|github_pat_|AKIA|eyJ/)
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
