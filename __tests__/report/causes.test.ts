// Cause first (fixtures/causes/*.json): each case breaks a copy of the example release so that
// one violation explains others. The pipeline must put that cause first and link each violation
// it causes to it, and no other; every report must show the cause first with the consequences
// folded under it and counted, and lose none of them.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { GATES, type GateLetter } from '../../src/model/gate-letter.js'
import { violation, type Violation } from '../../src/model/violation.js'
import { parseOptions } from '../../src/options/parse.js'
import { evaluateRun, type PromotionResult } from '../../src/pipeline.js'
import { folded } from '../../src/report/folded-causes.js'
import { gateLog, violationLines } from '../../src/report/cli-lines.js'
import { COMMENT_LIMITS, SUMMARY_LIMITS, renderSummary } from '../../src/report/summary.js'
import {
  blockedLine,
  violationsOutput,
  violationsReportText
} from '../../src/report/violations-report.js'
import { githubHtml } from '../helpers/github-markdown.js'
import { PROJECT } from '../helpers/runner.js'
import { applyFixture, type ViolationFixture } from '../helpers/violation-fixtures.js'
import { removeTempDirs } from '../helpers/workspace.js'

afterAll(removeTempDirs)

interface CauseCase extends ViolationFixture {
  expect: {
    /** The code of the first violation, which causes the others; absent when none is folded. */
    cause?: string
    /** Words the cause's sentence must hold (a "did you mean"). */
    says?: string
    /** The codes of the violations folded under the cause, one per violation. */
    causes: string[]
    /** Codes of violations that must stay unfolded. */
    alone?: string[]
  }
}

const CAUSES = path.join(PROJECT, 'fixtures', 'causes')
const CASES = readdirSync(CAUSES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort()

const load = (name: string): CauseCase =>
  JSON.parse(readFileSync(path.join(CAUSES, `${name}.json`), 'utf8')) as CauseCase

const results = new Map<string, Promise<PromotionResult>>()

/** The case's promotion result, evaluated once for all the tests that read it. */
function evaluated(name: string): Promise<PromotionResult> {
  let result = results.get(name)
  if (!result) {
    const { workspace, inputs } = applyFixture(load(name))
    result = evaluateRun(parseOptions(inputs, workspace))
    results.set(name, result)
  }
  return result
}

const sorted = (codes: string[]): string[] => [...codes].sort()

const html = (markdown: string): string => githubHtml(markdown, true)

/** The rendered tables, each as its rows of cell texts (the header row first). */
function tables(rendered: string): string[][][] {
  return [...rendered.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([table]) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([row]) =>
      [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, text]) =>
        text!.replace(/<[^>]*>/g, '')
      )
    )
  )
}

