// The library in a hostile process: writeJsonAtomic refuses what JSON cannot hold before it writes
// anything (an older file stays), and properties someone set on Object.prototype or
// Array.prototype in the caller's process are no part of any document or request.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { evaluatePromotion, verifyManifest, writeJsonAtomic } from '../../src/lib/index.js'
import { parseJsonText } from '../../src/documents/json-document.js'
import { canonicalDigest } from '../../src/model/canonical.js'
import { parseOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { copyExample, exampleInputs, removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const OLDER = '{"older": true}\n'

describe('writeJsonAtomic refuses what JSON cannot hold, and writes nothing', () => {
  const cycle: Record<string, unknown> = { a: 1 }
  cycle.self = cycle
  const sparse = [1, , 3] // eslint-disable-line no-sparse-arrays
  const deep: unknown[] = []
  let inner = deep
  for (let i = 0; i < 300; i++) inner.push((inner = []))
  const cases: Array<[string, unknown, string]> = [
    ['undefined', undefined, 'The value at $ is undefined'],
    ['NaN', { size: Number.NaN }, 'The value at $.size is NaN'],
    ['Infinity in an array', [1, Infinity], 'The value at $[1] is Infinity'],
    ['a function', { f: () => 1 }, '$.f is a function'],
    ['a symbol', { s: Symbol('x') }, '$.s is a symbol'],
    ['a BigInt', { n: 10n }, '$.n is a BigInt'],
    ['undefined in an object', { a: undefined }, '$.a is undefined'],
    ['a hole', sparse, 'is an array with holes'],
    ['a cycle', cycle, '$.self refers back'],
    ['a Date', { when: new Date(0) }, 'is not a plain object'],
    ['a Map', new Map(), 'is not a plain object'],
    ['a symbol key', { [Symbol('k')]: 1 }, 'has a symbol key'],
    ['a lone surrogate', { s: '\uD800' }, 'lone UTF-16 surrogate'],
    ['an own toJSON', { toJSON: () => ({ status: 'pass' }) }, '$.toJSON is a function'],
    ['nesting past 256', deep, 'nests deeper than 256 levels'],
    [
      'a non-enumerable property',
      Object.defineProperty({}, 'hidden', { value: 1 }),
      '$.hidden is not enumerable'
    ]
  ]

  it.each(cases)('%s', async (_name, value, words) => {
    const dir = tempDir('pm-lib-write-')
    const file = path.join(dir, 'manifest.json')
    writeFileSync(file, OLDER)
    await expect(writeJsonAtomic(file, value)).rejects.toThrow(words)
    await expect(writeJsonAtomic(file, value)).rejects.toThrow('nothing was written')
    expect(readFileSync(file, 'utf8')).toBe(OLDER)
  })

  it('refuses a proxy that lists a key it has no property for', async () => {
    const liar = new Proxy(
      {},
      { ownKeys: () => ['status'], getOwnPropertyDescriptor: () => undefined }
    )
    await expect(writeJsonAtomic(path.join(tempDir(), 'x.json'), liar)).rejects.toThrow(
      '$.status is listed but not there'
    )
  })

  it('refuses a path that is not a non-empty string', async () => {
    await expect(writeJsonAtomic('', {})).rejects.toThrow('needs a file path')
    await expect(writeJsonAtomic('a\0b', {})).rejects.toThrow('needs a file path')
  })

  it('reads a getter once and writes that value; JSON.stringify output otherwise', async () => {
    let reads = 0
    const value = {
      get status() {
        reads++
        return reads === 1 ? 'pass' : 'fail'
      },
      list: [1, 'two', null, true, { x: -0 }]
    }
    const file = path.join(tempDir('pm-lib-write-'), 'x.json')
    const { digest } = await writeJsonAtomic(file, value)
    expect(reads).toBe(1)
    const text = readFileSync(file, 'utf8')
    expect(text).toBe(
      `${JSON.stringify({ status: 'pass', list: [1, 'two', null, true, { x: 0 }] }, null, 2)}\n`
    )
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
  })
})

/** Sets a property on a prototype for the length of `run`, then takes it away again. */
async function polluted<T>(
  target: object,
  key: string,
  value: unknown,
  enumerable: boolean,
  run: () => Promise<T>
): Promise<T> {
  Object.defineProperty(target, key, { value, enumerable, configurable: true, writable: true })
  try {
    return await run()
  } finally {
    delete (target as Record<string, unknown>)[key]
  }
}

const INPUTS = {
  datasetSlug: 'river_gauges',
  releasedAt: '2026-02-20T13:00:00Z',
  spec: 'spec.yaml',
  artifacts: ['data/processed/**'],
  catalogs: ['catalog/**'],
  qaReport: 'qa/report.json',
  policyDecision: 'policy/decision.json',
  approvals: 'approvals.json',
  runReceipts: ['receipts/*.json']
}

function withoutQaStatus(): string {
  const workspace = copyExample()
  const report = path.join(workspace, 'qa', 'report.json')
  const value = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>
  delete value.status
  writeFileSync(report, `${JSON.stringify(value, null, 2)}\n`)
  return workspace
}

describe('verifyManifest refuses a request it cannot read as written', () => {
  it.each([
    [{ manifest: 42 }, 'needs manifest'],
    [{ manifest: 'm.json', strict: 'data/**' }, 'strict must be an array of pattern strings'],
    [{ manifest: 'm.json', strict: [1] }, 'strict must be an array of pattern strings']
  ])('%j', async (request, words) => {
    await expect(verifyManifest(request as never)).rejects.toThrow(words)
  })
})

describe('a polluted Object.prototype changes nothing a document says', () => {
  it.each([true, false])(
    'Object.prototype.status = "pass" (enumerable: %s) does not pass a QA report without status',
    async (enumerable) => {
      const workspace = withoutQaStatus()
      const result = await polluted(Object.prototype, 'status', 'pass', enumerable, () =>
        evaluatePromotion(INPUTS, { workspace })
      )
      expect(result.status).toBe('fail')
      expect(result.violations.map((v) => v.code)).toContain('QA_STATUS_INVALID')
    }
  )

  it('Object.prototype.decision = "allow" and policy_label do not make a decision', async () => {
    const workspace = copyExample()
    const file = path.join(workspace, 'policy', 'decision.json')
    const value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    delete value.decision
    writeFileSync(file, JSON.stringify(value))
    const result = await polluted(Object.prototype, 'decision', 'allow', false, () =>
      evaluatePromotion(INPUTS, { workspace })
    )
    expect(result.status).toBe('fail')
  })

  it('Object.prototype.toJSON and Array.prototype.toJSON do not change what is hashed', async () => {
    const text = Buffer.from('{"a": [1, {"b": 2}], "c": "d"}')
    const clean = canonicalDigest(parseJsonText('x.json', text).value)
    const rewrite = function () {
      return 'rewritten'
    }
    const dirty = await polluted(Object.prototype, 'toJSON', rewrite, false, () =>
      polluted(Array.prototype, 'toJSON', rewrite, false, async () =>
        canonicalDigest(parseJsonText('x.json', text).value)
      )
    )
    expect(dirty).toBe(clean)
  })

  it('a document object still answers hasOwnProperty and prints as an object', () => {
    const { value } = parseJsonText('x.json', Buffer.from('{"a": {"b": [1]}}'))
    const record = value as { a: { b: number[] }; hasOwnProperty(k: string): boolean }
    // eslint-disable-next-line no-prototype-builtins -- what is tested: a reader calling it still can
    expect(record.hasOwnProperty('a')).toBe(true)
    expect(String(record)).toBe('[object Object]')
    expect(record.a.b.map((n) => n + 1)).toEqual([2])
    expect([...record.a.b]).toEqual([1])
  })

  it('an input set on Object.prototype is no input (qaReport, workspace, root)', async () => {
    const workspace = withoutQaStatus()
    // A passing report elsewhere, offered through the prototype: never read.
    const elsewhere = copyExample()
    const result = await polluted(
      Object.prototype,
      'qa-report',
      path.join(elsewhere, 'qa', 'report.json'),
      true,
      () => evaluatePromotion(INPUTS, { workspace })
    )
    expect(result.violations.map((v) => v.code)).toContain('QA_STATUS_INVALID')
    const noWorkspace = await polluted(Object.prototype, 'workspace', elsewhere, true, () =>
      evaluatePromotion(INPUTS, {}).catch((error: Error) => error)
    )
    // The current directory (the project) is no release: the polluted workspace was not used.
    expect('status' in noWorkspace ? noWorkspace.status : 'threw').not.toBe('pass')
    expect((await promote(parseOptions(exampleInputs(), elsewhere))).status).toBe('pass')
    const verified = await polluted(Object.prototype, 'root', 'nowhere', true, () =>
      verifyManifest({ manifest: 'promotion_manifest.json', workspace: elsewhere })
    )
    expect(verified.violations).toEqual([])
  })
})
