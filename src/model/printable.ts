// Text from outside the action (file names, document values, API answers) made safe to print on
// one line: control characters and line separators become visible \uXXXX escapes, and lone
// surrogates become U+FFFD. A file name can then never end a log line and start a workflow
// command, in the action's output or in the CLI's when it runs inside a workflow step. Strings
// shaped like credentials are redacted: a token pasted into a document must not reach the
// summary, an output or a pull-request comment, which the runner's log masking does not cover.

// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

const CREDENTIAL = new RegExp(
  [
    /\bgh[pousr]_[A-Za-z0-9]{36,}/, // GitHub tokens
    /\bgithub_pat_[A-Za-z0-9_]{22,}/, // GitHub fine-grained tokens
    /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/, // JWTs (the runtime token)
    /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, // AWS access keys
    /\bsig=[A-Za-z0-9%+/=]{20,}/ // Azure SAS signatures
  ]
    .map((r) => r.source)
    .join('|'),
  'g'
)

export function printable(text: string): string {
  return text
    .toWellFormed()
    .replace(CREDENTIAL, '[redacted]')
    .replace(
      new RegExp(UNPRINTABLE.source, 'g'),
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    )
}

/** The first character that `printable` would escape, if any. */
export function unprintableIn(text: string): string | undefined {
  return UNPRINTABLE.exec(text)?.[0]
}
