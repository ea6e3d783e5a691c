// The CLI adapter on its own: flags and usage come from the one input table.
import { INPUTS, type InputName } from '../../src/options/inputs.js'
import { cliInputs } from '../../src/cli/flags.js'
import { EXIT, helpText, runCli } from '../../src/cli/main.js'
import { inventoryHelpText } from '../../src/cli/inventory.js'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: '/' },
    out,
    err
  }
}

describe('flags from the input table', () => {
  it('has a flag for every input but the action-only and subcommand ones, and --help lists each', () => {
    const help = helpText()
    for (const name of Object.keys(INPUTS) as InputName[]) {
      const promoteFlag = !('actionOnly' in INPUTS[name]) && !('subcommand' in INPUTS[name])
      expect(cliInputs().includes(name)).toBe(promoteFlag)
      expect(help.includes(`  --${name} `)).toBe(promoteFlag)
    }
  })

  it('gives each subcommand input to its subcommand', () => {
    for (const name of Object.keys(INPUTS) as InputName[]) {
      const input = INPUTS[name]
      if ('subcommand' in input) expect(inventoryHelpText()).toContain(`  --${name} `)
    }
    expect(Object.values(INPUTS).some((input) => 'subcommand' in input)).toBe(true)
  })

  it('marks list inputs repeatable and shows defaults', () => {
    expect(helpText()).toContain('--artifacts PATTERN (repeatable)')
    expect(helpText()).toContain('Default: "promotion_manifest.json".')
  })

  it.each([['--upload', 'false'], ['--mode', 'promote'], ['--no-such-flag']])(
    'refuses %s as a usage error (exit 2)',
    async (...argv) => {
      const { io, err } = capture()
      expect(await runCli(argv, io)).toBe(EXIT.usage)
      expect(err.join('\n')).toMatch(/^error: .*\nRun with --help for the options\.$/)
    }
  )

  it('needs a dataset slug', async () => {
    const { io, err } = capture()
    expect(await runCli(['--artifacts', 'x'], io)).toBe(EXIT.usage)
    expect(err.join('\n')).toContain('dataset-slug is required')
  })
})
