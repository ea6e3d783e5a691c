// The hashing thread's module, src/inventory/hash-worker.ts. Its functions run here, from the
// sources. The file the pool starts its threads from when jest runs the sources is the bundle,
// dist/hash-worker.js (hash-worker.ts says why): it is held to be the bundle of these same
// sources, and run in real threads, started by path as the pool starts them. Real files on disk.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { WORKER_FILE } from '../../src/inventory/hash-pool.js'
import {
  CHUNK,
  HASH_WORKER,
  batchPart,
  hashBatch,
  type BatchRequest,
  type HashedBatch,
  type Listing,
  type ThreadRequest
} from '../../src/inventory/hash-worker.js'
import { listPart } from '../../src/inventory/list-json.js'
import { mediaTypeOf } from '../../src/inventory/media-types.js'
import { changedMidRead } from '../helpers/mid-read.js'
import { PROJECT } from '../helpers/runner.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const sha256 = (bytes: Buffer | string): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const decode = (bytes: Uint8Array | undefined): string | undefined =>
  bytes && Buffer.from(bytes).toString('utf8')

const dir = tempDir('pm-worker-')
const file = (name: string, content: Buffer | string): string => {
  const absolute = path.join(dir, name)
  writeFileSync(absolute, content)
  return absolute
}
/** Bytes of period 251, which does not divide the buffer's size: a read out of place shows. */
function pattern(length: number): Buffer {
  const bytes = Buffer.alloc(length)
  for (let i = 0; i < length; i++) bytes[i] = i % 251
  return bytes
}

const abc = file('abc.txt', 'abc')
const empty = file('empty.bin', '')
const oneChunk = file('one-chunk.bin', pattern(CHUNK))
const big = file('big.bin', pattern(2 * CHUNK + 12_345))
const subdir = path.join(dir, 'subdir')
mkdirSync(subdir)
const fifo = path.join(dir, 'pipe')
execFileSync('mkfifo', [fifo])
const missing = path.join(dir, 'missing.bin')

/** hashBatch on a batch here, alone: every file is hashed. */
function hashWhole(request: BatchRequest): HashedBatch {
  const hashed = hashBatch(request, Buffer.alloc(CHUNK))
  if (!hashed) throw new Error('hashBatch hashed nothing')
  return hashed
}

/** hashBatch on one file, here: its digest and size, or its error code. */
function hashHere(absolute: string): { digest?: string; size?: number; error?: string } {
  const { digests, sizes, errors } = hashWhole({ id: 0, files: [absolute] })
  return errors.length > 0 ? { error: errors[0]![1] } : { digest: digests[0]!, size: sizes[0]! }
}

describe('hashing a file', () => {
  it('gives the SHA-256 of its bytes, in lower-case hex after sha256:, and its size', () => {
    expect(hashHere(abc)).toEqual({
      digest: 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      size: 3
    })
  })

  it('gives the digest of no bytes for an empty file', () => {
    expect(hashHere(empty)).toEqual({
      digest: 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      size: 0
    })
  })

  it('streams a file of one buffer and a file bigger than the 4 MiB buffer', () => {
    expect(CHUNK).toBe(4 * 1024 * 1024)
    expect(hashHere(oneChunk)).toEqual({ digest: sha256(pattern(CHUNK)), size: CHUNK })
    expect(hashHere(big)).toEqual({
      digest: sha256(pattern(2 * CHUNK + 12_345)),
      size: 2 * CHUNK + 12_345
    })
  })

  it('refuses a directory (EISDIR) and a missing file (ENOENT)', () => {
    // A named pipe is refused too, tried in a thread below: were its open to wait for a writer,
    // it would wait for ever, which only a thread can be given up on.
    expect(hashHere(subdir)).toEqual({ error: 'EISDIR' })
    expect(hashHere(missing)).toEqual({ error: 'ENOENT' })
  })

  it('reports a file that changes between two reads (CHANGED), with no digest', async () => {
    // 64 MiB, most of it a hole: long enough for the watcher to catch the hasher mid-read.
    const changing = file('changing.bin', pattern(CHUNK + 100))
    fs.truncateSync(changing, 64 * 1024 * 1024)
    const { digests, errors } = await changedMidRead(fs.realpathSync(changing), 'grow', () =>
      hashWhole({ id: 0, files: [changing] })
    )
    expect(errors).toEqual([[0, 'CHANGED']])
    expect(digests[0]).toBeUndefined()
  })

  it('keeps each outcome at its file, errors among digests', () => {
    const { digests, sizes, errors } = hashWhole({ id: 7, files: [abc, subdir, empty, missing] })
    expect(digests).toEqual([sha256('abc'), undefined, sha256(''), undefined])
    expect([...sizes]).toEqual([3, 0, 0, 0])
    expect(errors).toEqual([
      [1, 'EISDIR'],
      [3, 'ENOENT']
    ])
  })
})

