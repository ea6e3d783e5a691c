// A long text is written in slices (write.ts): the slices must encode to the text's own bytes,
// whatever falls on a boundary.
import { slices } from '../../src/manifest/write.js'

const MB = 1 << 20

describe('slices', () => {
  it.each([
    ['empty', ''],
    ['shorter than one slice', 'a\u00e9\u{1f600}'],
    ['a surrogate pair across the first boundary', `${'a'.repeat(MB - 1)}\u{1f600}b`],
    ['pairs all along', '\u{1f600}'.repeat(MB + 3)],
    ['a lone high surrogate at a boundary', `${'a'.repeat(MB - 1)}\ud800b${'c'.repeat(MB)}`],
    ['a lone low surrogate after a boundary', `${'a'.repeat(MB)}\udc00b`]
  ])('%s: the same bytes as the whole', (_name, text) => {
    const parts = [...slices(text)]
    expect(Buffer.concat(parts.map((p) => Buffer.from(p, 'utf8'))).equals(Buffer.from(text))).toBe(
      true
    )
    expect(parts.join('')).toBe(text)
    expect(parts.every((part) => part.length <= MB + 1)).toBe(true)
  })
})
