// promote mode: reads the pull request's evidence, runs the promotion, writes outputs,
// annotations and the job summary (a pass's before its manifest moves into place), comments,
// uploads, and fails the job on any violation.
import * as core from '@actions/core'
import { PULL_REQUEST_EVENTS } from '../github/events.js'
import { printable } from '../model/printable.js'
import { parseOptions, type Options } from '../options/parse.js'
import { promote, type PromotionResult } from '../pipeline.js'
import { COMMENT_LIMITS, renderSummary } from '../report/summary.js'
import { blockedLine } from '../report/violations-report.js'
import type { ActionSettings, ModeContext } from './settings.js'
import { lfsChecker } from './lfs.js'
import { previousOfPromotion, promotionChanges } from './previous.js'
import { commentOnPullRequest, loadGithub, pullRequestEvidence } from './pull-request-steps.js'
import { StepReport } from './runner-files.js'
import { withDownloadedShards } from './shard-download.js'
import {
  requireUploads,
  uploadManifest,
  uploadNote,
  uploadViolationsReport,
  writeViolationsReport
} from './upload.js'
import { endWithVerdict, logGates } from './verdict.js'

/** The log, grouped: what was inventoried, then each gate with what it checked and found. */
function logInventory(result: PromotionResult): void {
  core.startGroup(
    `Inventory: ${result.artifacts.length} artifact(s), ${result.catalogs.length} catalog file(s)`
  )
  for (const entry of [...result.artifacts, ...result.catalogs])
    core.info(`${entry.digest}  ${printable(entry.path)}`)
  core.endGroup()
  logGates(result)
}

const onPullRequestEvent = (): boolean =>
  PULL_REQUEST_EVENTS.includes(process.env.GITHUB_EVENT_NAME ?? '')

/** The run's pull request, read when the run is for one or an input needs one. */
async function pullRequestOf(settings: ActionSettings) {
  const needed =
    settings.approvalsFromReviews || settings.comment || settings.releasedAtFromPullRequest
  if (!needed && !onPullRequestEvent()) return undefined
  return (await loadGithub()).pullRequestOfEvent()
}

/** The promotion's options, with what the run's pull request gives them. */
async function optionsWithPullRequest({ workspace, raw, settings }: ModeContext) {
  const given = await withDownloadedShards(parseOptions(raw, workspace), settings.inventoryShards)
  requireUploads(settings)
  const pr = await pullRequestOf(settings)
  const fromPr = await pullRequestEvidence(settings, pr, [
    given.policyDecision?.path,
    given.approvals?.path
  ])
  const options = fromPr.releasedAt ? { ...given, releasedAt: fromPr.releasedAt } : given
  return { options, pr, fromPr }
}

/** The upload of what the run wrote: the manifest after a pass, else the violations report. */
function uploadOfRun(
  settings: ActionSettings,
  options: Options,
  result: PromotionResult,
  report?: string
) {
  if (!settings.upload) return undefined
  return () =>
    core.group('Upload', () =>
      report === undefined
        ? uploadManifest(options, settings, result)
        : uploadViolationsReport(settings, result, report)
    )
}

export async function runPromoteMode(context: ModeContext): Promise<void> {
  const { workspace, settings } = context
  const { options, pr, fromPr } = await optionsWithPullRequest(context)
  const uploadOf = (result: PromotionResult) => uploadNote(settings, result)
  const changes = promotionChanges(
    await previousOfPromotion(workspace, settings, options.datasetSlug)
  )
  // A pass's outputs and summary are written before its files move, and taken back when the
  // files then do not move.
  const step = new StepReport(options, uploadOf, fromPr.trusted, (maxBytes, result) =>
    changes(result.manifest, maxBytes)
  )
  const lfsObjects = lfsChecker({
    token: settings.token,
    url: settings.lfsUrl,
    workspace,
    pullRequest: pr !== undefined || onPullRequestEvent()
  })
  const result = await promote(
    options,
    fromPr.approvals,
    (passed) => step.write(passed),
    lfsObjects
  ).catch((error: unknown) => step.withdraw(error))
  const report = result.status === 'pass' ? undefined : await writeViolationsReport(result)
  if (report !== undefined) await step.write(result, report)
  const comment = () =>
    renderSummary(
      result,
      options.out.path,
      COMMENT_LIMITS,
      fromPr.trusted,
      uploadOf(result),
      (maxBytes) => changes(result.manifest, maxBytes)
    )
  await endWithVerdict(context, {
    ...result,
    reportPath: report,
    outputs: 'set',
    log: () => logInventory(result),
    then: () => commentOnPullRequest(settings, pr, result.datasetSlug, comment()),
    upload: uploadOfRun(settings, options, result, report),
    passed: `Promotion manifest written to ${options.out.path} (${result.manifestDigest})`,
    failed: blockedLine(result),
    goesOn: 'no manifest was written'
  })
}
