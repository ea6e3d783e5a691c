// The hostile Markdown corpus (fixtures/hostile-markdown/corpus.json): strings an attacker
// controls (a file name, a document value quoted in a violation, the dataset slug, a policy
// decision id and label) rendered into the job summary, the pull-request comment and the verify
// summary, then to HTML as GitHub renders it (helpers/github-markdown.ts). The HTML must hold
// exactly the elements our renderer writes, no link of any kind, nothing GitHub would turn into
// a mention or a reference, the same table cells as a harmless value gives, and the hostile text
// still readable.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { PolicyLabel } from '../../src/documents/decisions.js'
import { GATES, type GateLetter } from '../../src/model/gate-letter.js'
import { printable } from '../../src/model/printable.js'
import { violation } from '../../src/model/violation.js'
import type { PromotionResult } from '../../src/pipeline.js'
import {
  cell,
  COMMENT_LIMITS,
  SUMMARY_LIMITS,
  renderSummary,
  renderVerifySummary
} from '../../src/report/summary.js'
import type { VerifyResult } from '../../src/verify-written.js'
import { githubHtml as html } from '../helpers/github-markdown.js'
import { changesMarkdown } from '../../src/report/changes.js'
import { hostileDiff } from '../helpers/hostile-diff.js'

interface MarkdownCase {
  name: string
  text: string
  description: string
}

const CORPUS: MarkdownCase[] = JSON.parse(
  readFileSync(
    path.join(import.meta.dirname, '../../fixtures/hostile-markdown/corpus.json'),
    'utf8'
  )
) as MarkdownCase[]

/** The elements our renderer writes; anything else came from the input. */
const OURS = new Set([
  'details',
  'summary',
  'b',
  'code',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'p',
  'ul',
  'li',
  'strong',
  'h2',
  'h3',
  'h4'
])

const tags = (rendered: string): string[] => rendered.match(/<\/?[A-Za-z][^>]*>/g) ?? []

/** What a reader sees: the text between the tags, entities decoded, our word joiners taken out. */
function visible(rendered: string): string {
  return rendered
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u2060/g, '')
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1

/** Cells per row of each table, in order. */
function tableShapes(rendered: string): number[][] {
  return [...rendered.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([table]) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
      ([row]) => (row.match(/<t[hd][\s>]/g) ?? []).length
    )
  )
}

const DIGEST = `sha256:${'ab'.repeat(32)}`

const gates = (failing: GateLetter[]): PromotionResult['gates'] =>
  (Object.keys(GATES) as GateLetter[]).map((gate) => ({
    gate,
    title: GATES[gate],
    status: failing.includes(gate) ? 'fail' : 'pass',
    violations: failing.filter((g) => g === gate).length,
    checked: ['2 file(s) hashed (SHA-256)']
  }))

/** A failed promotion where the hostile string is the slug, a file name, a quoted value and the policy's fields. */
function promotion(hostile: string): PromotionResult {
  const file = `data/${hostile}.csv`
  return {
    status: 'fail',
    datasetSlug: hostile,
    datasetVersionId: '2026-11-30',
    specHash: DIGEST,
    releasedAt: '2026-11-30T12:00:00Z',
    artifacts: [
      { path: file, digest: DIGEST, mediaType: 'text/csv', size: 2048, verified: true },
      { path: hostile, digest: DIGEST, mediaType: 'text/csv', verified: false }
    ],
    catalogs: [
      {
        path: 'catalog/dcat.jsonld',
        digest: DIGEST,
        mediaType: 'application/ld+json',
        size: 10,
        verified: true
      }
    ],
    policy: {
      decisionId: `kfm://policy_decision/${hostile}`,
      policyLabel: hostile as PolicyLabel,
      decision: 'allow',
      obligations: [],
      path: 'policy/decision.json',
      digest: DIGEST
    },
    approvals: [],
    violations: [
      violation(
        'SLUG_INVALID',
        'dataset-slug',
        `dataset-slug "${hostile}" must be lowercase a-z, 0-9 and _, start with a letter, and be at most 64 characters (for example "river_gauges").`
      ),
      violation(
        'DIGEST_MISMATCH',
        file,
        `${file}: the digest listed for "${hostile}" is not the file's.`,
        { line: 3 }
      ),
      // Folded under the one before: the section under a cause names it.
      {
        ...violation(
          'LINK_UNRESOLVED',
          `catalog/${hostile}.json`,
          `The STAC asset "${hostile}" points to ${file}, which is not in the inventory.`,
          { line: 7 }
        ),
        causedBy: 1
      }
    ],
    gates: gates(['A', 'D', 'E'])
  }
}

function verification(hostile: string): VerifyResult {
  const file = `data/${hostile}.csv`
  return {
    status: 'fail',
    manifestPath: `${hostile}/promotion_manifest.json`,
    manifestDigest: DIGEST,
    artifacts: 2,
    catalogs: 1,
    violations: [
      violation('FILE_MISSING', file, `"${hostile}" is listed in the manifest but missing.`)
    ],
    gates: gates(['E'])
  }
}

