// Text from outside the action (file names, document values, API answers) made safe to print on
// one line. Escaped as visible \uXXXX:
// - control characters and line separators, so a file name can never end a log line and start
//   a workflow command on the next;
// - white space other than the plain space (the runner trims Unicode white space before a
//   `::command::`, so a line that begins with U+3000 `::error::` would still be a command);
// - bidirectional and invisible controls (U+200B-U+200F, U+202A-U+202E, U+2060-U+2069,
//   U+FEFF), which make a name read as another;
// - the second `#` of `##[`, the runner's legacy command form, which it honours anywhere in a
//   line.
// Lone surrogates become U+FFFD. Strings shaped like credentials are redacted, glued to other
// text or not: a token pasted into a document must not reach the summary, an output or a
// pull-request comment, which the runner's log masking does not cover.

// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const WHITE_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/
const ESCAPED = new RegExp(
  `${CONTROL.source}|${WHITE_SPACE.source}|${INVISIBLE.source}|(?<=#)#(?=\\[)`,
  'g'
)

const CREDENTIAL = new RegExp(
  [
    /gh[pousr]_[A-Za-z0-9]{36,}/, // GitHub tokens
    /github_pat_[A-Za-z0-9_]{22,}/, // GitHub fine-grained tokens
    /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/, // JWTs (the runtime token)
    /(?:AKIA|ASIA)[0-9A-Z]{16}/, // AWS access keys
    /sig=[A-Za-z0-9%+/=]{20,}/ // Azure SAS signatures
  ]
    .map((r) => r.source)
    .join('|'),
  'g'
)

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

export function printable(text: string): string {
  return text.toWellFormed().replace(CREDENTIAL, '[redacted]').replace(ESCAPED, escape)
}

/** The first control character or line separator that `printable` would escape, if any. */
export function unprintableIn(text: string): string | undefined {
  return CONTROL.exec(text)?.[0]
}

/** The first bidirectional or invisible control in a text, if any: refused in file names. */
export function invisibleIn(text: string): string | undefined {
  return INVISIBLE.exec(text)?.[0]
}

/**
 * A name made plain where it cannot be escaped, because another library prints it as it is (the
 * artifact client logs the artifact's name): every character `printable` would escape, and the
 * second `#` of `##[`, becomes `-`.
 */
export function plainName(text: string): string {
  return text.toWellFormed().replace(ESCAPED, '-')
}

/**
 * JSON text whose every line is safe to print in a step's log, parsing back to the same value:
 * what `printable` escapes is written as a JSON `\uXXXX` escape instead (line separators, white
 * space other than the space, invisible and bidirectional controls, the second `#` of `##[`);
 * JSON.stringify already escapes the control characters. Nothing is redacted: the value is kept.
 */
export function printableJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    new RegExp(`[\\u2028\\u2029]|${WHITE_SPACE.source}|${INVISIBLE.source}|(?<=#)#(?=\\[)`, 'g'),
    escape
  )
}