describe('cause-first fixtures', () => {
  it('are there, each with a description and what it expects', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(8)
    for (const name of CASES) {
      const fixture = load(name)
      expect({ name, described: fixture.description.length > 10 }).toEqual({
        name,
        described: true
      })
    }
  })

  describe.each(CASES)('%s', (name) => {
    const fixture = load(name)

    it('puts the cause first and links exactly its consequences to it', async () => {
      const { violations, status } = await evaluated(name)
      expect(status).toBe('fail')
      const expected = fixture.expect
      if (expected.cause) {
        expect(violations[0]!.code).toBe(expected.cause)
        expect(violations[0]!.causedBy).toBeUndefined()
      }
      if (expected.says) expect(violations[0]!.message).toContain(expected.says)
      const underFirst = violations.filter((v) => v.causedBy === 0).map((v) => v.code)
      expect(sorted(underFirst)).toEqual(sorted(expected.causes))
      const alone = violations.filter((v) => v.causedBy === undefined).map((v) => v.code)
      for (const code of expected.alone ?? []) expect(alone).toContain(code)
      expect(alone.filter((code) => (expected.alone ?? []).includes(code)).length).toBe(
        (expected.alone ?? []).length
      )
      // Every link points back to a violation that is itself no consequence.
      violations.forEach((v, index) => {
        if (v.causedBy === undefined) return
        expect(v.causedBy).toBeLessThan(index)
        expect(violations[v.causedBy]!.causedBy).toBeUndefined()
      })
      // Nothing of the gates' bookkeeping is left on what is reported.
      expect(violations.some((v) => 'about' in v)).toBe(false)
    })

    it('names the cause in the one-line failure, and counts what it causes', async () => {
      const result = await evaluated(name)
      const line = blockedLine(result)
      const first = result.violations[0]!
      expect(line).toContain(`[${first.gate} ${first.code}]`)
      const count = fixture.expect.causes.length
      if (count > 0)
        expect(line).toMatch(
          new RegExp(`^Promotion blocked: \\d+ violations; first, the cause of ${count} of them: `)
        )
      else expect(line).toMatch(/^Promotion blocked: \d+ violations?; first: /)
    })

    it('shows the cause first in the summary, its consequences folded under it', async () => {
      const result = await evaluated(name)
      const rendered = html(renderSummary(result, 'promotion_manifest.json'))
      const [, violationsTable, ...rest] = tables(rendered)
      const tops = folded(result.violations)
      // The gates table, then one row per violation no other explains, the cause first.
      expect(violationsTable!.slice(1).map((row) => row[1])).toEqual(
        tops.map(({ violation }) => violation.code)
      )
      const count = fixture.expect.causes.length
      if (count === 0) {
        expect(rendered).not.toContain('caused by')
        return
      }
      expect(violationsTable![1]![3]).toContain(`It causes ${count} more violation`)
      expect(rendered).toContain(
        `<details><summary><b>${count} violation${count === 1 ? '' : 's'} caused by ${tops[0]!.violation.gate} ${tops[0]!.violation.code}</b></summary>`
      )
      // The first section's table lists what the cause causes, and nothing else.
      const section = rest[0]!.slice(1).map((row) => row[1]!)
      expect(sorted(section)).toEqual(sorted(fixture.expect.causes))
      expect(rendered.indexOf(tops[0]!.violation.code)).toBeLessThan(rendered.indexOf('caused by'))
    })

    it('prints the cause first on the CLI and indents what it causes under it', async () => {
      const { violations } = await evaluated(name)
      const lines = violationLines(violations)
      expect(lines).toHaveLength(violations.length)
      const count = fixture.expect.causes.length
      expect(lines[0]).toContain(`[${violations[0]!.gate} ${violations[0]!.code}]`)
      const indented = lines.slice(1, 1 + count)
      expect(indented.every((line) => line.startsWith('  ↳ '))).toBe(true)
      expect(lines.filter((line) => line.startsWith('  ↳ ')).length).toBeGreaterThanOrEqual(count)
    })

    it('keeps every violation in the report, each consequence with caused_by', async () => {
      const result = await evaluated(name)
      const report = JSON.parse(violationsReportText(result)) as {
        violations: Array<Record<string, unknown>>
      }
      expect(report.violations).toHaveLength(result.violations.length)
      expect(report.violations.filter((v) => v.caused_by === 0)).toHaveLength(
        fixture.expect.causes.length
      )
      expect(report.violations.every((v) => !('about' in v) && !('causedBy' in v))).toBe(true)
      const output = JSON.parse(violationsOutput(result.violations)) as Array<
        Record<string, unknown>
      >
      expect(output).toEqual(report.violations)
    })
  })
})

const DIGEST = `sha256:${'ab'.repeat(32)}`

/** A failed promotion of `tops` violations, the first of which causes `caused` more. */
function manyCaused(tops: number, caused: number): PromotionResult {
  const cause = violation(
    'PATTERN_MATCHES_NOTHING',
    'artifacts',
    'The artifacts pattern "data/procesed/**" matches no file under the dataset root; did you mean "data/processed/**"?'
  )
  const others = Array.from({ length: tops - 1 }, (_v, i) =>
    violation('ARTIFACT_WITHOUT_RECEIPT', `data/other/${i}.csv`, `No receipt lists it (${i}).`)
  )
  const consequences = Array.from({ length: caused }, (_v, i): Violation => ({
    ...violation(
      'LINK_UNRESOLVED',
      `catalog/stac/items/item-${i}.json`,
      `The STAC asset "data" of item-${i} points to data/processed/part-${i}.parquet, which is not in the inventory; add the file to the artifacts or catalogs patterns, or fix the href.`,
      { line: 12 }
    ),
    causedBy: 0
  }))
  return {
    status: 'fail',
    datasetSlug: 'river_gauges',
    artifacts: [],
    catalogs: [
      { path: 'catalog/x.json', digest: DIGEST, mediaType: 'application/json', verified: true }
    ],
    approvals: [],
    violations: [cause, ...others, ...consequences],
    gates: (Object.keys(GATES) as GateLetter[]).map((gate) => ({
      gate,
      title: GATES[gate],
      status: gate === 'D' || gate === 'E' ? 'fail' : 'pass',
      violations: 0,
      checked: []
    }))
  }
}

