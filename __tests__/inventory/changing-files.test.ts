// A file that changes or disappears while it is hashed: real files on disk, changed for real by a
// write made between two of the hasher's reads. The hasher takes its file-system calls as a
// parameter, which is what lets the write land at a known moment.
import {
  appendFileSync,
  ftruncateSync,
  openSync,
  closeSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import * as fs from 'node:fs'
import { createHash, hash } from 'node:crypto'
import path from 'node:path'
import { hashFile } from '../../src/inventory/hash-worker.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const CHUNK = 4 * 1024 * 1024

/** fs, except that `afterFirstRead` runs once, right after the first read of the file. */
function ioWith(afterFirstRead: () => void): typeof fs {
  let done = false
  return {
    ...fs,
    readSync: ((...args: Parameters<typeof fs.readSync>) => {
      const read = fs.readSync(...args)
      if (!done) {
        done = true
        afterFirstRead()
      }
      return read
    }) as typeof fs.readSync
  }
}

function hashOne(file: string, io: typeof fs): { digest?: string; error?: string } {
  const digests: string[] = []
  const sizes = new Float64Array(1)
  const error = hashFile(
    file,
    io,
    { createHash, hash },
    Buffer.allocUnsafe(CHUNK),
    digests,
    sizes,
    0
  )
  return error !== undefined ? { error } : { digest: digests[0]! }
}

function bigFile(): string {
  const file = path.join(tempDir('pm-change-'), 'tiles.bin')
  writeFileSync(file, Buffer.alloc(CHUNK + 1234, 7))
  return file
}

describe('a file that changes while it is hashed', () => {
  it('is hashed as it is when nothing changes', () => {
    const file = bigFile()
    const expected = `sha256:${createHash('sha256').update(fs.readFileSync(file)).digest('hex')}`
    expect(
      hashOne(
        file,
        ioWith(() => undefined)
      )
    ).toEqual({ digest: expected })
  })

  it('is reported when it grows between reads', () => {
    const file = bigFile()
    expect(
      hashOne(
        file,
        ioWith(() => appendFileSync(file, 'more'))
      )
    ).toEqual({ error: 'CHANGED' })
  })

  it('is reported when it is cut short between reads', () => {
    const file = bigFile()
    const truncate = (): void => {
      const fd = openSync(file, 'r+')
      ftruncateSync(fd, 100)
      closeSync(fd)
    }
    expect(hashOne(file, ioWith(truncate))).toEqual({ error: 'CHANGED' })
  })

  it('is reported when it is rewritten in place, same size, between reads', () => {
    const file = bigFile()
    const rewrite = (): void => {
      const fd = openSync(file, 'r+')
      fs.writeSync(fd, Buffer.alloc(16, 9), 0, 16, CHUNK + 10)
      closeSync(fd)
      utimesSync(file, new Date(), new Date(Date.now() + 5_000))
    }
    expect(hashOne(file, ioWith(rewrite))).toEqual({ error: 'CHANGED' })
  })

  it('is reported when it is gone before it is opened', () => {
    const file = bigFile()
    rmSync(file)
    expect(hashOne(file, fs)).toEqual({ error: 'ENOENT' })
  })

  it('removed after it was opened, is hashed as the bytes it still has', () => {
    const file = bigFile()
    const expected = `sha256:${createHash('sha256').update(fs.readFileSync(file)).digest('hex')}`
    expect(
      hashOne(
        file,
        ioWith(() => rmSync(file))
      )
    ).toEqual({ digest: expected })
  })
})
