// The job summary, rendered from a real run: what a steward reads must say which entries were
// taken from a precomputed list without being hashed here, by count and by name.
import { readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseOptions } from '../../src/options/parse.js'
import { evaluateRun } from '../../src/pipeline.js'
import {
  COMMENT_LIMITS,
  NAMES_SHOWN,
  SUMMARY_LIMITS,
  renderSummary
} from '../../src/report/summary.js'
import { copyExample, exampleInputs, removeTempDirs } from '../helpers/workspace.js'

afterAll(removeTempDirs)

async function summaryWithAbsent(
  count: number
): Promise<{ summary: string; checked: string; workspace: string }> {
  const workspace = copyExample()
  const absent = Array.from({ length: count }, (_v, i) => ({
    path: `data/archive/part-${String(i).padStart(3, '0')}.parquet`,
    digest: `sha256:${String(i % 10).repeat(64)}`,
    media_type: 'application/vnd.apache.parquet'
  }))
  writeFileSync(path.join(workspace, 'archive.json'), JSON.stringify(absent))
  const options = parseOptions(exampleInputs({ 'artifacts-manifest': 'archive.json' }), workspace)
  const result = await evaluateRun(options)
  const gateE = result.gates.find((g) => g.gate === 'E')
  return { summary: renderSummary(result), checked: gateE?.checked[0] ?? '', workspace }
}

describe('summary: entries not hashed here', () => {
  it('counts and names each entry taken from the list for a file not present', async () => {
    const { summary, checked, workspace } = await summaryWithAbsent(2)
    expect(summary).toContain(
      "⚠️ **2 entries taken from the list, not hashed here** (the files are not in this workspace; their digests are the list's): data/archive/part-000.parquet, data/archive/part-001.parquet."
    )
    // Every file of the example hashed, a store's each, and the two absent ones taken.
    const hashed = readdirSync(workspace, { recursive: true, withFileTypes: true }).filter(
      (entry) =>
        entry.isFile() &&
        /^(data\/processed|catalog)(\/|$)/.test(
          path.relative(workspace, entry.parentPath).split(path.sep).join('/')
        )
    ).length
    expect(checked).toBe(
      `${hashed} file(s) hashed (SHA-256), 2 taken from the list, not hashed here (not present)`
    )
  })

  it('names at most NAMES_SHOWN of them and says how many more', async () => {
    const { summary } = await summaryWithAbsent(NAMES_SHOWN + 5)
    const line = summary.split('\n').find((l) => l.startsWith('⚠️'))!
    expect(line).toContain(`**${NAMES_SHOWN + 5} entries taken from the list`)
    expect(line.match(/part-\d{3}\.parquet/g)).toHaveLength(NAMES_SHOWN)
    expect(line.endsWith(', and 5 more.')).toBe(true)
  })

  it('says nothing of the kind when every entry was hashed', async () => {
    const workspace = copyExample()
    const result = await evaluateRun(parseOptions(exampleInputs(), workspace))
    expect(renderSummary(result)).not.toContain('taken from the list')
  })
})

describe("summary: a pull request's changes to trusted configuration", () => {
  const passing = async () => evaluateRun(parseOptions(exampleInputs(), copyExample()))

  it('lists each changed trusted file in a table, escaped, before the gates', async () => {
    const result = await passing()
    const paths = ['.github/workflows/pull-request-gate.yml', 'datasets/x/policy/[a](b).json']
    for (const limits of [SUMMARY_LIMITS, COMMENT_LIMITS]) {
      const summary = renderSummary(result, 'promotion_manifest.json', limits, { paths })
      const section = summary.slice(
        summary.indexOf('### ⚠️ This pull request changes what the gate trusts: 2 files'),
        summary.indexOf('### Gates')
      )
      expect(section).toContain('| .github/workflows/pull-request-gate.yml |')
      expect(section).toContain('| datasets/x/policy/\\[a\\](b).json |')
      expect(section).toContain('whoever owns them should review this change before it merges')
    }
  })

  it('counts what it does not name', async () => {
    const paths = Array.from({ length: 60 }, (_v, i) => `.github/workflows/w${i}.yml`)
    const summary = renderSummary(await passing(), undefined, SUMMARY_LIMITS, { paths })
    expect(summary.match(/^\| \.github\/workflows\/w\d+\.yml \|$/gm)).toHaveLength(50)
    expect(summary).toContain('… and 10 more.')
  })

  it('says so when there are none, and when they are not known', async () => {
    const result = await passing()
    expect(renderSummary(result, undefined, SUMMARY_LIMITS, { paths: [] })).toContain(
      '**Trusted configuration:** this pull request changes none of the files the gate trusts'
    )
    const unknown = renderSummary(result, undefined, SUMMARY_LIMITS, {
      unknown: 'Listing the files of pull request #7 failed (HTTP 403): <b>no</b>.'
    })
    expect(unknown).toContain(
      "**Trusted configuration:** not checked: the pull request's files could not be listed (Listing the files of pull request #\u20607 failed (HTTP 403): &lt;b&gt;no&lt;/b&gt;.)."
    )
  })

  it('is not there outside a pull request', async () => {
    expect(renderSummary(await passing())).not.toContain('Trusted configuration')
    expect(renderSummary(await passing())).not.toContain('changes what the gate trusts')
  })
})