describe('cause first at any size', () => {
  it.each([
    ['the job summary', SUMMARY_LIMITS, 1024 * 1024],
    ['the comment', COMMENT_LIMITS, 65_536]
  ] as const)(
    '%s stays within its bound, and every violation is shown or counted',
    (_name, limits, bound) => {
      const result = manyCaused(3000, 30_000)
      const summary = renderSummary(result, 'promotion_manifest.json', limits)
      expect(Buffer.byteLength(summary)).toBeLessThan(bound)
      expect(summary.length).toBeLessThan(65_536 * (bound > 65_536 ? 16 : 1))
      const rendered = tables(html(summary))
      const topRows = rendered[1]!.length - 1
      const underCause = rendered[2]!.length - 1
      expect(topRows).toBeLessThanOrEqual(limits.violations)
      expect(underCause).toBeLessThanOrEqual(limits.consequences)
      const number = (pattern: RegExp): number => Number(pattern.exec(summary)?.[1] ?? 0)
      const moreCaused = number(/… and (\d+) more caused by it/)
      const moreOthers = number(/… and (\d+) more violations?: the violations report/)
      expect(underCause + moreCaused).toBe(30_000)
      expect(topRows + moreOthers).toBe(3000)
      expect(summary).toContain('<b>30000 violations caused by E PATTERN_MATCHES_NOTHING</b>')
    }
  )

  it('a cause whose section does not fit is counted with the rest', () => {
    // 300 causes of 2 each: the comment's 48 KiB cannot frame them all.
    const violations: Violation[] = []
    for (let i = 0; i < 300; i++)
      violations.push(violation('RECEIPT_INVALID', `receipts/r-${i}.json`, 'x'.repeat(600)))
    for (let i = 0; i < 600; i++)
      violations.push({
        ...violation('ARTIFACT_WITHOUT_RECEIPT', `data/${i}.csv`, 'y'.repeat(600)),
        causedBy: i % 300
      })
    const result = { ...manyCaused(1, 0), violations }
    const summary = renderSummary(result, 'promotion_manifest.json', COMMENT_LIMITS)
    expect(summary.length).toBeLessThan(65_536)
    const rendered = tables(html(summary))
    const shown = rendered.slice(1).reduce((sum, table) => sum + table.length - 1, 0)
    const counted = [...summary.matchAll(/… and (\d+) more/g)].reduce(
      (sum, [, n]) => sum + Number(n),
      0
    )
    expect(shown + counted).toBe(900)
  })

  it('the log lists a gate’s consequences under a line naming their cause', () => {
    const result = manyCaused(3, 2)
    const gateD = {
      gate: 'D' as const,
      title: GATES.D,
      status: 'fail' as const,
      violations: 2,
      checked: []
    }
    const { lines } = gateLog(gateD, result.violations)
    expect(lines[0]).toBe('caused by [E PATTERN_MATCHES_NOTHING] artifacts (2):')
    expect(lines.slice(1).every((line) => line.startsWith('  ↳ catalog/stac/items/'))).toBe(true)
    const gateE = { ...gateD, gate: 'E' as const, title: GATES.E, violations: 3 }
    expect(gateLog(gateE, result.violations).lines).toHaveLength(3)
  })

  it('the violations output is a first part of the list, holding the cause of each consequence in it', () => {
    const result = manyCaused(10, 20_000)
    const output = JSON.parse(violationsOutput(result.violations)) as Array<{ caused_by?: number }>
    expect(output.length).toBeLessThan(result.violations.length)
    expect(output.slice(0, 10).every((v) => v.caused_by === undefined)).toBe(true)
    expect(output.slice(10).every((v) => v.caused_by === 0)).toBe(true)
  })
})

