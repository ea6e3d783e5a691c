// changed-datasets mode: the matrix of datasets a pull request changes (all of them outside one).
import * as core from '@actions/core'
import { changedDatasetsSummary } from '../report/summary.js'
import { loadGithub } from './github.js'
import type { ActionSettings } from './inputs.js'

export async function runChangedDatasets(
  workspace: string,
  settings: ActionSettings
): Promise<void> {
  if (!settings.datasets.trim())
    throw new Error(
      'mode: changed-datasets needs the datasets input (dataset root globs, e.g. datasets/*).'
    )
  const { changedDatasets, findDatasetRoots } = await import('../github/changed-datasets.js')
  const { getOctokit, changedFiles, describeApiError, pullRequestOfEvent } = await loadGithub()
  const roots = await findDatasetRoots(workspace, settings.datasets)
  const pr = pullRequestOfEvent()
  let changed = roots
  if (pr) {
    const files = await changedFiles(getOctokit(settings.token), pr).catch((error: unknown) => {
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
    await core.summary.addRaw(changedDatasetsSummary(changed, roots.length), true).write()
  }
}
