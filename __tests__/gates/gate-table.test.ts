// The gate table is the one list of what blocks promotion: the pipeline runs it, every code
// belongs to the gate that raises it, and the README's gate table says the same.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { GATE_TABLE } from '../../src/gates/index.js'
import { CODES } from '../../src/model/codes.js'
import { GATES, type GateLetter } from '../../src/model/gate-letter.js'
import { PROJECT } from '../helpers/runner.js'

const codesOf = (letter: GateLetter): string[] =>
  Object.entries(CODES)
    .filter(([, gate]) => gate === letter)
    .map(([code]) => code)
    .sort()

describe('the gate table', () => {
  it('runs every gate once, in letter order', () => {
    expect(GATE_TABLE.map((gate) => gate.letter)).toEqual(Object.keys(GATES))
  })

  it("matches the README's gate table, code for code", () => {
    const readme = readFileSync(path.join(PROJECT, 'README.md'), 'utf8')
    const rows = [...readme.matchAll(/^\| ([A-G]) [^|]+ \| [^|]+ \| ([^|]+) \|$/gm)]
    expect(rows.map((row) => row[1])).toEqual(Object.keys(GATES))
    for (const [, letter, codes] of rows) {
      const listed = [...codes!.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]).sort()
      expect(listed).toEqual(codesOf(letter as GateLetter))
    }
  })

  it('raises each code only in its own gate module', () => {
    const gates = path.join(PROJECT, 'src', 'gates')
    for (const file of readdirSync(gates)) {
      const source = readFileSync(path.join(gates, file), 'utf8')
      const letter = /^([a-g])-/.exec(file)?.[1]?.toUpperCase()
      const raised = [...source.matchAll(/violation\(\s*'([A-G])'/g)].map((m) => m[1])
      if (letter) expect(raised.every((gate) => gate === letter)).toBe(true)
      else expect(raised).toEqual([])
    }
  })

  it('no module outside gates/ raises a code', () => {
    const raising: string[] = []
    const walk = (dir: string, prefix: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const relative = `${prefix}${entry.name}`
        if (entry.isDirectory()) walk(path.join(dir, entry.name), `${relative}/`)
        else if (entry.name.endsWith('.ts') && !relative.startsWith('gates/')) {
          const source = readFileSync(path.join(dir, entry.name), 'utf8')
          if (/violation\(\s*'[A-G]'/.test(source)) raising.push(relative)
        }
      }
    }
    walk(path.join(PROJECT, 'src'), '')
    expect(raising).toEqual([])
  })
})
