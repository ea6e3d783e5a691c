// One input's value, read: a number, a boolean, a choice, "key: value" lines, a shard. Each
// problem is a UsageError naming the input and what it must read.
import { DEFAULT_REQUIRED_APPROVALS } from '../gates/c-policy.js'
import type { MediaTypeOverride } from '../inventory/media-types.js'
import type { ShardSpec } from '../inventory/shards.js'
import type { LfsMode } from '../model/lfs-pointer.js'
import { inputSpec, type InputName } from './inputs.js'

/** A request the run cannot take as given: a missing or malformed input, said in a sentence. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/** A whole number from min to max, or the input's default in the table (undefined without one). */
export function parsePositiveInteger(
  name: InputName,
  value: string | undefined,
  min: number,
  max: number
): number | undefined {
  const text = nonEmpty(value) ?? inputSpec(name).default
  if (text === undefined) return undefined
  const number = Number(text)
  if (!/^\d+$/.test(text) || number < min || number > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${text}".`)
  }
  return number
}

export function parseBoolean(name: InputName, value: string | undefined): boolean {
  const text = nonEmpty(value) ?? inputSpec(name).default ?? 'false'
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE'].includes(text)) return false
  throw new UsageError(`${name} must be true or false, not "${text}".`)
}

/** The value of a choice input, or its default in the table. */
export function parseChoice<T extends string>(name: InputName, value: string | undefined): T {
  const spec = inputSpec(name)
  const text = nonEmpty(value) ?? spec.default ?? ''
  if (!spec.choices?.includes(text))
    throw new UsageError(`${name} must be one of ${spec.choices?.join(', ')}, not "${text}".`)
  return text as T
}

/** `label: role, role` lines, merged over the defaults label by label. */
export function parseRequiredApprovals(lines: readonly string[] = []): Record<string, string[]> {
  const required: Record<string, string[]> = {}
  for (const [label, roles] of Object.entries(DEFAULT_REQUIRED_APPROVALS))
    required[label] = [...roles]
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon <= 0) {
      throw new UsageError(
        `required-approvals line "${line}" must read "label: role, role" (for example "restricted: steward, data-owner").`
      )
    }
    const label = line.slice(0, colon).trim()
    required[label] = line
      .slice(colon + 1)
      .split(',')
      .map((role) => role.trim())
      .filter((role) => role.length > 0)
  }
  return required
}

/** The media-type overrides, "pattern: media/type" lines. */
export function parseMediaTypes(lines: readonly string[] = []): MediaTypeOverride[] {
  return lines.map((line) => {
    const colon = line.lastIndexOf(': ')
    const pattern = colon > 0 ? line.slice(0, colon).trim() : ''
    const mediaType = colon > 0 ? line.slice(colon + 2).trim() : ''
    if (!pattern || !/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+/.test(mediaType)) {
      throw new UsageError(
        `media-types line "${line}" must read "pattern: media/type" (for example "**/*.tif: image/tiff; application=geotiff").`
      )
    }
    return { pattern, mediaType }
  })
}

/** The lfs input: `content` (the default) or `pointers`. */
export function parseLfsMode(value: string | undefined): LfsMode {
  const text = nonEmpty(value) ?? 'content'
  if (text === 'content' || text === 'pointers') return text
  throw new UsageError(
    `lfs must be content (the files are checked out) or pointers (a Git LFS pointer stands for its content), not "${text}".`
  )
}

/**
 * `I/N`, or the library's { index, count }: shard I of N, 1 <= I <= N <= 1024 (the shard file
 * schema's limit).
 */
export function parseShard(value: string | ShardSpec | undefined): ShardSpec | undefined {
  if (typeof value === 'object')
    return shardOf(value.index, value.count, `${value.index}/${value.count}`)
  const text = nonEmpty(value)
  if (text === undefined) return undefined
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text)
  return shardOf(match ? Number(match[1]) : NaN, Number(match?.[2]), text)
}

function shardOf(index: unknown, count: unknown, shown: string): ShardSpec {
  if (
    !Number.isInteger(index) ||
    !Number.isInteger(count) ||
    (index as number) < 1 ||
    (index as number) > (count as number) ||
    (count as number) > 1024
  )
    throw new UsageError(
      `shard must read I/N, shard I of N with 1 <= I <= N <= 1024 (for example "2/4"), not "${shown}".`
    )
  return { index: index as number, count: count as number }
}