const RENDERINGS: Array<[string, (hostile: string) => string]> = [
  [
    'the job summary',
    (h) => renderSummary(promotion(h), 'promotion_manifest.json', SUMMARY_LIMITS)
  ],
  ['the comment', (h) => renderSummary(promotion(h), 'promotion_manifest.json', COMMENT_LIMITS)],
  [
    'the comment naming changed trusted files',
    (h) =>
      renderSummary(promotion(h), 'promotion_manifest.json', COMMENT_LIMITS, {
        paths: [`.github/workflows/${h}.yml`, h]
      })
  ],
  [
    'the job summary saying why trusted files are not known',
    (h) => renderSummary(promotion(h), undefined, SUMMARY_LIMITS, { unknown: `HTTP 403: ${h}` })
  ],
  ['the verify summary', (h) => renderVerifySummary(verification(h))],
  [
    'the changes since the previous version',
    (h) => changesMarkdown(hostileDiff(h), { maxBytes: 48 * 1024 })
  ]
]

/** The same rendering with a harmless value: the shape every hostile one must keep. */
const HARMLESS = 'river-gauges'

describe('the hostile Markdown corpus', () => {
  it("renders with GitHub's extensions, so a URL in a cell would be a link", () => {
    expect(html('| a |\n| - |\n| https://x.example |', false)).toContain('<a href=')
  })

  it('holds the cases issue 13 names', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50)
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length)
    for (const c of CORPUS) expect(c.description.length).toBeGreaterThan(10)
  })

  describe.each(RENDERINGS)('%s', (_where, render) => {
    // Rendered once, by the first test that needs it.
    let harmless: { safe: string; raw: string } | undefined
    const baseline = (): { safe: string; raw: string } =>
      (harmless ??= { safe: html(render(HARMLESS), false), raw: html(render(HARMLESS), true) })

    it.each(CORPUS.map((c) => [c.name, c.text] as const))('%s', (_name, hostile) => {
      const markdown = render(hostile)
      const harmless = baseline()
      const safe = html(markdown, false)
      const raw = html(markdown, true)

      // No link, image or element the input asked for, even with raw HTML kept.
      expect(safe).not.toMatch(/<a[\s>]/)
      expect(tags(raw).join('')).not.toMatch(/<a[\s>]|href=|src=|<img|on[a-z]+=/i)
      const foreign = tags(raw)
        .map((t) => /^<\/?[A-Za-z][A-Za-z0-9-]*/.exec(t)![0].replace(/^<\/?/, '').toLowerCase())
        .filter((name) => !OURS.has(name))
      expect(foreign).toEqual([])
      expect(tags(raw)).toEqual(tags(harmless.raw))
      expect(tags(safe)).toEqual(tags(harmless.safe))

      // Every table keeps its rows and its cells.
      const shapes = tableShapes(safe)
      expect(shapes).toEqual(tableShapes(harmless.safe))
      for (const rows of shapes) expect(new Set(rows).size).toBe(1)

      // Nothing GitHub links at render time (mentions, references, URLs, e-mail addresses).
      const text = rendered(safe)
      expect(text).not.toMatch(/@[A-Za-z0-9_-]/)
      expect(text).not.toMatch(/#\d/)
      expect(text).not.toMatch(/\bgh-\d/i)
      expect(text).not.toMatch(/(?:https?|ftp):\/\//i)
      expect(text).not.toMatch(/www\./i)
      // GitHub renders $…$ as math unless the dollar is escaped.
      expect(markdown).not.toMatch(/(?<!\\)(?:\\\\)*\$/)

      // And the hostile text is still there to read, escaped rather than dropped, in every place
      // the harmless value shows: as a violation quotes it (line breaks as \u000a), and as a
      // cell flattens it (line breaks as a space; Markdown trims the spaces at a cell's ends).
      const quoted = printable(hostile)
      const flat = printable(hostile.replace(/[\r\n]+/g, ' ')).trim()
      const rest = visible(safe).split(quoted)
      const shown = rest.length - 1 + (flat === quoted ? 0 : occurrences(rest.join('\0'), flat))
      expect(shown).toBe(occurrences(visible(harmless.safe), HARMLESS))
    })
  })
})

/** The text of the HTML with entities decoded, our word joiners kept (they are what stops GitHub). */
function rendered(safe: string): string {
  return safe
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

describe('cell() stays readable', () => {
  it('leaves an underscore inside a word, and ordinary names, as they are', () => {
    expect(cell('data/river_gauges/basin_dem.tif')).toBe('data/river_gauges/basin_dem.tif')
    expect(cell('kfm://policy_decision/2026-11-30')).toBe('kfm://policy_decision/2026-11-30')
  })

  it('breaks a mention, a reference and a URL with one invisible word joiner each', () => {
    expect(cell('@octocat #12 GH-3 https://x.example www.x.example')).toBe(
      '@\u2060octocat #\u206012 GH-\u20603 https:\u2060//x.example www\u2060.x.example'
    )
  })
})
