// The CLI adapter on its own: flags and usage come from the one input table.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { INPUTS, cliInputs, type InputName } from '../../src/options/inputs.js'
import { unknownFlagMessage } from '../../src/cli/flags.js'
import { runInventory } from '../../src/cli/inventory-command.js'
import { EXIT, runCli } from '../../src/cli/main.js'
import { PROJECT } from '../helpers/runner.js'
import { nodeTooOld } from '../../src/cli/node-version.js'
import { NODE_ENGINES } from '../../src/generated/version.js'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: '/' },
    out,
    err
  }
}

/** A command's --help, as the CLI prints it. */
async function helpOf(...command: string[]): Promise<string> {
  const { io, out } = capture()
  expect(await runCli([...command, '--help'], io)).toBe(EXIT.pass)
  return out.join('\n')
}
const helpText = () => helpOf()
const verifyHelpText = () => helpOf('verify')
const inventoryHelpText = () => helpOf('inventory')
const versionIdHelpText = () => helpOf('version-id')

describe('flags from the input table', () => {
  it('has a flag for every input but the action-only and subcommand ones, and --help lists each', async () => {
    const help = await helpText()
    const verifyHelp = await verifyHelpText()
    for (const name of Object.keys(INPUTS) as InputName[]) {
      const input = INPUTS[name]
      const actionOnly = 'actionOnly' in input
      const commands: readonly string[] | undefined =
        'commands' in input ? input.commands : undefined
      const promoteFlag = !actionOnly && commands === undefined
      expect(cliInputs().includes(name)).toBe(promoteFlag)
      expect(help.includes(`  --${name} `)).toBe(promoteFlag)
      const verifyFlag = commands?.includes('verify') === true
      expect(cliInputs('verify').includes(name)).toBe(verifyFlag)
      if (verifyFlag) expect(verifyHelp).toContain(`  --${name} `)
    }
    expect(verifyHelp).toContain('  --root DIR')
  })

  it('gives each subcommand input to its subcommand', async () => {
    const helps = { inventory: await inventoryHelpText(), verify: await verifyHelpText() }
    const modes = new Set<string>()
    for (const name of Object.keys(INPUTS) as InputName[]) {
      const input = INPUTS[name]
      if (!('commands' in input)) continue
      for (const command of input.commands) {
        modes.add(command)
        expect(helps[command]).toContain(`  --${name} `)
      }
    }
    expect([...modes].sort()).toEqual(['inventory', 'verify'])
    // shard is a flag of both: inventory hashes one shard, verify checks one.
    expect(INPUTS.shard.commands).toEqual(['inventory', 'verify'])
  })

  it('says once that a flag is required', async () => {
    const help = await helpText()
    const slug = help.slice(
      help.indexOf('  --dataset-slug '),
      help.indexOf('  --dataset-version-id ')
    )
    expect(slug.match(/Required/g)).toHaveLength(1)
  })

  it('describes each subcommand’s own flags in its own words', async () => {
    const verifyShard = (await verifyHelpText()).split('  --shard ')[1]!.split('\n')[1]!
    expect(verifyShard).toContain('check only the listed files of shard I of N')
    expect(verifyShard).not.toContain('inventory mode')
    const versionId = await versionIdHelpText()
    expect(versionId).toContain('  --released-at TIME')
    expect(versionId).not.toMatch(/pull.request/)
  })

  it('marks list inputs repeatable and shows defaults', async () => {
    expect(await helpText()).toContain('--artifacts PATTERN (repeatable)')
    expect(await helpText()).toContain('Default: "promotion_manifest.json".')
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

describe('an unknown flag is answered with the nearest known one', () => {
  it.each([
    [['--artifact', 'x'], 'error: unknown flag --artifact; did you mean --artifacts?'],
    [['--relased-at', 'y'], 'error: unknown flag --relased-at; did you mean --released-at?'],
    [['--qa-reprot=x'], 'error: unknown flag --qa-reprot; did you mean --qa-report?'],
    [['--hlep'], 'error: unknown flag --hlep; did you mean --help?'],
    [['--verison'], 'error: unknown flag --verison; did you mean --version?']
  ])('%j', async (argv, message) => {
    const { io, err } = capture()
    expect(await runCli(argv, io)).toBe(EXIT.usage)
    expect(err.join('\n')).toBe(`${message}\nRun with --help for the options.`)
  })

  it.each([['--xyz'], ['--frobnicate'], ['-x']])(
    'suggests nothing for %s, which is like no flag',
    async (flag) => {
      const { io, err } = capture()
      expect(await runCli(['--dataset-slug', 'x', flag], io)).toBe(EXIT.usage)
      expect(err.join('\n')).toBe(`error: unknown flag ${flag}\nRun with --help for the options.`)
    }
  )

  it("suggests among the inventory subcommand's own flags", async () => {
    const { io, err } = capture()
    expect(await runInventory(['--artifact', 'x', '--out', 'y'], io)).toBe(EXIT.usage)
    expect(err.join('\n')).toBe(
      'error: unknown flag --artifact; did you mean --artifacts?\nRun with --help for the options.'
    )
    const other = capture()
    // --catalogs is a flag of the main command, not of inventory: the nearest is inventory's own.
    expect(await runInventory(['--catalog', 'x'], other.io)).toBe(EXIT.usage)
    expect(other.err.join('\n')).not.toContain('--catalogs')
  })

  it('words the answer the same for any list of known flags', () => {
    expect(unknownFlagMessage('--outt', ['out', 'root'])).toBe(
      'error: unknown flag --outt; did you mean --out?'
    )
    expect(unknownFlagMessage('--rot', ['out', 'root'])).toBe(
      'error: unknown flag --rot; did you mean --root?'
    )
    expect(unknownFlagMessage('--zzzzzz', ['out', 'root'])).toBe('error: unknown flag --zzzzzz')
  })
})

describe('every subcommand: usage errors and --help alike', () => {
  it.each([
    [['verify'], 'manifest is required', 'Run verify --help for the options.'],
    [['version-id'], 'version-id needs --spec FILE', 'Run version-id --help for the options.'],
    [
      ['inventory', '--artifacts', 'x'],
      'inventory needs --artifacts',
      'Run with --help for the options.'
    ],
    [
      ['inventory', '--artifacts', 'x', '--out', 'y', '--lfs', 'smudge'],
      'lfs must be content',
      'Run with --help for the options.'
    ],
    [['diff', 'one.json'], 'diff takes two manifests', 'Run diff --help for the options.'],
    [
      ['ledger', 'verify'],
      'ledger verify needs --file FILE',
      'Run ledger verify --help for the options.'
    ]
  ])('%j: one error line, the way to its help, exit 2', async (argv, message, hint) => {
    const { io, out, err } = capture()
    expect(await runCli(argv, io)).toBe(EXIT.usage)
    expect(out).toEqual([])
    expect(err.join('\n')).toMatch(
      new RegExp(`^error: [^\n]*${message}[^\n]*\n${hint.replace(/[.]/g, '\\.')}$`)
    )
  })

  it.each([['verify'], ['version-id'], ['inventory'], ['diff'], ['ledger', 'verify']])(
    '%j --help: its usage on stdout, exit 0',
    async (...command) => {
      const { io, out, err } = capture()
      expect(await runCli([...command, '--help'], io)).toBe(EXIT.pass)
      expect(out.join('\n')).toMatch(/^Usage: kfm-gen-promotion-manifest /)
      expect(out.join('\n')).toContain('  --version')
      expect(err).toEqual([])
    }
  )

  it('inventory --help is made from the input table, in its own words where the table speaks of the action', async () => {
    const help = await inventoryHelpText()
    for (const flag of [
      '--root DIR',
      '--artifacts PATTERN (repeatable)',
      '--out FILE',
      '--shard VALUE',
      '--lfs VALUE',
      '--workspace DIR'
    ])
      expect(help).toContain(`  ${flag}`)
    expect(help).not.toContain('promotion_manifest.json')
    expect(help).not.toContain('github-token')
  })
})

describe('--version', () => {
  const { version } = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as {
    version: string
  }

  it('prints the package version, as package.json gives it', async () => {
    const { io, out } = capture()
    expect(await runCli(['--version'], io)).toBe(EXIT.pass)
    expect(out).toEqual([version])
  })

  it('prints it from the inventory subcommand too', async () => {
    const { io, out } = capture()
    expect(await runInventory(['--version'], io)).toBe(EXIT.pass)
    expect(out).toEqual([version])
  })

  it.each([[['verify']], [['version-id']], [['inventory']], [['diff']], [['ledger', 'verify']]])(
    'prints it from %j, which runs through the same command runner',
    async (command) => {
      const { io, out, err } = capture()
      expect(await runCli([...command, '--version'], io)).toBe(EXIT.pass)
      expect(out).toEqual([version])
      expect(err).toEqual([])
    }
  )
})

describe('the Node.js version check', () => {
  const { engines } = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as {
    engines: { node: string }
  }

  it('holds the engines package.json gives', () => {
    expect(NODE_ENGINES).toBe(engines.node)
  })

  it.each(['20.20.2', '22.2.9', '18.0.0', '8.17.0'])(
    'refuses Node.js %s in one line',
    (version) => {
      const message = nodeTooOld(version, '>=22.3.0')
      expect(message).toBe(
        `error: kfm-gen-promotion-manifest needs Node.js >=22.3.0 (package.json engines); this is Node.js ${version}. Run it with a newer Node.js (the action runs on Node 24).`
      )
    }
  )

  it.each(['22.3.0', '22.10.1', '23.0.0', '24.21.0'])('takes Node.js %s', (version) => {
    expect(nodeTooOld(version, '>=22.3.0')).toBeUndefined()
  })

  it('refuses an engines range it cannot read, rather than guessing', () => {
    expect(() => nodeTooOld('24.0.0', '^22')).toThrow('not ">=X.Y.Z"')
  })
})
