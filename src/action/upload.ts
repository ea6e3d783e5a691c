// The action's uploads: the manifest and its Statement after a pass, the violations report
// after a failure (under its own name, never as a promotion manifest).
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { networkFailure } from '../github/network-failure.js'
import { canUploadArtifacts, safeArtifactName, uploadArtifact } from '../github/artifact-upload.js'
import type { Options } from '../options/parse.js'
import { outputPaths } from '../manifest/output-paths.js'
import type { PromotionResult } from '../pipeline.js'
import type { UploadNote } from '../report/summary.js'
import { VIOLATIONS_REPORT_FILE, violationsReportText } from '../report/violations-report.js'
import type { ActionSettings } from './settings.js'

/** An error as a sentence: a network failure as what failed (network-failure.ts), else its message. */
export function describeError(error: unknown): string {
  return networkFailure(error) ?? (error instanceof Error ? error.message : String(error))
}

/** Refuses, before any work, an upload asked for outside a job that can upload. */
export function requireUploads(settings: ActionSettings): void {
  if (settings.upload && !canUploadArtifacts())
    throw new Error(
      'upload is true, but this is not a GitHub Actions job that can upload artifacts (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set). Set upload: false to run outside a workflow run.'
    )
}

/** A fresh folder where the runner keeps the job's temporary files. */
export function scratchDirectory(prefix: string): Promise<string> {
  return mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), prefix))
}

/**
 * Uploads written files as one artifact and sets artifact-id, artifact-url and artifact-digest.
 * A failure fails the job, saying what was written where (`written`) and what to check.
 */
export async function uploadWritten(
  settings: ActionSettings,
  upload: { name: string; files: string[]; rootDirectory: string },
  what: string,
  written: string
): Promise<void> {
  try {
    const uploaded = await uploadArtifact({
      ...upload,
      retentionDays: settings.retentionDays,
      timeoutSeconds: settings.uploadTimeoutSeconds,
      overwrite: settings.overwrite
    })
    core.setOutput('artifact-id', String(uploaded.id))
    core.setOutput('artifact-url', uploaded.url ?? '')
    core.setOutput('artifact-digest', uploaded.digest ?? '')
    core.info(
      `Uploaded ${what} as the artifact "${upload.name}" (id ${uploaded.id}${uploaded.url ? `, ${uploaded.url}` : ''})`
    )
  } catch (error) {
    throw new Error(
      `${written}, but uploading it as the artifact "${upload.name}" failed: ${describeError(error)}. Check that the job can reach the artifact service and that artifact-name is unique in this run, then re-run the job.`
    )
  }
}

function manifestArtifactName(settings: ActionSettings, result: PromotionResult): string {
  return safeArtifactName(
    settings.artifactName ?? `promotion-manifest-${result.datasetSlug}-${result.datasetVersionId}`
  )
}

function violationsArtifactName(result: PromotionResult): string {
  return safeArtifactName(
    `promotion-violations-${result.datasetSlug}${result.datasetVersionId ? `-${result.datasetVersionId}` : ''}`
  )
}

/** What the job summary says the run uploads: it is written before the upload runs. */
export function uploadNote(settings: ActionSettings, result: PromotionResult): UploadNote {
  if (!settings.upload) return { none: '`upload` is false' }
  return result.status === 'pass'
    ? {
        what: 'the manifest, its Statement and its checksums file',
        artifact: manifestArtifactName(settings, result)
      }
    : { what: 'the violations report', artifact: violationsArtifactName(result) }
}

export async function uploadManifest(
  options: Options,
  settings: ActionSettings,
  result: PromotionResult
): Promise<void> {
  const name = manifestArtifactName(settings, result)
  const files = Object.values(outputPaths(options.out.absolute))
  const rootDirectory = path.dirname(options.out.absolute)
  await uploadWritten(
    settings,
    { name, files, rootDirectory },
    'the manifest',
    `The manifest passed and was written to ${options.out.path}`
  )
}

/** Writes the full violations report where the runner keeps a job's temporary files. */
export async function writeViolationsReport(
  result: Parameters<typeof violationsReportText>[0]
): Promise<string> {
  const directory = await scratchDirectory('promotion-violations-')
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
  const name = violationsArtifactName(result)
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
