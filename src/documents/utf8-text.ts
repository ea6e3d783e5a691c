// A document's bytes as text, which must be UTF-8, and the line of an offset in that text.
import { isUtf8 } from 'node:buffer'
import { DocumentError } from './document-error.js'

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/**
 * The text of a document's bytes, which must be UTF-8. Bytes that do not decode are refused (not
 * replaced with U+FFFD, which would be a guess), naming the line and byte offset of the first;
 * U+FFFD written as a character (EF BF BD) is text like any other and is read.
 */
export function decodeUtf8(path: string, bytes: Buffer): string {
  // isUtf8 accepts exactly what `new TextDecoder('utf-8', { fatal: true })` decodes (overlong
  // forms, encoded surrogates, code points past U+10FFFF and cut sequences fail both), without a
  // throw to catch; for valid UTF-8, toString is that decoder's text, a leading BOM kept.
  if (isUtf8(bytes)) return bytes.toString('utf8')
  const offset = firstInvalidUtf8(bytes)
  if (offset === undefined)
    throw new DocumentError(path, `${path} is not valid UTF-8; save it as UTF-8`)
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')
  throw new DocumentError(
    path,
    `${path} is not valid UTF-8: the byte 0x${byte} on line ${line} (byte offset ${offset}) does not decode; save the file as UTF-8 (a tool may have written it as Latin-1 or Windows-1252)`,
    line
  )
}

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence (Unicode 15,
 * table 3-7), or undefined when every sequence is well formed.
 */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  const between = (at: number, low: number, high: number): boolean =>
    at < bytes.length && bytes[at]! >= low && bytes[at]! <= high
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i]!
    let length: number
    if (lead <= 0x7f) length = 1
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) length = 3
    else if (lead >= 0xf0 && lead <= 0xf4) length = 4
    else return i
    // The second byte's range depends on the lead: it excludes overlong forms (E0, F0),
    // encoded surrogates (ED) and code points past U+10FFFF (F4).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
    if (length > 1 && !between(i + 1, low, high)) return i
    for (let k = 2; k < length; k++) if (!between(i + k, 0x80, 0xbf)) return i
    i += length
  }
  return undefined
}
