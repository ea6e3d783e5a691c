// Shapes of the JSON data model that every reader asks about.

/** A JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A JSON file's text as this project writes every one: two-space indented, a final newline. */
export function jsonText(value: unknown): string {
  const [json, newline] = jsonPieces(value)
  return `${json}${newline}`
}

/**
 * jsonText as its two pieces, the JSON and the final newline. A large text is hashed and written
 * piece by piece: joined into one string, 50 MB of JSON would be copied whole to add one byte.
 */
export function jsonPieces(value: unknown): [string, string] {
  return [JSON.stringify(value, null, 2), '\n']
}

/**
 * The first items, as a compact JSON array of at most `bytes` bytes: how an output that lists
 * things stays under GitHub's 1 MB limit however many there are (a count says how many in all).
 */
export function jsonArrayWithin(items: readonly unknown[], bytes: number): string {
  const parts: string[] = []
  let used = 2
  for (const item of items) {
    const part = JSON.stringify(item)
    used += Buffer.byteLength(part) + 1
    if (used > bytes) break
    parts.push(part)
  }
  return `[${parts.join(',')}]`
}
