// The CLI, kfm-gen-promotion-manifest: the promote command, or the subcommand its first word
// names, each loaded only when chosen (the inventory subcommand needs none of the gates). Each
// runs through command.ts: exit 0 on pass, 1 on any violation, 2 on a usage or other error.
import type { CliIo } from './flags.js'

export { EXIT, type CliIo } from './flags.js'

type Run = (argv: readonly string[], io: CliIo) => Promise<number>

const SUBCOMMANDS: Record<string, () => Promise<Run>> = {
  inventory: async () => (await import('./inventory-command.js')).runInventory,
  verify: async () => (await import('./verify-command.js')).runVerify,
  ledger: async () => (await import('./ledger-command.js')).runLedger,
  diff: async () => (await import('./diff-command.js')).runDiff,
  'version-id': async () => (await import('./version-id-command.js')).runVersionId
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first = ''] = argv
  if (Object.hasOwn(SUBCOMMANDS, first)) return (await SUBCOMMANDS[first]!())(argv.slice(1), io)
  const { runPromote } = await import('./promote-command.js')
  return runPromote(argv, io)
}
