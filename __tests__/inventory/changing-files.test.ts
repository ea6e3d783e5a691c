// A file that changes or disappears while it is hashed: real files on disk, changed for real
// between two of the hasher's reads by a watcher process that stops this one mid-read
// (helpers/change-mid-read.mjs). The files are large, so the hasher takes a while over them.
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import { closeSync, ftruncateSync, openSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CHUNK, hashBatch } from '../../src/inventory/hash-worker.js'
import { changedMidRead } from '../helpers/mid-read.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

function hashOne(file: string): { digest?: string; error?: string } {
  const { digests, errors } = hashBatch({ id: 0, files: [file] }, Buffer.allocUnsafe(CHUNK))!
  return errors.length > 0 ? { error: errors[0]![1] } : { digest: digests[0]! }
}

/** Larger than the read buffer: streamed through it, read after read. */
function bigFile(): string {
  const file = path.join(realpathSync(tempDir('pm-change-')), 'tiles.bin')
  writeFileSync(file, Buffer.alloc(CHUNK + 1234, 7))
  return file
}

/** A big file made 128 MiB long (the rest a hole): long enough to be caught mid-read. */
function slowFile(): string {
  const file = bigFile()
  const fd = openSync(file, 'r+')
  ftruncateSync(fd, 128 * 1024 * 1024)
  closeSync(fd)
  return file
}

function sha256Of(file: string): string {
  const running = createHash('sha256')
  const buffer = Buffer.alloc(CHUNK)
  const fd = openSync(file, 'r')
  for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer))
    running.update(buffer.subarray(0, read))
  closeSync(fd)
  return `sha256:${running.digest('hex')}`
}

describe('a file that changes while it is hashed', () => {
  it('is hashed as it is when nothing changes', () => {
    const file = bigFile()
    expect(hashOne(file)).toEqual({ digest: sha256Of(file) })
  })

  it('is reported when it grows between reads', async () => {
    const file = slowFile()
    expect(await changedMidRead(file, 'grow', () => hashOne(file))).toEqual({ error: 'CHANGED' })
  })

  it('is reported when it is cut short between reads', async () => {
    const file = slowFile()
    expect(await changedMidRead(file, 'truncate', () => hashOne(file))).toEqual({
      error: 'CHANGED'
    })
  })

  it('is reported when it is rewritten in place, same size, between reads', async () => {
    const file = slowFile()
    expect(await changedMidRead(file, 'rewrite', () => hashOne(file))).toEqual({
      error: 'CHANGED'
    })
  })

  it('is reported when it is gone before it is opened', () => {
    const file = bigFile()
    rmSync(file)
    expect(hashOne(file)).toEqual({ error: 'ENOENT' })
  })

  it('removed after it was opened, is hashed as the bytes it still has', async () => {
    const file = slowFile()
    const expected = sha256Of(file)
    expect(await changedMidRead(file, 'remove', () => hashOne(file))).toEqual({
      digest: expected
    })
  })
})