describe('a batch shared by two threads', () => {
  const files = [abc, subdir, empty, big]
  /** A claim that refuses the files (by index among all) another thread has taken. */
  const taken =
    (...others: number[]) =>
    (index: number): boolean =>
      !others.includes(index)

  it('is hashed from the last file down until a file another has taken', () => {
    const hashed = hashBatch({ id: 10, files }, Buffer.alloc(CHUNK), taken(10, 11), 'last')
    expect(hashed?.id).toBe(12)
    expect(hashed?.digests).toEqual([sha256(''), sha256(pattern(2 * CHUNK + 12_345))])
    expect([...hashed!.sizes]).toEqual([0, 2 * CHUNK + 12_345])
    expect(hashed?.errors).toEqual([])
  })

  it('keeps the errors at their index in the run hashed', () => {
    const hashed = hashBatch({ id: 10, files }, Buffer.alloc(CHUNK), taken(12, 13), 'first')
    expect(hashed?.id).toBe(10)
    expect(hashed?.digests).toEqual([sha256('abc'), undefined])
    expect(hashed?.errors).toEqual([[1, 'EISDIR']])
  })

  it('gives nothing when another has taken the file it would start with', () => {
    expect(hashBatch({ id: 0, files }, Buffer.alloc(CHUNK), taken(3), 'last')).toBeUndefined()
    expect(hashBatch({ id: 0, files }, Buffer.alloc(CHUNK), taken(0), 'first')).toBeUndefined()
  })
})

describe("a batch's part of the list", () => {
  const listing: Listing = { prefix: `${dir}/` }
  const files = [abc, big, empty]
  const hashed = hashWhole({ id: 0, files, listing })

  it('lists the files under the prefix, with media types found by name unless given', () => {
    const records = files.map((absolute, i) => ({
      path: path.basename(absolute),
      digest: hashed.digests[i]!,
      media_type: mediaTypeOf(path.basename(absolute)),
      size: hashed.sizes[i]!
    }))
    expect(decode(hashed.part)).toBe(decode(listPart(records)))
    const given = files.map(() => 'x/y')
    const typed = batchPart(files, { ...listing, mediaTypes: given }, hashed.digests, hashed.sizes)
    expect(decode(typed)).toBe(decode(listPart(records.map((r) => ({ ...r, media_type: 'x/y' })))))
  })

  it('is refused when a file is not hashed, outside the prefix, out of order or repeated', () => {
    const part = (list: string[], digests = hashed.digests) =>
      batchPart(list, listing, digests, hashed.sizes)
    expect(part(files)).toBeDefined()
    expect(part(files, [hashed.digests[0], undefined, hashed.digests[2]])).toBeUndefined()
    expect(part([abc, '/elsewhere/z', empty])).toBeUndefined()
    expect(part([big, abc, empty])).toBeUndefined()
    expect(part([abc, abc, empty])).toBeUndefined()
    // The list's order is UTF-8 bytes': U+FFFF before U+1F600, though UTF-16 has it the other way.
    const names = [`${dir}/\uffff`, `${dir}/😀`]
    expect(part(names, [sha256('a'), sha256('b')])).toBeDefined()
    expect(part([...names].reverse(), [sha256('a'), sha256('b')])).toBeUndefined()
    expect(hashWhole({ id: 0, files: [abc, subdir], listing }).part).toBe(undefined)
  })
})

