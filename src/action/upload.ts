// The action's uploads: the manifest and its Statement after a pass, the violations report
// after a failure (under its own name, never as a promotion manifest).
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { safeArtifactName, uploadArtifact } from '../github/upload.js'
import type { Options } from '../options/parse.js'
import { outputPaths } from '../manifest/outputs.js'
import type { PromotionResult } from '../pipeline.js'
import { VIOLATIONS_REPORT_FILE, violationsReportText } from '../report/violations-report.js'
import type { ActionSettings } from './inputs.js'

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export async function uploadManifest(
  options: Options,
  settings: ActionSettings,
  result: PromotionResult
): Promise<void> {
  const name = safeArtifactName(
    settings.artifactName ?? `promotion-manifest-${result.datasetSlug}-${result.datasetVersionId}`
  )
  try {
    const uploaded = await uploadArtifact({
      name,
      files: Object.values(outputPaths(options.out.absolute)),
      rootDirectory: path.dirname(options.out.absolute),
      retentionDays: settings.retentionDays,
      timeoutSeconds: settings.uploadTimeoutSeconds,
      overwrite: settings.overwrite
    })
    core.setOutput('artifact-id', String(uploaded.id))
    core.setOutput('artifact-url', uploaded.url ?? '')
    core.setOutput('artifact-digest', uploaded.digest ?? '')
    core.info(
      `Uploaded the manifest as the artifact "${name}" (id ${uploaded.id}${uploaded.url ? `, ${uploaded.url}` : ''})`
    )
  } catch (error) {
    throw new Error(
      `The manifest passed and was written to ${options.out.path}, but uploading it as the artifact "${name}" failed: ${describeError(error)}. Check that the job can reach the artifact service and that artifact-name is unique in this run, then re-run the job.`
    )
  }
}

/** Writes the full violations report where the runner keeps a job's temporary files. */
export async function writeViolationsReport(
  result: Parameters<typeof violationsReportText>[0]
): Promise<string> {
  const directory = await mkdtemp(
    path.join(process.env.RUNNER_TEMP || tmpdir(), 'promotion-violations-')
  )
  const file = path.join(directory, VIOLATIONS_REPORT_FILE)
  await writeFile(file, violationsReportText(result))
  return file
}

export async function uploadViolationsReport(
  settings: ActionSettings,
  result: PromotionResult,
  file: string
): Promise<void> {
  const directory = path.dirname(file)
  const name = safeArtifactName(
    `promotion-violations-${result.datasetSlug}${result.datasetVersionId ? `-${result.datasetVersionId}` : ''}`
  )
  try {
    const uploaded = await uploadArtifact({
      name,
      files: [file],
      rootDirectory: directory,
      retentionDays: settings.retentionDays,
      timeoutSeconds: settings.uploadTimeoutSeconds,
      overwrite: settings.overwrite
    })
    core.info(`Uploaded the violations report as the artifact "${name}" (id ${uploaded.id})`)
  } catch (error) {
    core.warning(`Uploading the violations report as "${name}" failed: ${describeError(error)}`)
  }
}
