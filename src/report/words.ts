// Counted words in the reports: "1 violation", "2 violations".

/** `count` and `noun`, the noun with an `s` unless the count is one. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** The text cut to at most `max` characters, an ellipsis standing for what was cut. */
export function clipped(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
