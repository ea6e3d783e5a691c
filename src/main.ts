// The action adapter: reads inputs, runs the pipeline, writes outputs, summary and annotations,
// uploads the manifest (or, on failure, the violations report), and fails the job on any
// violation or error.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { readActionInputs } from './inputs.js'
import { INPUTS, type Options } from './options.js'
import { promote } from './promote.js'
import type { PromotionResult } from './pipeline.js'
import { renderSummary } from './report/summary.js'
import { statementPath } from './manifest/statement.js'
import { canUploadArtifacts, safeArtifactName, uploadArtifact } from './github/upload.js'
import type { Violation } from './gates/violation.js'

function annotate(v: Violation, asError: boolean): void {
  const properties: core.AnnotationProperties = { title: `Gate ${v.gate}: ${v.code}` }
  if (!(v.path in INPUTS)) {
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

export async function run(): Promise<void> {
  try {
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd())
    const options = readActionInputs(workspace)
    if (options.upload && !canUploadArtifacts()) {
      throw new Error(
        'upload is true, but this is not a GitHub Actions job that can upload artifacts (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set). Set upload: false to run outside a workflow run.'
      )
    }

    const result = await promote(options)
    core.setOutput('status', result.status)
    core.setOutput('violations', JSON.stringify(result.violations))
    core.setOutput('spec-hash', result.specHash ?? '')
    core.setOutput('dataset-version-id', result.datasetVersionId ?? '')
    if (result.status === 'pass') {
      core.setOutput('manifest-path', options.out.absolute)
      core.setOutput('manifest-digest', result.manifestDigest ?? '')
      core.setOutput('statement-path', statementPath(options.out.absolute))
    }
    for (const v of result.violations) annotate(v, options.failOnViolation)
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderSummary(result, options.out.path), true).write()
    }

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
