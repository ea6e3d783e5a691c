// GitHub's page limits at any size: a release of 50,000 artifacts of which 10,000 no receipt
// lists, run as the runner runs the action. The job summary stays under 1 MiB, the violations
// output under 1 MB with the count beside it and every violation in the report file, and the
// annotations at ANNOTATION_LIMIT. Not timed: `npm run bench` measures the time.
import { readFileSync, statSync } from 'node:fs'
import { ANNOTATION_LIMIT } from '../../src/action/annotate.js'
import { STEP_OUTPUT_BYTES } from '../../src/report/violations-report.js'
// @ts-expect-error: a plain ES module script, without type declarations
import { makeRelease, RELEASE_FLAGS } from '../../scripts/make-release.mjs'
import { runAction, runCliBundle } from '../helpers/runner.js'
import { removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

const ARTIFACTS = 50_000
const UNRECEIPTED = 10_000

/** The CLI flags of the generated release, as action inputs. */
function inputs(): Record<string, string> {
  const flags = RELEASE_FLAGS as string[]
  const found: Record<string, string> = { upload: 'false' }
  for (let at = 0; at < flags.length; at += 2) found[flags[at]!.slice(2)] = flags[at + 1]!
  return found
}

describe(`a release of ${ARTIFACTS} artifacts with ${UNRECEIPTED} violations`, () => {
  it('keeps the summary, the outputs and the annotations within GitHub’s limits', () => {
    const workspace = tempDir('pm-bounds-')
    makeRelease(workspace, ARTIFACTS, { unreceipted: UNRECEIPTED })
    const result = runAction(workspace, inputs())
    expect(result.code).toBe(1)
    expect(result.outputs['violations-count']).toBe(String(UNRECEIPTED))

    // The summary: under 1 MiB, the violations and the inventory cut and counted.
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024)
    expect(result.summary).toContain(
      `## ❌ Promotion blocked: river_gauges (${UNRECEIPTED} violations)`
    )
    expect(result.summary).toMatch(/… and \d+ more violations: the violations report has every one/)
    expect(result.summary).toMatch(/… and \d+ more; the manifest lists every one/)
    expect(result.summary).toContain(`<details><summary><b>Artifacts</b> (${ARTIFACTS})</summary>`)

    // The output: bounded, the first violations only; the report file has them all.
    const output = result.outputs.violations!
    expect(Buffer.byteLength(output)).toBeLessThanOrEqual(STEP_OUTPUT_BYTES)
    const shown = JSON.parse(output) as Array<{ code: string }>
    expect(shown.length).toBeGreaterThan(100)
    expect(shown.length).toBeLessThan(UNRECEIPTED)
    const report = JSON.parse(readFileSync(result.outputs['violations-path']!, 'utf8')) as {
      violations: Array<{ code: string }>
    }
    expect(report.violations).toHaveLength(UNRECEIPTED)
    expect(new Set(report.violations.map((v) => v.code))).toEqual(
      new Set(['ARTIFACT_WITHOUT_RECEIPT'])
    )
    expect(statSync(result.outputs['violations-path']!).size).toBeGreaterThan(1024 * 1024)

    // Annotations: ANNOTATION_LIMIT, the last saying how many more and where they are; then
    // the one line that fails the step.
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::error '))
    expect(annotations).toHaveLength(ANNOTATION_LIMIT)
    expect(annotations.at(-1)).toContain(
      `${UNRECEIPTED - ANNOTATION_LIMIT + 1} more violation(s), ${UNRECEIPTED} in all`
    )
    expect(result.stdout).toMatch(/^::error::Promotion blocked: 10000 violations; first: /m)
  }, 300_000)
})

describe('the CLI through a pipe', () => {
  it('prints every violation line and the closing line before it exits', () => {
    const workspace = tempDir('pm-bounds-cli-')
    makeRelease(workspace, 3000, { unreceipted: 2999 })
    const result = runCliBundle(workspace, RELEASE_FLAGS as string[])
    expect(result.code).toBe(1)
    const lines = result.stderr.split('\n')
    // Far past the 64 KiB a pipe takes before a write becomes asynchronous.
    expect(Buffer.byteLength(result.stderr)).toBeGreaterThan(256 * 1024)
    expect(lines.filter((line) => line.includes('[E ARTIFACT_WITHOUT_RECEIPT]'))).toHaveLength(2999)
    expect(lines.at(-2)).toBe('Promotion blocked: 2999 violation(s); no manifest was written.')
  }, 120_000)
})
