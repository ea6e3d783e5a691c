// The files that decide how the gate judges a pull request ("trusted configuration"): its
// workflows, the code owners, policy decisions and approvals, the action itself. The gate runs
// the base branch's copies of them; a pull request that changes one is changing what the next
// gate trusts, so the summary names each such file for the reviewers who own it.
import { minimatch } from 'minimatch'
import { patternLines } from '../model/lines.js'

/**
 * Always trusted, whatever the workflow adds: the workflows (and local actions they use), code
 * owners wherever GitHub reads them, policy decisions and approvals by the recipe's layout, and
 * the action's own definition and bundle.
 */
export const DEFAULT_TRUSTED_PATHS: readonly string[] = [
  '.github/workflows/**',
  '.github/actions/**',
  '**/CODEOWNERS',
  '**/policy/**',
  '**/approvals.json',
  'action.yml',
  'action.yaml',
  'dist/**'
]

const MATCH = { dot: true, nocomment: true, nonegate: true } as const

/**
 * The patterns a run checks: the defaults, the workflow's `trusted-paths` lines, and this run's
 * own rule files (its policy decision and approvals, workspace-relative), as literal paths.
 */
export function trustedPatterns(
  input: string,
  ruleFiles: ReadonlyArray<string | undefined>
): string[] {
  const literal = ruleFiles
    .filter((file): file is string => file !== undefined && !file.startsWith('/'))
    .map((file) => minimatch.escape(file))
  return [...DEFAULT_TRUSTED_PATHS, ...patternLines(input), ...literal]
}

/**
 * The changed paths that are trusted configuration: matched by a pattern and by no `!` pattern,
 * in the order the pull request lists them, each once.
 */
export function trustedChanges(changed: readonly string[], patterns: readonly string[]): string[] {
  const include = patterns.filter((p) => !p.startsWith('!'))
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))
  const matches = (file: string, list: readonly string[]): boolean =>
    list.some((pattern) => minimatch(file, pattern, MATCH))
  return [...new Set(changed)].filter((file) => matches(file, include) && !matches(file, exclude))
}
