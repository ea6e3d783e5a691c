// The action adapter: reads inputs, runs the pipeline, writes outputs, summary and annotations,
// uploads the manifest, and fails the job on any violation or error.
import path from 'node:path'
import * as core from '@actions/core'
import { readActionInputs } from './inputs.js'
import { INPUTS } from './options.js'
import { promote } from './promote.js'
import { renderSummary } from './report/summary.js'
import { canUploadArtifacts, uploadArtifact } from './github/upload.js'
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
    }
    for (const v of result.violations) annotate(v, options.failOnViolation)
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderSummary(result, options.out.path), true).write()
    }

    if (result.status === 'pass') {
      core.info(`Promotion manifest written to ${options.out.path} (${result.manifestDigest})`)
      if (options.upload) {
        const name =
          options.artifactName ??
          `promotion-manifest-${result.datasetSlug}-${result.datasetVersionId}`
        const uploaded = await uploadArtifact(
          name,
          [options.out.absolute],
          path.dirname(options.out.absolute)
        ).catch((error: unknown) => {
          throw new Error(
            `The manifest passed and was written to ${options.out.path}, but uploading it as the artifact "${name}" failed: ${error instanceof Error ? error.message : String(error)}. Check the artifact service's status and that artifact-name is unique in this run, then re-run the job.`
          )
        })
        core.setOutput('artifact-id', uploaded.id === undefined ? '' : String(uploaded.id))
        core.info(
          `Uploaded the manifest as the artifact "${name}"${uploaded.id ? ` (id ${uploaded.id})` : ''}`
        )
      }
      return
    }
    const count = result.violations.length
    const first = result.violations[0]
    const reason = `Promotion blocked: ${count} violation${count === 1 ? '' : 's'}${first ? `; first: [${first.gate} ${first.code}] ${first.message}` : ''}`
    if (options.failOnViolation) core.setFailed(reason)
    else
      core.warning(
        `${reason} (fail-on-violation is false, so the job goes on; no manifest was written)`
      )
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
