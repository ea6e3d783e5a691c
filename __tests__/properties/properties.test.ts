// Properties, checked with fast-check from a fixed seed (PROPERTY_SEED) and a number of runs
// that keeps CI quick (scaled by PROPERTY_SCALE; `npm run test:properties` runs 20 times more):
//   (a) the manifest's bytes do not depend on the order files were created in, the order of the
//       patterns, or the order of keys and the layout of the input documents whose bytes it does
//       not record;
//   (b) spec_hash does not change when the spec is reformatted or its keys reordered, and does
//       change when any value in it does;
//   (c) whatever the inputs, a run ends in a pass or in reported violations (or a usage error),
//       never in an uncaught exception, in process and through dist/index.js.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { parseOptions, UsageError } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { readSpec } from '../../src/documents/spec.js'
import { DocumentError } from '../../src/documents/json-document.js'
import { writeRelease } from '../helpers/release.js'
import { runAction } from '../helpers/runner.js'
import {
  copyExample,
  exampleInputs,
  removeTempDirs,
  tempDir,
  writeTree
} from '../helpers/workspace.js'

const SEED = Number(process.env.PROPERTY_SEED ?? 20261125)
const SCALE = Number(process.env.PROPERTY_SCALE ?? 1)
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE))
fc.configureGlobal({ seed: SEED, endOnFailure: true })

/** How many runs each property gets, for the README's reliability section. */
export const PROPERTY_RUNS = {
  determinism: runs(40),
  specHashInvariant: runs(200),
  specHashSensitive: runs(200),
  noUncaughtInProcess: runs(250),
  noUncaughtThroughDist: runs(15)
}

afterEach(removeTempDirs)

/** A permutation of `items` drawn from `order` (one number per item). */
function permute<T>(items: readonly T[], order: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: order[i % order.length]! * 1000 + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item)
}

/** The same JSON value with every object's keys in another order. */
function reorderKeys(value: unknown, order: readonly number[]): unknown {
  if (Array.isArray(value)) return value.map((v) => reorderKeys(v, order))
  if (value === null || typeof value !== 'object') return value
  const entries = permute(Object.entries(value), order)
  return Object.fromEntries(entries.map(([k, v]) => [k, reorderKeys(v, order)]))
}

async function manifestOf(workspace: string, inputs: Record<string, string>): Promise<string> {
  const options = parseOptions(inputs, workspace)
  const result = await promote(options)
  expect(result.violations).toEqual([])
  return readFileSync(options.out.absolute, 'utf8')
}

// File names: safe segments, non-ASCII included; contents: any bytes.
const segment = fc
  .string({ unit: fc.constantFrom(...'abcXYZ019_-. éøß水'.split('')), minLength: 1, maxLength: 8 })
  // Patterns are trimmed, as @actions/glob trims them: no name starts or ends with a space.
  .filter((s) => !s.startsWith('.') && s.trim() === s)
const tree = fc.uniqueArray(
  fc.record({
    path: fc.array(segment, { minLength: 1, maxLength: 3 }).map((p) => `data/${p.join('/')}`),
    bytes: fc.uint8Array({ maxLength: 64 })
  }),
  {
    minLength: 1,
    maxLength: 8,
    // No path may be another's directory, and no two may differ only in case or normalisation.
    selector: (f) => f.path.normalize('NFC').toLowerCase(),
    comparator: (a, b) => a.startsWith(`${b}/`) || b.startsWith(`${a}/`) || a === b
  }
)

describe('(a) the manifest bytes', () => {
  it('do not depend on creation order, pattern order, or key order and layout', async () => {
    await fc.assert(
      fc.asyncProperty(
        tree,
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(0, 1, 2, '\t'),
        async (files, order, indent) => {
          // Both releases have the same catalogs; the second's files were created in another
          // order first (rewriting a file later keeps its place in the directory).
          const make = (creation: typeof files) => {
            const workspace = tempDir('pm-prop-')
            writeTree(
              workspace,
              Object.fromEntries(creation.map((f) => [f.path, Buffer.from(f.bytes)]))
            )
            const release = writeRelease(
              workspace,
              Object.fromEntries(files.map((f) => [f.path, Buffer.from(f.bytes)]))
            )
            return { workspace, release }
          }
          const first = make(files)
          const second = make(permute(files, order).reverse())
          // The second: patterns split per top directory and reordered, and the spec, the
          // decision and the receipt (whose bytes the manifest does not record) rewritten.
          const tops = [...new Set(files.map((f) => f.path.split('/').slice(0, 2).join('/')))]
          const patterns = permute(
            tops.map((t) => (files.some((f) => f.path === t) ? t : `${t}/**`)),
            order
          )
          for (const file of ['spec.json', 'decision.json', 'receipts/run.json']) {
            const absolute = path.join(second.workspace, file)
            const value = JSON.parse(readFileSync(absolute, 'utf8'))
            writeFileSync(absolute, JSON.stringify(reorderKeys(value, order), null, indent))
          }
          const a = await manifestOf(first.workspace, first.release.inputs)
          const b = await manifestOf(second.workspace, {
            ...second.release.inputs,
            artifacts: patterns.join('\n')
          })
          expect(b).toBe(a)
        }
      ),
      { numRuns: PROPERTY_RUNS.determinism }
    )
  }, 1_800_000)
})

