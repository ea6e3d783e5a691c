// One promotion run as both adapters do it: fill the defaults that need the outside world,
// evaluate every gate, and write the manifest atomically only when all of them pass.
import { confineToWorkspace, writeFilesAtomic } from './manifest/write.js'
import { statementPath } from './manifest/statement.js'
import { evaluatePromotion, type PipelineContext, type PromotionResult } from './pipeline.js'
import type { Options } from './options.js'

export async function promote(
  options: Options,
  extraApprovals?: PipelineContext['extraApprovals']
): Promise<PromotionResult> {
  let releasedAtSource: 'input' | 'commit' | 'none' = 'input'
  let resolved = options
  if (options.releasedAt === undefined) {
    // Loaded only here: asking git needs child_process, which a run with released-at never does.
    const { commitTime } = await import('./commit-time.js')
    const fromCommit = await commitTime(options.workspace)
    releasedAtSource = fromCommit ? 'commit' : 'none'
    resolved = { ...options, releasedAt: fromCommit }
  }
  const result = await evaluatePromotion(resolved, { releasedAtSource, extraApprovals })
  if (
    result.status === 'pass' &&
    result.manifestText !== undefined &&
    result.statementText !== undefined
  ) {
    const manifest = {
      path: options.out.absolute,
      shown: options.out.path,
      text: result.manifestText
    }
    await confineToWorkspace(options.workspace, manifest)
    // Both complete before either is in place, and the Statement renamed first: a manifest on
    // disk always has its sidecar beside it.
    await writeFilesAtomic([
      {
        path: statementPath(options.out.absolute),
        shown: statementPath(options.out.path),
        text: result.statementText
      },
      manifest
    ])
  }
  return result
}
