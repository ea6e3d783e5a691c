// Streaming SHA-256 of a file's bytes exactly as on disk, refusing a file that changes meanwhile.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'

export interface FileDigest {
  digest: string
  size: number
}

export class FileChangedError extends Error {}

const CHUNK = 1024 * 1024

export async function hashFile(absolutePath: string): Promise<FileDigest> {
  const before = await stat(absolutePath)
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(absolutePath, { highWaterMark: CHUNK })) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  const after = await stat(absolutePath)
  if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
    throw new FileChangedError('changed while it was being hashed')
  }
  return { digest: `sha256:${hash.digest('hex')}`, size }
}

/** Runs `work` over `items` with at most `limit` at once; results keep the items' order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  })
  await Promise.all(lanes)
  return results
}
