// docs/decisions.md, "Time": RFC 3339 in, UTC with Z and seconds out, impossible dates refused.
import { formatUtc, parseTimestamp } from '../../src/model/time.js'

const utc = (text: string): string | undefined => {
  const parsed = parseTimestamp(text)
  return parsed.ok ? parsed.utc : undefined
}
const reason = (text: string): string => {
  const parsed = parseTimestamp(text)
  return parsed.ok ? '' : parsed.reason
}

describe('parsing RFC 3339 timestamps', () => {
  it('keeps a UTC time as it is', () => {
    expect(utc('2026-02-20T13:00:00Z')).toBe('2026-02-20T13:00:00Z')
  })

  it('converts other offsets to UTC, across day, month and year boundaries', () => {
    expect(utc('2026-02-20T14:30:00+01:30')).toBe('2026-02-20T13:00:00Z')
    expect(utc('2026-12-31T23:30:00-01:00')).toBe('2027-01-01T00:30:00Z')
    expect(utc('2026-03-01T00:15:00+00:30')).toBe('2026-02-28T23:45:00Z')
  })

  it('accepts lowercase t and z, and cuts fractional seconds', () => {
    expect(utc('2026-02-20t13:00:00.999z')).toBe('2026-02-20T13:00:00Z')
  })

  it('accepts leap days in leap years only', () => {
    expect(utc('2024-02-29T00:00:00Z')).toBe('2024-02-29T00:00:00Z')
    expect(utc('2000-02-29T00:00:00Z')).toBe('2000-02-29T00:00:00Z')
    expect(reason('2026-02-29T00:00:00Z')).toContain('has no day 29')
    expect(reason('1900-02-29T00:00:00Z')).toContain('has no day 29')
  })

  it.each([
    ['2026-02-30T10:00:00Z', 'has no day 30'],
    ['2026-13-01T10:00:00Z', 'has no month 13'],
    ['2026-04-31T10:00:00Z', 'has no day 31'],
    ['2026-02-20T24:00:00Z', 'not a real time of day'],
    ['2026-02-20T23:60:00Z', 'not a real time of day'],
    ['2026-06-30T23:59:60Z', 'leap second'],
    ['2026-02-20T13:00:00+24:00', 'impossible UTC offset'],
    ['2026-02-20', 'not an RFC 3339 date-time'],
    ['2026-02-20T13:00:00', 'not an RFC 3339 date-time'],
    ['2026-02-20 13:00:00Z', 'not an RFC 3339 date-time'],
    ['20260220T130000Z', 'not an RFC 3339 date-time']
  ])('refuses %s (%s)', (text, why) => {
    expect(reason(text)).toContain(why)
  })

  it('handles year 0000 and refuses to write a year before it', () => {
    expect(utc('0000-01-01T00:00:00Z')).toBe('0000-01-01T00:00:00Z')
    expect(() => formatUtc(Date.UTC(-1, 0, 1))).toThrow(RangeError)
    expect(reason('0000-01-01T00:30:00+01:00')).toContain('year -1 in UTC')
    expect(reason('9999-12-31T23:30:00-01:00')).toContain('year 10000 in UTC')
  })

  it('orders instants exactly, past the millisecond and across offsets', () => {
    const key = (text: string): string => {
      const parsed = parseTimestamp(text)
      if (!parsed.ok) throw new Error(parsed.reason)
      return parsed.instant
    }
    const ordered = [
      '0000-01-01T00:00:00Z',
      '1969-12-31T23:59:59.9Z',
      '2026-02-20T13:00:00Z',
      '2026-02-20T13:00:00.000000001Z',
      '2026-02-20T13:00:00.0001Z',
      '2026-02-20T12:00:00.01-01:00',
      '2026-02-20T13:00:00.5Z',
      '9999-12-31T23:59:59.999999999999Z'
    ]
    const keys = ordered.map(key)
    expect([...keys].sort()).toEqual(keys)
    expect(new Set(keys).size).toBe(keys.length)
    expect(key('2026-02-20T13:00:00.50Z')).toBe(key('2026-02-20T14:00:00.5+01:00'))
  })
})
