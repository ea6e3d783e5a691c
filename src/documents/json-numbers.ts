// The one number rule of a spec, JSON or YAML: a number goes into spec_hash only when the double
// it reads as holds exactly what was written.

/** The significant digits and decimal exponent of a number's text: "-1.50e3" → ["15", 4]. */
function significand(source: string): [string, number] {
  const match = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(source)
  if (!match) return [source, 0]
  const whole = match[1] ?? ''
  const all = whole + (match[2] ?? '')
  const leading = /^0*/.exec(all)![0].length
  const digits = all.slice(leading).replace(/0+$/, '')
  return digits === '' ? ['', 0] : [digits, whole.length + Number(match[3] ?? 0) - leading]
}

/** A decimal number, as JSON writes it or as YAML 1.2's core schema does (+1, .5 and 5. too). */
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/
/** YAML 1.2 core schema's hexadecimal and octal integers. */
const RADIX_INTEGER = /^0x[0-9a-fA-F]+$|^0o[0-7]+$/
/** YAML 1.2 core schema's infinities and not-a-number. */
const NOT_FINITE = /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/

/**
 * The one number rule of a spec, JSON or YAML: why the number written as `source` cannot go into
 * spec_hash, if it cannot. A number is accepted when the double it reads as holds what was
 * written: for a decimal, when the shortest text that reads back as that double has the same
 * digits and exponent (so 1e21, 9007199254740992, 1.5e300, -0, 1E+2 and 0.1 are accepted); for
 * YAML's 0x and 0o integers, when the double is that integer. A number that overflows, that is
 * an infinity or NaN, or whose digits a double drops is refused: two different specs would
 * otherwise have one spec_hash.
 */
export function numberProblem(source: string): string | undefined {
  if (NOT_FINITE.test(source))
    return `${source} is not a number JSON can represent (JSON has no infinity or NaN); quote it as a string, or write a finite number`
  let value: number
  let exact: boolean
  if (RADIX_INTEGER.test(source)) {
    const integer = BigInt(source)
    value = Number(integer)
    exact = Number.isFinite(value) && BigInt(value) === integer
  } else if (DECIMAL.test(source)) {
    value = Number(source)
    const [digits, exponent] = significand(source)
    const [shortest, shortestExponent] = significand(String(Math.abs(value)))
    exact = digits === shortest && exponent === shortestExponent
  } else {
    return `the number ${source} is not written as JSON writes numbers; write it in decimal, or quote it as a string`
  }
  if (!Number.isFinite(value))
    return `the number ${source} is too large for JSON's numbers; quote it as a string`
  if (exact) return undefined
  return `the number ${source} cannot be held exactly (it reads back as ${String(value)}); quote it as a string, or write it with fewer digits`
}
