// The threads that read http(s) links: src/remote/http-thread.ts, whose functions run here from
// the sources, and readOnThreads, which starts real threads from the bundle, dist/remote-thread.js
// (http-thread.ts says why), held here to be the bundle of these same sources. Against a real
// loopback server.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readLink, readShare } from '../../src/remote/http-thread.js'
import { THREAD_FILE, readOnThreads, threadCount } from '../../src/remote/http-threads.js'
import { PROJECT } from '../helpers/runner.js'
import { sha256Hex, startObjectServer, type Served } from '../helpers/remote-copies.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const policy = { tries: 2, backoffMs: 10, idleMs: 2000 }

/** 12 objects of a few bytes each, one missing, one failing once (then served). */
function objects(): Map<string, Served> {
  const served = new Map<string, Served>()
  for (let i = 0; i < 12; i++) served.set(`/o/${i}`, Buffer.from(`object ${i}\n`))
  served.set('/o/failing', { status: 503, times: 1, then: Buffer.from('at last') })
  return served
}

const paths = [...[...Array(12).keys()].map((i) => `/o/${i}`), '/o/missing', '/o/failing']

describe('readShare', () => {
  it('reads each link once however many threads share the counter, each reading as readLink gives it', async () => {
    const server = await startObjectServer(objects())
    try {
      const urls = paths.map((at) => `${server.base}${at.slice(1)}`)
      const next = new SharedArrayBuffer(4)
      // Two shares at once, as two threads take links from one counter.
      const [first, second] = await Promise.all([
        readShare({ urls, next, policy, inFlight: 3 }),
        readShare({ urls, next, policy, inFlight: 2 })
      ])
      const indexes = [...first!, ...second!].map(([index]) => index).sort((a, b) => a - b)
      expect(indexes).toEqual([...urls.keys()])
      const byIndex = new Map([...first!, ...second!])
      expect(byIndex.get(0)).toEqual({
        digest: `sha256:${sha256Hex(Buffer.from('object 0\n'))}`,
        size: 9,
        source: 'stream'
      })
      expect(byIndex.get(12)).toEqual({
        problem: `${urls[12]} answered 404 Not Found: nothing is published there; publish the artifact there, or fix the link.`
      })
      // A 503 then the object: the retry is the thread's.
      expect(byIndex.get(13)).toMatchObject({ size: 7, source: 'stream' })
      expect(server.requests.filter((r) => r.path === '/o/failing')).toHaveLength(2)
    } finally {
      await server.close()
    }
  })
})

describe('readOnThreads', () => {
  it('gives each URL what readLink gives it here, read on real threads', async () => {
    const server = await startObjectServer(objects())
    const here = await startObjectServer(objects())
    try {
      const urls = paths.map((at) => `${server.base}${at.slice(1)}`)
      const readings = await readOnThreads(urls, policy, 5)
      expect([...readings.keys()].sort()).toEqual([...urls].sort())
      for (const [i, at] of paths.entries()) {
        const expected = await readLink(`${here.base}${at.slice(1)}`, policy)
        const reading = readings.get(urls[i]!)
        if ('problem' in expected)
          expect(reading).toEqual({ problem: expected.problem.replace(here.base, server.base) })
        else expect(reading).toEqual(expected)
      }
      // Each link read once (the failing one twice, its retry).
      expect(server.requests).toHaveLength(urls.length + 1)
    } finally {
      await server.close()
      await here.close()
    }
  })

  it('starts no thread for no links', async () => {
    expect(await readOnThreads([], policy, 8)).toEqual(new Map())
  })
})

describe('threadCount', () => {
  it('gives each thread at least 4 links in flight, one thread at least', () => {
    expect(threadCount(1)).toBe(1)
    expect(threadCount(4)).toBe(1)
    expect(threadCount(8)).toBeLessThanOrEqual(2)
    expect(threadCount(1000)).toBeLessThanOrEqual(Math.max(1, os.availableParallelism()))
  })
})

describe('the bundled thread', () => {
  it('is the bundle of these sources, beside every bundle (npm run bundle makes it)', () => {
    // As scripts/bundle.mjs builds it. A difference means dist/ is older than src/: the threads
    // of every test here would run the older code.
    const out = tempDir('pm-remote-thread-bundle-')
    execFileSync(
      path.join(PROJECT, 'node_modules', '.bin', 'ncc'),
      [
        'build',
        'src/remote/http-thread.ts',
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
    expect(THREAD_FILE.pathname).toBe(path.join(PROJECT, 'dist', 'remote-thread.js'))
    for (const bundled of [
      'dist/remote-thread.js',
      'dist/cli/remote-thread.js',
      'dist/lib/remote-thread.js'
    ]) {
      const same = readFileSync(path.join(PROJECT, bundled), 'utf8') === fresh
      if (!same) throw new Error(`${bundled} is not the bundle of src/: run npm run bundle`)
    }
  }, 120_000)
})
