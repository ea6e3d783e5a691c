// The SHA-256 of a stream of bytes, taken as they arrive: never the whole object in memory,
// never on disk.
import { createHash } from 'node:crypto'
import type { IdleTimer } from './failure.js'

export interface StreamDigest {
  digest: string
  size: number
}

/** Hashes every chunk of the stream; each chunk resets the idle timer. */
export async function hashStream(
  chunks: AsyncIterable<Uint8Array>,
  timer?: IdleTimer
): Promise<StreamDigest> {
  const running = createHash('sha256')
  let size = 0
  for await (const chunk of chunks) {
    timer?.reset()
    running.update(chunk)
    size += chunk.byteLength
  }
  return { digest: `sha256:${running.digest('hex')}`, size }
}
