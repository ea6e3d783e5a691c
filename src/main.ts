// The action adapter: reads inputs, runs the pipeline, writes outputs, summary and annotations,
// uploads the manifest (or, on failure, the violations report), and fails the job on any
// violation or error.
import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from './runner.js'
import { readActionInputs, readGithubInputs, type GithubInputs } from './inputs.js'
import { INPUTS, type Options } from './options.js'
import { promote } from './promote.js'
import type { PromotionResult } from './pipeline.js'
import { cell, renderSummary } from './report/summary.js'
import { statementPath } from './manifest/statement.js'
import { canUploadArtifacts, safeArtifactName, uploadArtifact } from './github/upload.js'
import type { Violation } from './model/violation.js'
import type { PullRequest } from './github/pull-request.js'

// The GitHub API client (Octokit) is loaded only by the runs that talk to the API.
async function loadGithub() {
  const [github, pulls] = await Promise.all([
    import('@actions/github'),
    import('./github/pull-request.js')
  ])
  return { getOctokit: github.getOctokit, ...pulls }
}

/** An annotation names a file only when the violation is about one that exists. */
function annotate(v: Violation, asError: boolean, workspace: string): void {
  const properties: core.AnnotationProperties = { title: `Gate ${v.gate}: ${v.code}` }
  if (!(v.path in INPUTS) && existsSync(path.resolve(workspace, v.path))) {
    properties.file = v.path
    if (v.line) properties.startLine = v.line
  }
  if (asError) core.error(v.message, properties)
  else core.warning(v.message, properties)
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function uploadManifest(options: Options, result: PromotionResult): Promise<void> {
  const name = safeArtifactName(
    options.artifactName ?? `promotion-manifest-${result.datasetSlug}-${result.datasetVersionId}`
  )
  const files = [options.out.absolute, statementPath(options.out.absolute)]
  try {
    const uploaded = await uploadArtifact({
      name,
      files,
      rootDirectory: path.dirname(options.out.absolute),
      retentionDays: options.retentionDays,
      timeoutSeconds: options.uploadTimeoutSeconds
    })
    core.setOutput('artifact-id', String(uploaded.id))
    core.setOutput('artifact-url', uploaded.url ?? '')
    core.info(
      `Uploaded the manifest as the artifact "${name}" (id ${uploaded.id}${uploaded.url ? `, ${uploaded.url}` : ''})`
    )
  } catch (error) {
    throw new Error(
      `The manifest passed and was written to ${options.out.path}, but uploading it as the artifact "${name}" failed: ${describeError(error)}. Check that the job can reach the artifact service and that artifact-name is unique in this run, then re-run the job.`
    )
  }
}

/** On a failed run, the violations go up under their own name: never as a promotion manifest. */
async function uploadViolationsReport(options: Options, result: PromotionResult): Promise<void> {
  const directory = await mkdtemp(
    path.join(process.env.RUNNER_TEMP || tmpdir(), 'promotion-violations-')
  )
  const file = path.join(directory, 'promotion_violations.json')
  const report = {
    status: result.status,
    dataset_slug: result.datasetSlug,
    dataset_version_id: result.datasetVersionId ?? null,
    gates: result.gates.map(({ gate, title, status, violations }) => ({
      gate,
      title,
      status,
      violations
    })),
    violations: result.violations
  }
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`)
  const name = safeArtifactName(
    `promotion-violations-${result.datasetSlug}${result.datasetVersionId ? `-${result.datasetVersionId}` : ''}`
  )
  try {
    const uploaded = await uploadArtifact({
      name,
      files: [file],
      rootDirectory: directory,
      retentionDays: options.retentionDays,
      timeoutSeconds: options.uploadTimeoutSeconds
    })
    core.info(`Uploaded the violations report as the artifact "${name}" (id ${uploaded.id})`)
  } catch (error) {
    core.warning(`Uploading the violations report as "${name}" failed: ${describeError(error)}`)
  }
}

/** changed-datasets mode: the matrix of datasets a pull request changes (all of them outside one). */
async function runChangedDatasets(workspace: string, inputs: GithubInputs): Promise<void> {
  if (!inputs.datasets.trim())
    throw new Error(
      'mode: changed-datasets needs the datasets input (dataset root globs, e.g. datasets/*).'
    )
  const { changedDatasets, findDatasetRoots } = await import('./github/changed-datasets.js')
  const { getOctokit, changedFiles, describeApiError, pullRequestOfEvent } = await loadGithub()
  const roots = await findDatasetRoots(workspace, inputs.datasets)
  const pr = pullRequestOfEvent()
  let changed = roots
  if (pr) {
    const files = await changedFiles(getOctokit(inputs.token), pr).catch((error: unknown) => {
      throw new Error(describeApiError(`Listing the files of pull request #${pr.number}`, error))
    })
    changed = changedDatasets(roots, files)
    core.info(
      `Pull request #${pr.number} changes ${files.length} file(s) in ${changed.length} of ${roots.length} dataset(s).`
    )
  } else {
    core.info(`Not a pull request event: all ${roots.length} dataset(s) count as changed.`)
  }
  core.setOutput('changed-datasets', JSON.stringify({ include: changed }))
  if (process.env.GITHUB_STEP_SUMMARY) {
    const rows = changed.map((d) => `| ${cell(d.dataset)} | ${cell(d.root)} | ${cell(d.spec)} |`)
    await core.summary
      .addRaw(
        `## Changed datasets: ${changed.length} of ${roots.length}\n\n| dataset | root | spec |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
        true
      )
      .write()
  }
}

async function reviewApprovals(inputs: GithubInputs, pr: PullRequest | undefined) {
  if (!inputs.approvalsFromReviews) return undefined
  if (!pr)
    throw new Error(
      'approvals-from: pull-request-reviews needs a pull_request event; on other events use the approvals input.'
    )
  const { getOctokit, describeApiError } = await loadGithub()
  const { approvalsFromReviews } = await import('./github/reviews.js')
  const found = await approvalsFromReviews(
    getOctokit(inputs.token),
    pr,
    inputs.reviewerRoles
  ).catch((error: unknown) => {
    throw new Error(describeApiError(`Reading the reviews of pull request #${pr.number}`, error))
  })
  for (const line of found.ignored) core.info(`Review not counted: ${line}`)
  return { approvals: found.approvals, source: `reviews of pull request #${pr.number}` }
}

