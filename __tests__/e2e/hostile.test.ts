// The hostile-input corpus (fixtures/hostile/*.json), each case run twice from dist/ as users run
// it: through the CLI, and through the action as the runner runs it. Every case must end in the
// violation it names, a non-zero exit, an older manifest at `out` left byte for byte as it was,
// and no workflow command that the input smuggled into the output.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT, runAction, runCliBundle } from '../helpers/runner.js'
import { applyFixture, type ViolationFixture } from '../helpers/violation-fixtures.js'
import { cliFlags, removeTempDirs } from '../helpers/workspace.js'
import { CODES } from '../../src/model/codes.js'

afterAll(removeTempDirs)

interface HostileCase extends ViolationFixture {
  /** Codes that must all be reported. */
  expect: string[]
}

const HOSTILE = path.join(PROJECT, 'fixtures', 'hostile')
export const HOSTILE_CASES = readdirSync(HOSTILE)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort()

function load(name: string): HostileCase {
  return JSON.parse(readFileSync(path.join(HOSTILE, `${name}.json`), 'utf8')) as HostileCase
}

const OLDER = '{"an older manifest": "must survive a failed run byte for byte"}\n'

/** The workflow commands the action itself prints; anything else came from the input. */
const OUR_COMMANDS = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup'])
const ANNOTATION_PROPERTIES = new Set(['title', 'file', 'line', 'endLine', 'col', 'endColumn'])

/**
 * Reads lines as the runner does: leading Unicode white space trimmed, then
 * `::name props::message`; and the legacy `##[name]` form, which it honours anywhere in a line.
 */
function workflowCommands(output: string): Array<{ name: string; properties: string[] }> {
  const commands: Array<{ name: string; properties: string[] }> = []
  for (const raw of output.split(/\r?\n/)) {
    for (const legacy of raw.matchAll(/##\[([^\]\s]*)/g))
      commands.push({ name: `##[${legacy[1]}`, properties: [] })
    const line = raw.trimStart()
    if (!line.startsWith('::')) continue
    const end = line.indexOf('::', 2)
    const head = end < 0 ? line.slice(2) : line.slice(2, end)
    const space = head.indexOf(' ')
    const name = space < 0 ? head : head.slice(0, space)
    const properties = space < 0 ? [] : head.slice(space + 1).split(',')
    commands.push({ name, properties })
  }
  return commands
}

describe('the hostile corpus', () => {
  it('names a registered code in every case', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(50)
    for (const name of HOSTILE_CASES) {
      const { description, expect: codes } = load(name)
      expect({ name, description: description.length > 10 }).toEqual({ name, description: true })
      for (const code of codes)
        expect({ name, code, known: code in CODES }).toMatchObject({ known: true })
    }
  })

  describe.each(HOSTILE_CASES)('%s', (name) => {
    const hostile = load(name)

    it('fails through the action with the named violation and injects nothing', () => {
      const { workspace, inputs } = applyFixture(hostile)
      const out = path.join(workspace, 'promotion_manifest.json')
      writeFileSync(out, OLDER)
      const run = runAction(workspace, inputs)
      expect(run.code).not.toBe(0)
      expect(run.stdout).toMatch(/^::error/m)
      expect(run.stderr).toBe('')
      const reported = (JSON.parse(run.outputs.violations ?? '[]') as Array<{ code: string }>).map(
        (v) => v.code
      )
      expect({ name, reported }).toEqual({ name, reported: expect.arrayContaining(hostile.expect) })
      expect(run.outputs.status).toBe('fail')
      expect(run.outputs['manifest-path']).toBeUndefined()
      expect(readFileSync(out, 'utf8')).toBe(OLDER)

      for (const command of workflowCommands(run.stdout)) {
        expect({ name, command: command.name, ours: OUR_COMMANDS.has(command.name) }).toMatchObject(
          { ours: true }
        )
        for (const property of command.properties) {
          const key = property.slice(0, property.indexOf('='))
          expect(ANNOTATION_PROPERTIES.has(key)).toBe(true)
          // A gate and a code, or the fixed title of the annotation that counts the rest.
          if (key === 'title')
            expect(property).toMatch(/^title=(Gate [A-H]%3A [A-Z_]+|More violations)$/)
        }
      }
      const declared = new Set(
        [
          ...readFileSync(path.join(PROJECT, 'action.yml'), 'utf8').matchAll(/^ {2}([a-z-]+):$/gm)
        ].map((m) => m[1])
      )
      for (const output of Object.keys(run.outputs)) expect(declared.has(output)).toBe(true)
      expect(run.summary).not.toMatch(/<script|<\/script/i)
      // No Markdown link or image made of a file name: every ] in a cell is escaped.
      expect(run.summary).not.toMatch(/(^|[^\\])\]\(/m)
      expect(run.summary).not.toMatch(/^\s*::/m)
    })

    it('fails through the CLI with the named violation and prints no workflow command', () => {
      const { workspace, inputs } = applyFixture(hostile)
      const out = path.join(workspace, 'promotion_manifest.json')
      writeFileSync(out, OLDER)
      const run = runCliBundle(workspace, cliFlags(inputs))
      expect({ name, code: run.code, stderr: run.stderr.slice(0, 400) }).toMatchObject({ code: 1 })
      const reported = [...run.stderr.matchAll(/\[[A-H] ([A-Z_]+)\]/g)].map((m) => m[1])
      expect({ name, reported }).toEqual({ name, reported: expect.arrayContaining(hostile.expect) })
      expect(readFileSync(out, 'utf8')).toBe(OLDER)
      expect(workflowCommands(run.stdout + '\n' + run.stderr)).toEqual([])
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m)
    })
  })
})
