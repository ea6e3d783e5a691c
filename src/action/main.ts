// The action adapter: reads the inputs, runs the promotion, writes outputs, annotations and the
// job summary (a pass's before its manifest moves into place), uploads, and fails the job on any
// violation or error.
import path from 'node:path'
import * as core from '@actions/core'
import { parseOptions, type Options } from '../options/parse.js'
import { promote, type PromotionResult } from '../pipeline.js'
import { gateLog } from '../report/cli-lines.js'
import { printable } from '../model/printable.js'
import { COMMENT_LIMITS, renderSummary } from '../report/summary.js'
import { blockedLine } from '../report/violations-report.js'
import { StepReport } from './runner-files.js'
import { annotate } from './annotate.js'
import { previousOfPromotion, promotionChanges } from './previous.js'
import { runChangedDatasets } from './changed-datasets.js'
import { comment, loadGithub, pullRequestEvidence } from './github.js'
import { PULL_REQUEST_EVENTS } from '../github/events.js'
import { runShardInventory, withDownloadedShards } from './inventory.js'
import { lfsChecker } from './lfs.js'
import { readActionSettings, readInputs, type ActionSettings } from './inputs.js'
import {
  describeError,
  requireUploads,
  uploadManifest,
  uploadNote,
  uploadViolationsReport,
  writeViolationsReport
} from './upload.js'

/** The log, grouped: what was inventoried, then each gate with what it checked and found. */
function logGates(result: PromotionResult): void {
  core.startGroup(
    `Inventory: ${result.artifacts.length} artifact(s), ${result.catalogs.length} catalog file(s)`
  )
  for (const entry of [...result.artifacts, ...result.catalogs])
    core.info(`${entry.digest}  ${printable(entry.path)}`)
  core.endGroup()
  for (const gate of result.gates) {
    const { title, lines } = gateLog(gate, result.violations)
    core.startGroup(title)
    for (const line of lines) core.info(line)
    core.endGroup()
  }
}

/** The run's pull request, read when the run is for one or an input needs one. */
async function pullRequestOf(settings: ActionSettings) {
  const needed =
    settings.approvalsFromReviews || settings.comment || settings.releasedAtFromPullRequest
  if (!needed && !PULL_REQUEST_EVENTS.includes(process.env.GITHUB_EVENT_NAME ?? ''))
    return undefined
  return (await loadGithub()).pullRequestOfEvent()
}

async function runPromotion(given: Options, settings: ActionSettings): Promise<void> {
  const { workspace } = given
  requireUploads(settings)
  const pr = await pullRequestOf(settings)
  const fromPr = await pullRequestEvidence(settings, pr, [
    given.policyDecision?.path,
    given.approvals?.path
  ])
  const options = fromPr.releasedAt ? { ...given, releasedAt: fromPr.releasedAt } : given
  const uploadOf = (result: PromotionResult) => uploadNote(settings, result)
  const changes = promotionChanges(
    await previousOfPromotion(workspace, settings, options.datasetSlug)
  )
  const step = new StepReport(options, uploadOf, fromPr.trusted, (maxBytes, result) =>
    changes(result.manifest, maxBytes)
  )
  // A pass's outputs and summary are written before its files move, and taken back when the
  // files then do not move.
  const lfsObjects = lfsChecker({
    token: settings.token,
    url: settings.lfsUrl,
    workspace,
    pullRequest:
      pr !== undefined || PULL_REQUEST_EVENTS.includes(process.env.GITHUB_EVENT_NAME ?? '')
  })
  const result = await promote(
    options,
    fromPr.approvals,
    (passed) => step.write(passed),
    lfsObjects
  ).catch((error: unknown) => step.withdraw(error))
  const report = result.status === 'pass' ? undefined : await writeViolationsReport(result)
  if (report !== undefined) await step.write(result, report)
  logGates(result)
  annotate(result.violations, settings.failOnViolation, workspace, report)
  await comment(
    settings,
    pr,
    result.datasetSlug,
    renderSummary(
      result,
      options.out.path,
      COMMENT_LIMITS,
      fromPr.trusted,
      uploadOf(result),
      (maxBytes) => changes(result.manifest, maxBytes)
    )
  )

  if (result.status === 'pass') {
    core.info(`Promotion manifest written to ${options.out.path} (${result.manifestDigest})`)
    if (settings.upload) await core.group('Upload', () => uploadManifest(options, settings, result))
    return
  }
  if (settings.upload && report)
    await core.group('Upload', () => uploadViolationsReport(settings, result, report))
  const reason = blockedLine(result)
  if (settings.failOnViolation) core.setFailed(reason)
  else
    core.warning(
      `${reason} (fail-on-violation is false, so the job goes on; no manifest was written)`
    )
}

export async function run(): Promise<void> {
  try {
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd())
    const raw = readInputs()
    const settings = readActionSettings(raw)
    if (settings.mode === 'changed-datasets') await runChangedDatasets(workspace, settings)
    else if (settings.mode === 'verify') {
      const { runVerifyMode } = await import('./verify.js')
      await runVerifyMode(workspace, raw, settings)
    } else if (settings.mode === 'publish') {
      const { runPublishMode } = await import('./publish.js')
      await runPublishMode(workspace, raw, settings)
    } else if (settings.mode === 'inventory') await runShardInventory(raw, workspace, settings)
    else {
      const options = parseOptions(raw, workspace)
      await runPromotion(await withDownloadedShards(options, settings.inventoryShards), settings)
    }
  } catch (error) {
    core.setFailed(describeError(error))
  }
}