async function comment(
  inputs: GithubInputs,
  pr: PullRequest | undefined,
  result: PromotionResult,
  outPath: string
): Promise<void> {
  if (!inputs.comment) return
  if (!pr) {
    core.info('comment is true, but this is not a pull request event: no comment.')
    return
  }
  const body = renderSummary(result, outPath)
  const limit = 60_000
  const text =
    body.length > limit
      ? `${body.slice(0, limit)}\n\n… (cut; the job summary has everything)`
      : body
  const { getOctokit, describeApiError } = await loadGithub()
  const { upsertComment } = await import('./github/comment.js')
  const done = await upsertComment(getOctokit(inputs.token), pr, result.datasetSlug, text).catch(
    (error: unknown) => {
      throw new Error(describeApiError(`Commenting on pull request #${pr.number}`, error))
    }
  )
  core.info(`Promotion comment ${done} on pull request #${pr.number}.`)
}

export async function run(): Promise<void> {
  try {
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd())
    const inputs = readGithubInputs()
    if (inputs.mode === 'changed-datasets') return await runChangedDatasets(workspace, inputs)
    const options = readActionInputs(workspace)
    if (options.upload && !canUploadArtifacts()) {
      throw new Error(
        'upload is true, but this is not a GitHub Actions job that can upload artifacts (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set). Set upload: false to run outside a workflow run.'
      )
    }
    const pr =
      inputs.approvalsFromReviews || inputs.comment
        ? (await loadGithub()).pullRequestOfEvent()
        : undefined
    const result = await promote(options, await reviewApprovals(inputs, pr))
    core.setOutput('status', result.status)
    core.setOutput('violations', JSON.stringify(result.violations))
    core.setOutput('spec-hash', result.specHash ?? '')
    core.setOutput('dataset-version-id', result.datasetVersionId ?? '')
    if (result.status === 'pass') {
      core.setOutput('manifest-path', options.out.absolute)
      core.setOutput('manifest-digest', result.manifestDigest ?? '')
      core.setOutput('statement-path', statementPath(options.out.absolute))
    }
    for (const v of result.violations) annotate(v, options.failOnViolation, workspace)
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderSummary(result, options.out.path), true).write()
    }

    await comment(inputs, pr, result, options.out.path)

    if (result.status === 'pass') {
      core.info(`Promotion manifest written to ${options.out.path} (${result.manifestDigest})`)
      if (options.upload) await uploadManifest(options, result)
      return
    }
    if (options.upload) await uploadViolationsReport(options, result)
    const count = result.violations.length
    const first = result.violations[0]
    const reason = `Promotion blocked: ${count} violation${count === 1 ? '' : 's'}${first ? `; first: [${first.gate} ${first.code}] ${first.message}` : ''}`
    if (options.failOnViolation) core.setFailed(reason)
    else
      core.warning(
        `${reason} (fail-on-violation is false, so the job goes on; no manifest was written)`
      )
  } catch (error) {
    core.setFailed(describeError(error))
  }
}
