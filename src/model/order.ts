// The one order of the product: paths, violations and lists sort by UTF-8 bytes (docs/decisions.md,
// "Inventory").

/**
 * Compares by UTF-8 bytes, the order docs/decisions.md fixes for paths, without encoding: UTF-8 byte
 * order is code point order, which is UTF-16 code unit order once surrogates (U+D800-DFFF) are
 * moved above U+E000-FFFF, as the supplementary characters they encode sort there.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) {
      const rankX = x < 0xd800 ? x : x >= 0xe000 ? x - 0x800 : x + 0x2000
      const rankY = y < 0xd800 ? y : y >= 0xe000 ? y - 0x800 : y + 0x2000
      return rankX - rankY
    }
  }
  return a.length - b.length
}
