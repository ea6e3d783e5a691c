// Multi-line inputs (patterns, paths, "key: value" lines), read the way @actions/glob reads them.

/** Splits an input's lines into entries; `#` starts a comment line, as in @actions/glob. */
export function patternLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
}
