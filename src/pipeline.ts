// The promotion pipeline, shared by the action, the CLI and the library: read the evidence
// (pipeline/read-evidence.ts), judge it (gates/index.ts: the verdict, and the manifest the facts
// give), and on a pass seal and write the manifest and its sidecars. Reporting belongs to the
// adapters. promote and evaluateRun are the two ways in; versionIdOfRun is the `version-id`
// command's.
import path from 'node:path'
import { readSpecEvidence } from './documents/spec.js'
import { derivedVersionId, judge, type Judged } from './gates/index.js'
import type { LfsObjectChecker } from './inventory/lfs-entries.js'
import { storeFilesOf } from './inventory/stores.js'
import { outputPaths } from './manifest/output-paths.js'
import { confineToWorkspace, writeFilesAtomic } from './manifest/write.js'
import type { Options } from './options/parse.js'
import { readEvidence, type PipelineContext } from './pipeline/read-evidence.js'
import { judgedResult, type PromotionResult } from './pipeline/result.js'
import { sealed, type Sealed, type SealedPieces } from './pipeline/seal.js'

export type { PromotionResult } from './pipeline/result.js'

/** Approvals from pull-request reviews, and where they came from (the action's). */
type ExtraApprovals = PipelineContext['extraApprovals']

/**
 * Every gate evaluated as a run does it, writing nothing: released_at, when not given, is the
 * committer time of the checked-out commit (never "now", so a re-run gives the same manifest).
 * The library's evaluatePromotion is this; promote writes what it returns.
 */
export async function evaluateRun(
  options: Options,
  extraApprovals?: ExtraApprovals
): Promise<PromotionResult> {
  return (await evaluated(options, extraApprovals)).result
}

/**
 * One promotion run as the adapters do it: evaluate every gate (evaluateRun), and write the
 * manifest atomically only when all pass. `beforeRename` gets the passing result once the
 * manifest and its sidecars are complete beside their targets and before any of them moves (the
 * action writes its outputs and summary there); when it throws, nothing moves.
 */
export async function promote(
  options: Options,
  extraApprovals?: ExtraApprovals,
  beforeRename?: (result: PromotionResult) => Promise<void>,
  /** Asks the LFS server about the objects of lfs: pointers (the action, with a token). */
  lfsObjects?: LfsObjectChecker
): Promise<PromotionResult> {
  const { result, pieces } = await evaluated(options, extraApprovals, lfsObjects)
  if (result.status !== 'pass' || !pieces) return result
  const absolute = outputPaths(options.out.absolute)
  const shown = outputPaths(options.out.path)
  const manifest = { path: absolute.manifest, shown: shown.manifest, text: pieces.manifest }
  await confineToWorkspace(options.workspace, manifest)
  // All complete before any is in place, and the manifest renamed last: a manifest on disk
  // always has its sidecars beside it.
  await writeFilesAtomic(
    [
      { path: absolute.checksums, shown: shown.checksums, text: pieces.checksums },
      { path: absolute.statement, shown: shown.statement, text: pieces.statement },
      manifest
    ],
    { beforeRename: beforeRename && (() => beforeRename(result)) }
  )
  return result
}

/** The dataset_version_id a promotion run with these inputs would derive (`version-id`). */
export async function versionIdOfRun(
  request: Pick<Options, 'workspace' | 'spec' | 'specHash' | 'releasedAt'>
): Promise<Judged<string>> {
  const [spec, released] = await Promise.all([
    request.spec ? readSpecEvidence(request.spec) : undefined,
    resolveReleasedAt(request.releasedAt, request.workspace)
  ])
  return derivedVersionId({ spec, specHash: request.specHash, ...released })
}

/** A run's result, and on a pass the pieces its files are written in. */
async function evaluated(
  options: Options,
  extraApprovals?: ExtraApprovals,
  lfsObjects?: LfsObjectChecker
): Promise<{ result: PromotionResult; pieces?: SealedPieces }> {
  const { releasedAt, releasedAtSource } = await resolveReleasedAt(
    options.releasedAt,
    options.workspace
  )
  const run = { ...options, releasedAt }
  // The evidence (every catalog's view, the receipts) is let go before the manifest's bytes are
  // made: a run of 100,000 artifacts holds one or the other, not both at once.
  const { violations, gates, ...judged } = await judgedRun(run, {
    releasedAtSource,
    extraApprovals,
    lfsObjects
  })
  const { status, manifest } = judged
  const seal =
    status === 'pass' && manifest
      ? sealed(manifest, path.basename(options.out.absolute), storeFilesOf(judged.artifacts))
      : undefined
  return { result: { ...judged, ...seal?.fields, violations, gates }, pieces: seal?.pieces }
}

/** The evidence read and judged; only the result leaves, the evidence is let go. */
async function judgedRun(
  options: Options,
  context: PipelineContext
): Promise<Omit<PromotionResult, keyof Sealed>> {
  const evidence = await readEvidence(options, context)
  return judgedResult(evidence, judge(evidence), options.rootPath)
}

/** released_at as a run takes it: the input, else the checked-out commit's time, else none. */
async function resolveReleasedAt(
  given: string | undefined,
  workspace: string
): Promise<{ releasedAt?: string; releasedAtSource: PipelineContext['releasedAtSource'] }> {
  if (given !== undefined) return { releasedAt: given, releasedAtSource: 'input' }
  // Loaded only here: asking git needs child_process, which a run with released-at never does.
  const { commitTime } = await import('./documents/commit-time.js')
  const fromCommit = await commitTime(workspace)
  return { releasedAt: fromCommit, releasedAtSource: fromCommit ? 'commit' : 'none' }
}
