// The Node.js the CLI needs (package.json `engines`, written into src/generated/version.js at
// build time). The CLI entry asks before it loads anything else, so an older Node gets one line
// saying so instead of an error from deep inside, or a run that seems to work on a Node the
// tests never ran on. This module imports nothing, and nothing newer than old Nodes parse.
import { NODE_ENGINES } from '../generated/version.js'

/** The usage exit code (EXIT.usage in flags.ts, not imported here): the call, not the data, is wrong. */
export const EXIT_TOO_OLD = 2

/** The smallest version `engines` allows, as [major, minor, patch]; only `>=X.Y.Z` is written there. */
function minimumOf(engines: string): number[] {
  const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(engines.trim())
  if (!match) throw new Error(`package.json engines.node is "${engines}", not ">=X.Y.Z"`)
  return match.slice(1).map(Number)
}

/**
 * The one line to print when `version` (`process.versions.node`, `22.3.0`) is older than
 * `engines` allows; undefined when it is new enough.
 */
export function nodeTooOld(version: string, engines: string = NODE_ENGINES): string | undefined {
  const minimum = minimumOf(engines)
  const parts = version.split('.').map((part) => Number.parseInt(part, 10))
  for (let i = 0; i < 3; i++) {
    const have = parts[i] ?? 0
    if (have > minimum[i]!) return undefined
    if (have < minimum[i]!)
      return `error: kfm-gen-promotion-manifest needs Node.js ${engines.trim()} (package.json engines); this is Node.js ${version}. Run it with a newer Node.js (the action runs on Node 24).`
  }
  return undefined
}
