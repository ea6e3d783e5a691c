// One fixture per violation code: each breaks a copy of the example release in one way, and the
// pipeline must report that code, fail, and write no manifest. The registry of codes, the
// fixtures and the README must name the same codes.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CODES } from '../../src/model/codes.js'
import { parseOptions, parseVerifyOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { verifyWritten } from '../../src/verify-written.js'
import { readLedgerText } from '../../src/ledger/read-ledger.js'
import { verifyLedger } from '../../src/ledger/verify-ledger.js'
import {
  LEDGER_FIXTURES,
  loadLedgerFixture,
  writeLedgerFixture
} from '../helpers/ledger-fixtures.js'
import { PROJECT } from '../helpers/runner.js'
import {
  PUBLISH_FIXTURES,
  VERIFY_FIXTURES,
  applyFixture,
  changeWorkspace,
  fixtureCodes,
  loadFixture,
  loadVerifyFixture,
  type ViolationFixture
} from '../helpers/violation-fixtures.js'
import { startLfsServer } from '../helpers/lfs-server.js'
import { missingLfsObjects } from '../../src/github/lfs-batch.js'
import type { LfsObjectChecker } from '../../src/inventory/lfs-entries.js'
import { copyExample, exampleInputs, removeTempDirs } from '../helpers/workspace.js'

afterAll(removeTempDirs)

async function run(
  workspace: string,
  inputs: Record<string, string>,
  lfsServer?: ViolationFixture['lfsServer']
) {
  const options = parseOptions(inputs, workspace)
  if (!lfsServer) return { result: await promote(options), out: options.out.absolute }
  const server = await startLfsServer(lfsServer.objects)
  try {
    const checker: LfsObjectChecker = async (objects) => ({
      asked: true,
      endpoint: server.url,
      missing: await missingLfsObjects({ url: server.url, token: 'token', objects })
    })
    const result = await promote(options, undefined, undefined, checker)
    return { result, out: options.out.absolute }
  } finally {
    await server.close()
  }
}

describe('violation fixtures', () => {
  it('exist for exactly the registered codes: each promotes, verifies or publishes wrong, or breaks a ledger (publish fixtures: __tests__/github/publish.test.ts)', () => {
    const both = new Set([
      ...fixtureCodes(),
      ...fixtureCodes(VERIFY_FIXTURES),
      ...fixtureCodes(LEDGER_FIXTURES),
      ...fixtureCodes(PUBLISH_FIXTURES)
    ])
    expect([...both].sort()).toEqual(Object.keys(CODES).sort())
  })

  it('are documented: the README names every code under its gate', () => {
    const readme = readFileSync(path.join(PROJECT, 'README.md'), 'utf8')
    for (const [code, gate] of Object.entries(CODES)) {
      const row = readme
        .split('\n')
        .find((line) => line.startsWith(`| ${gate} `) && line.includes(`\`${code}\``))
      expect({ code, documented: row !== undefined }).toEqual({ code, documented: true })
    }
  })

  it('start from an example that passes every gate', async () => {
    const { result, out } = await run(copyExample(), exampleInputs())
    expect(result.violations).toEqual([])
    expect(result.status).toBe('pass')
    expect(existsSync(out)).toBe(true)
  })

  it.each(fixtureCodes())('%s is reported, and no manifest is written', async (code) => {
    const fixture = loadFixture(code)
    expect(fixture.description.length).toBeGreaterThan(10)
    const { workspace, inputs } = applyFixture(fixture)
    const { result, out } = await run(workspace, inputs, fixture.lfsServer)
    const reported = result.violations.filter((v) => v.code === code)
    expect({
      code,
      reported: reported.length > 0,
      codes: result.violations.map((v) => v.code)
    }).toMatchObject({ code, reported: true })
    expect(reported.every((v) => v.gate === CODES[code as keyof typeof CODES])).toBe(true)
    expect(reported.every((v) => v.message.length > 30 && v.path.length > 0)).toBe(true)
    expect(result.status).toBe('fail')
    expect(result.gates.find((g) => g.gate === CODES[code as keyof typeof CODES])?.status).toBe(
      'fail'
    )
    expect(existsSync(out)).toBe(false)
  })
})

describe('verify fixtures', () => {
  it.each(fixtureCodes(VERIFY_FIXTURES))(
    '%s is reported when a promoted manifest is verified after the change',
    async (code) => {
      const fixture = loadVerifyFixture(code)
      expect(fixture.description.length).toBeGreaterThan(10)
      const workspace = copyExample()
      const promoted = await run(workspace, exampleInputs())
      expect(promoted.result.status).toBe('pass')
      const options = parseVerifyOptions(
        { manifest: 'promotion_manifest.json', ...fixture.inputs },
        workspace
      )
      // Verified before the change, the same manifest passes: the change alone fails it.
      if (fixture.inputs?.['expect-digest'] === undefined)
        expect((await verifyWritten(options)).violations).toEqual([])
      changeWorkspace(workspace, fixture.after)
      const result = await verifyWritten(options)
      const gate = CODES[code as keyof typeof CODES]
      const reported = result.violations.filter((v) => v.code === code)
      expect({ code, codes: result.violations.map((v) => v.code) }).toMatchObject({
        code,
        codes: expect.arrayContaining([code])
      })
      expect(reported.every((v) => v.gate === gate && v.message.length > 30)).toBe(true)
      expect(result.status).toBe('fail')
      expect(result.gates.find((g) => g.gate === gate)?.status).toBe('fail')
    }
  )
})

describe('ledger fixtures', () => {
  it.each(fixtureCodes(LEDGER_FIXTURES))(
    '%s is reported at its line when the changed ledger is verified',
    async (code) => {
      const fixture = loadLedgerFixture(code)
      expect(fixture.description.length).toBeGreaterThan(10)
      const file = writeLedgerFixture(fixture)
      const read = await readLedgerText(file, 'ledger/river_gauges.jsonl')
      const expectTip = fixture['expect-tip']
      const violations =
        'text' in read
          ? verifyLedger(read.text, {
              path: 'ledger/river_gauges.jsonl',
              ...(expectTip ? { expectTip } : {})
            }).violations
          : read.violations
      const reported = violations.filter((v) => v.code === code)
      expect({ code, codes: violations.map((v) => v.code) }).toMatchObject({
        code,
        codes: expect.arrayContaining([code])
      })
      expect(reported.map((v) => v.line)).toContain(fixture.line)
      expect(reported.every((v) => v.gate === CODES[code as keyof typeof CODES])).toBe(true)
      expect(reported.every((v) => v.message.length > 30)).toBe(true)
    }
  )
})
