// action.yml is the user's manual: it must list exactly the inputs the code reads, with the same
// defaults, and the outputs the action sets.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { INPUTS } from '../src/options/inputs.js'
import { PROJECT } from './helpers/runner.js'

const action = parse(readFileSync(path.join(PROJECT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares exactly the inputs the code reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUTS).sort())
  })

  it.each(Object.entries(INPUTS))('gives %s the same default and a description', (name, input) => {
    const declared = action.inputs[name]!
    expect(declared.description.length).toBeGreaterThan(20)
    expect(declared.default).toBe('default' in input ? input.default : undefined)
    // What must be given depends on the mode, so the runner is never told an input is required;
    // the description says it instead.
    expect(declared.required).toBe(false)
    if ('required' in input)
      expect(declared.description.startsWith(`Required in ${input.required} mode.`)).toBe(true)
  })

  it('declares every output the action adapter sets', () => {
    const adapter = path.join(PROJECT, 'src', 'action')
    const main = readdirSync(adapter)
      .map((file) => readFileSync(path.join(adapter, file), 'utf8'))
      .join('\n')
    const set = [...main.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]).sort()
    expect([...new Set(set)]).toEqual(Object.keys(action.outputs).sort())
  })
})

describe("README's input table", () => {
  const readme = readFileSync(path.join(PROJECT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Inputs'), readme.indexOf('## Outputs'))
  const rows = new Map(
    [...section.matchAll(/^\| `([a-z-]+)` \|([^|]*)\|/gm)].map((m) => [m[1]!, m[2]!.trim()])
  )

  it('lists exactly the inputs of the table', () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(INPUTS).sort())
  })

  it.each(Object.entries(INPUTS))('gives %s its default', (name, input) => {
    if ('default' in input) expect(rows.get(name)).toBe(`\`${input.default}\``)
    else expect(rows.get(name)).not.toMatch(/^`/)
  })
})
