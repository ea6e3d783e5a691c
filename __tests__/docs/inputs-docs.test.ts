// action.yml's inputs and outputs and README.md's tables of them are written by `npm run inputs`
// from the tables in src/options/: these tests fail when either file differs from what the
// script would write, so a change to the table, action.yml or the README alone is caught.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { OUTPUTS } from '../../src/options/action-outputs.js'
import { INPUTS } from '../../src/options/inputs.js'
// @ts-expect-error: a plain ES module script, without type declarations
import * as generator from '../../scripts/inputs.mjs'
import { githubHtml } from '../helpers/github-markdown.js'
import { PROJECT } from '../helpers/runner.js'

interface Generator {
  renderActionYml(current: string, inputs: object, outputs: object): string
  renderReadme(current: string, inputs: object, outputs: object): string
  markdownCell(text: string): string
  inputDescription(input: object): string
}
const { renderActionYml, renderReadme, markdownCell, inputDescription } = generator as Generator

const read = (file: string): string => readFileSync(path.join(PROJECT, file), 'utf8')
const RUN = 'run npm run inputs and commit what it writes'

describe('npm run inputs', () => {
  it(`wrote action.yml from the tables (${RUN})`, () => {
    const current = read('action.yml')
    expect(current).toBe(renderActionYml(current, INPUTS, OUTPUTS))
  })

  it(`wrote README.md's input and output tables from the tables (${RUN})`, () => {
    const current = read('README.md')
    expect(current).toBe(renderReadme(current, INPUTS, OUTPUTS))
  })

  it('writes nothing new when run again', () => {
    const once = renderActionYml(read('action.yml'), INPUTS, OUTPUTS)
    expect(renderActionYml(once, INPUTS, OUTPUTS)).toBe(once)
    const readme = renderReadme(read('README.md'), INPUTS, OUTPUTS)
    expect(renderReadme(readme, INPUTS, OUTPUTS)).toBe(readme)
  })

  it('gives action.yml each description, default and the modes that read it', () => {
    const action = parse(renderActionYml(read('action.yml'), INPUTS, OUTPUTS)) as {
      inputs: Record<string, { description: string; default?: string }>
    }
    expect(action.inputs.shard!.description).toMatch(/Modes: inventory, verify, publish\.$/)
    expect(action.inputs['dataset-slug']!.description).toMatch(/^Required in promote mode\. /)
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}')
    expect(action.inputs.mode!.description).not.toMatch(/Modes:/)
  })

  it('refuses to drop an input action.yml has and the table lacks (a merge to finish)', () => {
    const current = read('action.yml').replace(
      /^inputs:\n/m,
      'inputs:\n  from-another-branch:\n    description: x\n'
    )
    expect(() => renderActionYml(current, INPUTS, OUTPUTS)).toThrow(
      /action\.yml inputs not in src\/options\/inputs\.ts: from-another-branch\. Add each to that table/
    )
  })

  it('refuses a README without the markers, saying which', () => {
    expect(() => renderReadme('# no tables\n', INPUTS, OUTPUTS)).toThrow(/markers .* are missing/)
  })

  it('escapes what Markdown would read in a cell, and says every mode an input is read in', () => {
    expect(markdownCell('dist/** | <64 hex> _x_ river_gauges')).toBe(
      'dist/\\*\\* \\| &lt;64 hex> \\_x\\_ river_gauges'
    )
    expect(inputDescription({ modes: ['inventory', 'verify'], description: 'I/N.' })).toBe(
      'I/N. Modes: inventory, verify.'
    )
  })
})

describe("the README's tables, as GitHub shows them", () => {
  const html = githubHtml(read('README.md'), false)
  /** Each table's rows, as the text of their cells (entities decoded). */
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([table]) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([row]) =>
      [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) =>
        cell!
          .replace(/<[^>]*>/g, '')
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&')
      )
    )
  )
  const table = (header: string): string[][] => tables.find((rows) => rows[0]![0] === header)!

  it('show every input with its description as action.yml has it, nothing read as Markdown', () => {
    const rows = table('input')
    expect(rows.slice(1).map((row) => [row[0], row[3]])).toEqual(
      Object.entries(INPUTS).map(([name, input]) => [name, input.description])
    )
    for (const row of rows) expect(row).toHaveLength(4)
  })

  it('show every output with its description', () => {
    const rows = table('output')
    expect(rows.slice(1).map((row) => [row[0], row[2]])).toEqual(
      Object.entries(OUTPUTS).map(([name, output]) => [name, output.description])
    )
  })
})

describe('the input table', () => {
  it.each(Object.entries(INPUTS))('names the modes that read %s', (_name, input) => {
    expect(input.modes.length).toBeGreaterThan(0)
  })
})