describe('the summary, made for a pull request', () => {
  const ROOT = 'datasets/river_gauges'
  const inRoot = (file: string) => `${ROOT}/${file}`

  /** The example nested at ROOT, its four data files changed after the catalogs were written. */
  const changedData = (() => {
    let result: Promise<PromotionResult> | undefined
    return () => {
      result ??= (() => {
        const fixture: ViolationFixture = {
          description: 'data changed after the catalogs, receipts and PROV were written',
          nest: ROOT,
          write: Object.fromEntries(
            [
              'basin_dem.tif',
              'discharge_daily.csv',
              'discharge_daily.parquet',
              'stations.geojson'
            ].map((f) => [inRoot(`data/processed/${f}`), `changed ${f}\n`])
          ),
          inputs: {
            root: ROOT,
            spec: inRoot('spec.yaml'),
            'qa-report': inRoot('qa/report.json'),
            'policy-decision': inRoot('policy/decision.json'),
            approvals: inRoot('approvals.json')
          }
        }
        const { workspace, inputs } = applyFixture(fixture)
        return evaluateRun(parseOptions(inputs, workspace))
      })()
      return result
    }
  })()

  it('shortens digests in violation rows as the inventory does; the report keeps them whole', async () => {
    const result = await changedData()
    const summary = renderSummary(result, 'promotion_manifest.json')
    const [, violationRows] = tables(html(summary))
    const messages = violationRows!.slice(1).map((row) => row[3]!)
    expect(messages).toHaveLength(12)
    for (const message of messages) {
      expect(message).not.toMatch(/[0-9a-f]{64}/)
      expect(message).toMatch(/sha256:[0-9a-f]{12}…/)
    }
    expect(violationsReportText(result).match(/sha256:[0-9a-f]{64}/g)!.length).toBeGreaterThan(12)
  })

  it('gives every path relative to the workspace, the inventory’s too, and says so', async () => {
    const result = await changedData()
    const rendered = html(renderSummary(result, 'promotion_manifest.json'))
    const [, violationRows, artifacts, catalogs] = tables(rendered)
    for (const row of violationRows!.slice(1)) expect(row[2]!.startsWith(`${ROOT}/`)).toBe(true)
    for (const row of [...artifacts!.slice(1), ...catalogs!.slice(1)])
      expect(row[0]!.startsWith(`${ROOT}/`)).toBe(true)
    expect(rendered).toContain(
      `<strong>paths:</strong> relative to the workspace; the dataset root is ${ROOT}, and the manifest (like the sentences below) names artifacts relative to it`
    )
  })

  it('always has an upload line', async () => {
    const result = await changedData()
    const line = (note?: Parameters<typeof renderSummary>[4]) =>
      html(renderSummary(result, 'promotion_manifest.json', SUMMARY_LIMITS, undefined, note))
        .split('\n')
        .find((l) => l.includes('<strong>upload:</strong>'))
    expect(line()).toBe(
      '<li><strong>upload:</strong> not uploaded: only the action uploads (with <code>upload: true</code>)</li>'
    )
    expect(line({ none: '`upload` is false' })).toBe(
      '<li><strong>upload:</strong> not uploaded: <code>upload</code> is false</li>'
    )
    expect(line({ what: 'the violations report', artifact: 'promotion-violations-x' })).toBe(
      '<li><strong>upload:</strong> the violations report, as the artifact <code>promotion-violations-x</code></li>'
    )
  })

  it('counts STAC items in gate D’s cell, the STAC version and PROV never cut off', async () => {
    const item = readFileSync(
      path.join(PROJECT, 'fixtures/workspaces/example/catalog/stac/items/discharge_daily.json'),
      'utf8'
    )
    const write = Object.fromEntries(
      Array.from({ length: 192 }, (_v, i) => [
        `catalog/stac/items/copy-${String(i).padStart(3, '0')}.json`,
        item.replace('"discharge_daily_2026-01"', `"copy_${i}"`)
      ])
    )
    const { workspace, inputs } = applyFixture({
      description: 'a STAC collection of 193 items',
      write
    })
    const result = await evaluateRun(parseOptions(inputs, workspace))
    const [gates] = tables(html(renderSummary(result, 'promotion_manifest.json', COMMENT_LIMITS)))
    const checked = gates!.find((row) => row[0] === 'D')![4]!
    expect(checked).toBe(
      'DCAT: catalog/dcat.jsonld; PROV: catalog/prov.json; STAC 1.0.0 schemas: collection (catalog/stac/collection.json) + 193 items'
    )
  })
})