describe('the bundled thread', () => {
  it('is the bundle of these sources, beside both bundles (npm run bundle makes it)', () => {
    // As scripts/bundle.mjs builds it. A difference means dist/ is older than src/: the threads
    // of every test here would run the older code.
    const out = tempDir('pm-worker-bundle-')
    execFileSync(
      path.join(PROJECT, 'node_modules', '.bin', 'ncc'),
      [
        'build',
        'src/inventory/hash-worker.ts',
        '-o',
        out,
        '--license',
        'licenses.txt',
        '--target',
        'es2022',
        '-q'
      ],
      { cwd: PROJECT, stdio: 'ignore' }
    )
    const fresh = readFileSync(path.join(out, 'index.js'), 'utf8')
    expect(WORKER_FILE.pathname).toBe(path.join(PROJECT, 'dist', 'hash-worker.js'))
    for (const bundled of ['dist/hash-worker.js', 'dist/cli/hash-worker.js']) {
      const same = readFileSync(path.join(PROJECT, bundled), 'utf8') === fresh
      if (!same) throw new Error(`${bundled} is not the bundle of src/: run npm run bundle`)
    }
  }, 120_000)

  /** A thread started as the pool starts one, and the batches it answers, in order. */
  function start(workerData: unknown = HASH_WORKER) {
    const thread = new Worker(WORKER_FILE, { workerData })
    const answers: HashedBatch[] = []
    let heard: ((answer: HashedBatch) => void) | undefined
    thread.on('message', (answer: HashedBatch) => (heard ? heard(answer) : answers.push(answer)))
    return {
      thread,
      /** Posts a batch as the pool does; `claimed`: files (by index) another thread has taken. */
      post(id: number, files: string[], options: { listing?: Listing; claimed?: number[] } = {}) {
        const claims = new SharedArrayBuffer(id + files.length)
        for (const index of options.claimed ?? []) new Uint8Array(claims)[index] = 1
        const request: ThreadRequest = { id, files, listing: options.listing, claims }
        thread.postMessage(request)
      },
      /** The next answer, waited for at most `ms`. */
      next(ms = 10_000): Promise<HashedBatch> {
        const answer = answers.shift()
        if (answer) return Promise.resolve(answer)
        return new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            heard = undefined
            reject(new Error(`no answer in ${ms} ms`))
          }, ms)
          heard = (answer) => {
            clearTimeout(timer)
            heard = undefined
            resolve(answer)
          }
        })
      }
    }
  }

  it('answers a batch as hashBatch does here, its sizes and list part transferred', async () => {
    const { thread, post, next } = start()
    try {
      const files = [abc, empty, oneChunk, big, subdir, missing]
      post(3, files)
      const answer = await next()
      const here = hashWhole({ id: 3, files })
      expect(answer.id).toBe(3)
      expect(answer.digests).toEqual(here.digests)
      // Transferred, not copied into a plain array (the thread's Float64Array is of another realm).
      expect(Object.prototype.toString.call(answer.sizes)).toBe('[object Float64Array]')
      expect([...answer.sizes]).toEqual([...here.sizes])
      expect(answer.errors).toEqual(here.errors)
      const listing = { prefix: `${dir}/` }
      post(0, [abc, big, empty], { listing })
      const listed = await next()
      const expected = hashWhole({ id: 0, files: [abc, big, empty], listing })
      expect(Object.prototype.toString.call(listed.part)).toBe('[object Uint8Array]')
      expect(decode(listed.part)).toBe(decode(expected.part))
    } finally {
      await thread.terminate()
    }
  })

  it('refuses a named pipe (ENOTFILE) without waiting for a writer', async () => {
    const { thread, post, next } = start()
    try {
      post(0, [fifo, abc])
      const answer = await next(5_000)
      expect(answer.errors).toEqual([[0, 'ENOTFILE']])
      expect(answer.digests[1]).toBe(sha256('abc'))
    } finally {
      await thread.terminate()
    }
  })

  it('leaves a batch another thread has claimed', async () => {
    const { thread, post, next } = start()
    try {
      // Answers come in order: the first naming the second batch means the first was left.
      post(1, [abc], { claimed: [1] })
      post(2, [empty])
      expect((await next()).id).toBe(2)
      await new Promise((resolve) => setTimeout(resolve, 200))
      await expect(next(0)).rejects.toThrow('no answer')
    } finally {
      await thread.terminate()
    }
  })

  it('hashes a batch from its first file up to the first another thread has taken', async () => {
    const { thread, post, next } = start()
    try {
      post(4, [abc, empty, big, oneChunk], { claimed: [6], listing: { prefix: `${dir}/` } })
      const answer = await next()
      expect(answer.id).toBe(4)
      expect(answer.digests).toEqual([sha256('abc'), sha256('')])
      expect([...answer.sizes]).toEqual([3, 0])
      // Part of a batch: the list's part is written where the whole batch is known.
      expect(answer.part).toBeUndefined()
    } finally {
      await thread.terminate()
    }
  })

  it('does not listen where it was not started as a hashing thread', async () => {
    const { thread } = start({ another: 'thread' })
    try {
      // Nothing keeps a thread that does not listen alive: it ends on its own.
      const code = await new Promise((resolve) => thread.once('exit', resolve))
      expect(code).toBe(0)
    } finally {
      await thread.terminate()
    }
  })
})