describe('(b) spec_hash', () => {
  const specValue = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), {
    minKeys: 1,
    maxKeys: 6
  })

  async function hashOf(text: string): Promise<string> {
    const dir = tempDir('pm-spec-')
    writeTree(dir, { 'spec.json': text })
    return (await readSpec(path.join(dir, 'spec.json'), 'spec.json')).specHash
  }

  /** The hash, or the refusal's message: a value the reader refuses is refused in every layout. */
  async function outcome(text: string): Promise<string> {
    try {
      return await hashOf(text)
    } catch (error) {
      if (error instanceof DocumentError)
        return `refused: ${error.message.replace(/line \d+/g, '')}`
      throw error
    }
  }

  it('is the same for any layout and key order of the same value', async () => {
    await fc.assert(
      fc.asyncProperty(
        specValue,
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(0, 2, '\t', ' \n '),
        async (value, order, indent) => {
          const plain = await outcome(JSON.stringify(value))
          const other = await outcome(JSON.stringify(reorderKeys(value, order), null, indent))
          expect(other).toBe(plain)
        }
      ),
      { numRuns: PROPERTY_RUNS.specHashInvariant }
    )
  })

  it('changes when any one value changes', async () => {
    const leafy = specValue.filter((v) => JSON.stringify(v).length < 2000)
    await fc.assert(
      fc.asyncProperty(
        leafy,
        fc.nat(),
        fc.jsonValue({ maxDepth: 1 }),
        async (value, pick, next) => {
          // Every place a value sits, as a path of keys and indexes.
          const places: Array<Array<string | number>> = []
          const walk = (v: unknown, at: Array<string | number>): void => {
            places.push(at)
            if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]))
            else if (v !== null && typeof v === 'object')
              for (const [k, x] of Object.entries(v)) walk(x, [...at, k])
          }
          walk(value, [])
          const place = places.slice(1)[pick % (places.length - 1)]!
          const changed = structuredClone(value) as Record<string | number, unknown>
          let parent: Record<string | number, unknown> = changed
          for (const key of place.slice(0, -1)) parent = parent[key] as typeof parent
          const old = parent[place.at(-1)!]
          fc.pre(JSON.stringify(old) !== JSON.stringify(next))
          parent[place.at(-1)!] = next
          const before = await outcome(JSON.stringify(value))
          const after = await outcome(JSON.stringify(changed))
          fc.pre(!before.startsWith('refused') && !after.startsWith('refused'))
          expect(after).not.toBe(before)
        }
      ),
      { numRuns: PROPERTY_RUNS.specHashSensitive }
    )
  })
})

// What a generated run may do to the example: replace an input document with arbitrary JSON,
// with arbitrary bytes, cut it short, or remove it; and set an input to an arbitrary string.
const DOCUMENTS = [
  'spec.yaml',
  'qa/report.json',
  'policy/decision.json',
  'approvals.json',
  'receipts/run-2026-02-20.json',
  'catalog/dcat.jsonld',
  'catalog/prov.json',
  'catalog/stac/collection.json',
  'catalog/stac/items/discharge_daily.json'
]
const INPUT_NAMES = [
  'dataset-slug',
  'released-at',
  'spec',
  'artifacts',
  'catalogs',
  'required-approvals',
  'media-types',
  'stac-applicable',
  'dataset-version-id',
  'spec-hash'
]
const damage = fc.oneof(
  fc.record({
    file: fc.constantFrom(...DOCUMENTS),
    json: fc.jsonValue({ maxDepth: 4 })
  }),
  fc.record({ file: fc.constantFrom(...DOCUMENTS), bytes: fc.uint8Array({ maxLength: 200 }) }),
  fc.record({ file: fc.constantFrom(...DOCUMENTS), cut: fc.nat() }),
  fc.record({ file: fc.constantFrom(...DOCUMENTS), remove: fc.constant(true) }),
  fc.record({ input: fc.constantFrom(...INPUT_NAMES), value: fc.string({ maxLength: 40 }) })
)

type Damage = Record<string, unknown>

function applyDamage(workspace: string, inputs: Record<string, string>, done: Damage[]): void {
  for (const d of done) {
    if ('input' in d) {
      inputs[d.input as string] = d.value as string
      continue
    }
    const file = path.join(workspace, d.file as string)
    if ('json' in d) writeFileSync(file, JSON.stringify(d.json))
    else if ('bytes' in d) writeFileSync(file, d.bytes as Uint8Array)
    else if ('cut' in d) {
      try {
        const bytes = readFileSync(file)
        writeFileSync(file, bytes.subarray(0, (d.cut as number) % (bytes.length + 1)))
      } catch {
        // Already removed by an earlier damage: nothing to cut.
      }
    } else rmSync(file, { force: true })
  }
}

describe('(c) every run ends in a pass or in reported violations', () => {
  it('in process: no exception escapes, and a fail always names a violation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (done) => {
        const workspace = copyExample()
        const inputs = exampleInputs()
        applyDamage(workspace, inputs, done)
        let options
        try {
          options = parseOptions(inputs, workspace)
        } catch (error) {
          // Bad inputs end as a usage error with a message; anything else is a bug.
          expect(error).toBeInstanceOf(UsageError)
          expect((error as Error).message.length).toBeGreaterThan(10)
          return
        }
        const result = await promote(options)
        if (result.status === 'fail') expect(result.violations.length).toBeGreaterThan(0)
        else expect(result.violations).toEqual([])
      }),
      { numRuns: PROPERTY_RUNS.noUncaughtInProcess }
    )
  }, 1_800_000)

  it('through dist/index.js: exit 0 or 1, a clear ::error on 1, no stack trace', async () => {
    await fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (done) => {
        const workspace = copyExample()
        const inputs = exampleInputs()
        applyDamage(workspace, inputs, done)
        const run = runAction(workspace, inputs)
        expect([0, 1]).toContain(run.code)
        expect(run.stderr).toBe('')
        expect(run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
        if (run.code === 1) expect(run.stdout).toMatch(/^::error/m)
      }),
      { numRuns: PROPERTY_RUNS.noUncaughtThroughDist }
    )
  }, 1_800_000)
})
