// changed-datasets mode: the matrix of datasets a pull request changes (all of them outside one),
// and what the matrix cannot hold: datasets the pull request removes and changed paths in no
// dataset. Each of those fails the step unless its input allows it; allowed, it is listed.
import * as core from '@actions/core'
import type { DatasetChanges, DatasetRoot } from '../github/changed-datasets.js'
import { jsonArrayWithin } from '../model/json.js'
import { printable } from '../model/printable.js'
import { changedDatasetsSummary, NAMES_SHOWN } from '../report/summary.js'
import { STEP_OUTPUT_BYTES } from '../report/violations-report.js'
import { clipped } from '../report/words.js'
import { loadGithub } from './pull-request-steps.js'
import type { ActionSettings, ModeContext } from './settings.js'

/** Paths an output entry of removed-datasets names; file_count says how many there are. */
const OUTPUT_FILES = 20
/** Characters of one path in the failure sentence. */
const NAME_CHARACTERS = 200

/** The pull request's changes sorted by dataset, or every dataset outside a pull request. */
async function datasetChanges(
  workspace: string,
  settings: ActionSettings
): Promise<DatasetChanges & { total: number }> {
  const { classifyChanges, findDatasetRoots } = await import('../github/changed-datasets.js')
  const github = await loadGithub()
  const found = await findDatasetRoots(workspace, settings.datasets)
  const { roots, unusable } = found
  const pr = github.pullRequestOfEvent()
  if (!pr) {
    core.info(`Not a pull request event: all ${roots.length} dataset(s) count as changed.`)
    return { changed: roots, removed: [], outside: [], unusable, total: roots.length }
  }
  const files = await github.allChangedFiles(
    github.getOctokit(settings.token),
    pr,
    'the datasets the others change cannot be known, so none is promoted'
  )
  const changes = classifyChanges(found, files, settings.datasets)
  core.info(
    `Pull request #${pr.number} changes ${files.length} file(s) in ${changes.changed.length} of ${roots.length} dataset(s); it removes ${changes.removed.length} dataset(s) and changes ${changes.outside.length} path(s) outside any dataset.`
  )
  return { ...changes, total: roots.length }
}

/** Up to NAMES_SHOWN paths, quoted and printable, then how many more. */
function named(paths: readonly string[]): string {
  const shown = paths
    .slice(0, NAMES_SHOWN)
    .map((p) => `"${clipped(printable(p), NAME_CHARACTERS)}"`)
  const more = paths.length - shown.length
  return `${shown.join(', ')}${more > 0 ? `, and ${more} more (the job summary lists them)` : ''}`
}

/** The sentence that fails the step, when something is there that no input allows. */
function refusal(changes: DatasetChanges, settings: ActionSettings): string | undefined {
  const sentences: string[] = []
  const { removed, outside, unusable } = changes
  // No input allows these: a gate job would read through the link, out of the workspace.
  for (const root of unusable.slice(0, NAMES_SHOWN))
    sentences.push(
      `"${clipped(printable(root.path), NAME_CHARACTERS)}" ${root.reason}. Replace it with the directory or file itself.`
    )
  if (unusable.length > NAMES_SHOWN)
    sentences.push(`${unusable.length - NAMES_SHOWN} more root(s) or spec(s) are refused alike.`)
  if (removed.length > 0 && !settings.allowRemovals)
    sentences.push(
      `The pull request removes ${removed.length} dataset(s), deleting its spec, renaming it away or making it no regular file, with no spec left in its root: ${named(removed.map((r) => r.root))} (changed paths: ${named(removed.flatMap((r) => r.files))}). A removal is a decision of its own: restore the spec, or, if the dataset is meant to go, have the workflow's changed-datasets step allow it (allow-removals: true).`
    )
  if (outside.length > 0 && !settings.allowOutsideDatasets)
    sentences.push(
      `The pull request changes ${outside.length} path(s) the datasets globs cover that lie in no dataset (no spec.yaml, spec.yml or spec.json in a root the globs match), so no gate checks them: ${named(outside)}. Move them into a dataset, give their directory a spec, narrow the datasets globs, or have the changed-datasets step allow it (allow-outside-datasets: true).`
    )
  return sentences.length > 0 ? sentences.join(' ') : undefined
}

function setOutputs(changes: DatasetChanges): void {
  // A refused root is never gated: the step fails, and the matrix holds none of them.
  const matrix: DatasetRoot[] = changes.changed.map(({ dataset, root, spec }) => ({
    dataset,
    root,
    spec
  }))
  core.setOutput('changed-datasets', JSON.stringify({ include: matrix }))
  // For the aggregate check: true means gate jobs must run and pass; an empty matrix is a pass
  // only when this is false. Removals and outside paths are decided here, by this step.
  core.setOutput('datasets-changed', String(matrix.length > 0))
  const removed = changes.removed.map(({ dataset, root, spec, files }) => ({
    dataset,
    root,
    spec,
    file_count: files.length,
    files: files.slice(0, OUTPUT_FILES)
  }))
  core.setOutput('removed-datasets', jsonArrayWithin(removed, STEP_OUTPUT_BYTES))
  core.setOutput('outside-datasets', jsonArrayWithin(changes.outside, STEP_OUTPUT_BYTES))
}

/** Each removed dataset and outside path in the log, behind a word so none starts a line. */
function logDecisions(changes: DatasetChanges): void {
  for (const u of changes.unusable) core.info(`Refused root or spec: ${printable(u.path)}`)
  for (const r of changes.removed) {
    core.info(`Removed dataset: ${printable(r.root)} (spec ${printable(r.spec)})`)
    for (const file of r.files) core.info(`  removed dataset's path: ${printable(file)}`)
  }
  for (const file of changes.outside) core.info(`Outside any dataset: ${printable(file)}`)
}

export async function runChangedDatasets({ workspace, settings }: ModeContext): Promise<void> {
  if (!settings.datasets.trim())
    throw new Error(
      'mode: changed-datasets needs the datasets input (dataset root globs, e.g. datasets/*).'
    )
  const changes = await datasetChanges(workspace, settings)
  setOutputs(changes)
  logDecisions(changes)
  if (process.env.GITHUB_STEP_SUMMARY) {
    const report = {
      ...changes,
      allowRemovals: settings.allowRemovals,
      allowOutside: settings.allowOutsideDatasets
    }
    await core.summary.addRaw(changedDatasetsSummary(report), true).write()
  }
  const refused = refusal(changes, settings)
  if (refused) throw new Error(refused)
}
