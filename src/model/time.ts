// RFC 3339 timestamps: parsed strictly (real calendar dates, explicit offsets), written in UTC
// with a Z suffix and seconds precision, as docs/decisions.md ("Time") requires.

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/

type ParsedTime =
  | {
      ok: true
      epochMs: number
      utc: string
      /** Orders instants exactly, to any fraction of a second: compare these keys as strings. */
      instant: string
    }
  | { ok: false; reason: string }

/** Seconds from year 0000 to 1970, so that every key's seconds are non-negative. */
const YEAR_ZERO_TO_EPOCH_S = 62_167_219_200

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

/** Parses an RFC 3339 date-time; the reason says what is wrong in words a user can act on. */
export function parseTimestamp(text: string): ParsedTime {
  const m = RFC3339.exec(text)
  if (!m) {
    return {
      ok: false,
      reason: `"${text}" is not an RFC 3339 date-time; write it like 2026-02-20T13:00:00Z`
    }
  }
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  if (month < 1 || month > 12) return { ok: false, reason: `"${text}" has no month ${month}` }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `"${text}" is not a real date: ${year}-${m[2]} has no day ${day}` }
  }
  if (hour > 23 || minute > 59) {
    return { ok: false, reason: `"${text}" is not a real time of day` }
  }
  if (second > 59) {
    return {
      ok: false,
      reason: `"${text}" has a leap second or second ${second}; leap seconds are not accepted, write :59`
    }
  }
  const offsetSign = m[8] === 'Z' || m[8] === 'z' ? 0 : m[8]!.startsWith('-') ? -1 : 1
  const offsetHours = Number(m[9] ?? 0)
  const offsetMinutes = Number(m[10] ?? 0)
  if (offsetHours > 23 || offsetMinutes > 59) {
    return { ok: false, reason: `"${text}" has an impossible UTC offset` }
  }
  const local = new Date(0)
  local.setUTCFullYear(year, month - 1, day)
  local.setUTCHours(hour, minute, second, 0)
  const epochS = (local.getTime() - offsetSign * (offsetHours * 60 + offsetMinutes) * 60_000) / 1000
  const utcYear = new Date(epochS * 1000).getUTCFullYear()
  if (utcYear < 0 || utcYear > 9999) {
    return { ok: false, reason: `"${text}" is in year ${utcYear} in UTC, outside 0000-9999` }
  }
  // Offsets are whole minutes, so the fraction of a second is the same in every zone.
  const digits = (m[7] ?? '').slice(1).replace(/0+$/, '')
  const epochMs = epochS * 1000 + Math.floor(Number(`0.${digits || '0'}`) * 1000)
  const instant = `${String(epochS + YEAR_ZERO_TO_EPOCH_S).padStart(12, '0')}.${digits}`
  return { ok: true, epochMs, utc: formatUtc(epochMs), instant }
}

/** `2026-02-20T13:00:00Z`: UTC, seconds precision (fractions are cut, not rounded). */
export function formatUtc(epochMs: number): string {
  const d = new Date(Math.floor(epochMs / 1000) * 1000)
  const year = d.getUTCFullYear()
  if (year < 0 || year > 9999) throw new RangeError(`year ${year} cannot be written in RFC 3339`)
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0')
  return (
    `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`
  )
}
