// Multi-line inputs (patterns, paths, "key: value" lines), read the way @actions/glob reads them.

/** Splits an input's lines into entries; `#` starts a comment line, as in @actions/glob. */
export function patternLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
}

/**
 * The 1-based line of any offset in `text`: the line starts are found once, on the first call,
 * and each lookup is a binary search. A document asked for many lines never rescans its text.
 */
export function lineIndex(text: string): (offset: number) => number {
  let starts: number[] | undefined
  return (offset) => {
    if (starts === undefined) {
      starts = [0]
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
        starts.push(at + 1)
    }
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}
