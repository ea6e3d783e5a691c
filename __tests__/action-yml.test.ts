// action.yml is the user's manual: it must list exactly the inputs the code reads, with the same
// defaults, and the outputs the action sets.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { INPUTS } from '../src/options.js'
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
    expect(Boolean(declared.required)).toBe('required' in input && input.required)
  })

  it('declares every output main.ts sets', () => {
    const main = readFileSync(path.join(PROJECT, 'src', 'main.ts'), 'utf8')
    const set = [...main.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]).sort()
    expect([...new Set(set)]).toEqual(Object.keys(action.outputs).sort())
  })
})
