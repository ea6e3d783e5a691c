// publish mode: verifies the workspace against the manifest (as verify mode, expect-digest
// required), then publishes the version as a GitHub release and records it in the ledger
// (github/publish.ts). A refusal (RELEASE_CONFLICT, RELEASE_ROLLBACK) or a failed verification
// writes nothing and fails the job.
import { readFile } from 'node:fs/promises'
import * as core from '@actions/core'
import { parseJsonText } from '../documents/json-document.js'
import { ledgerLocation, ledgerName } from '../github/ledger.js'
import type { LedgerRecord } from '../ledger/record.js'
import { sha256Digest } from '../model/digest.js'
import { SLUG_PATTERN } from '../gates/a-identity.js'
import { GATES } from '../model/gate-letter.js'
import { isRecord } from '../model/json.js'
import type { Violation } from '../model/violation.js'
import { printable } from '../model/printable.js'
import { outputPaths } from '../manifest/output-paths.js'
import type { RawInputs } from '../options/inputs.js'
import { UsageError, parseVerifyOptions } from '../options/parse.js'
import { nonEmpty } from '../options/values.js'
import { changesSection, releaseNotes, type ChangesSince } from '../report/release-notes.js'
import { SUMMARY_LIMITS } from '../report/summary.js'
import { renderPublished, renderRefused } from '../report/publish-summary.js'
import {
  ASSETS,
  describePublishError,
  publishVersion,
  type Publication,
  type PublishedVersion
} from '../github/publish.js'
import type { ModeContext } from './settings.js'
import { changesSince, previousFromFile, previousFromLedger, type Previous } from './previous.js'
import { writeViolationsReport } from './upload.js'
import { endWithVerdict } from './verdict.js'
import { runVerifyMode } from './verify-mode.js'

async function readSidecar(file: string, what: string, shown: string): Promise<Buffer> {
  return readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `${what} ${printable(shown)} cannot be read (${error.code ?? error.message}): publishing uploads the manifest with its Statement and checksums, so download the whole promotion artifact beside the manifest.`
    )
  })
}

/** The verified manifest and its sidecars, read again and held to the verified digest. */
async function publishedFiles(workspace: string, raw: RawInputs, digest: string) {
  const { manifest } = parseVerifyOptions(raw, workspace)
  const absolute = outputPaths(manifest.absolute)
  const shown = outputPaths(manifest.path)
  const files = {
    manifest: await readSidecar(absolute.manifest, 'The manifest', shown.manifest),
    statement: await readSidecar(absolute.statement, 'The Statement', shown.statement),
    checksums: await readSidecar(absolute.checksums, 'The checksums file', shown.checksums)
  }
  if (sha256Digest(files.manifest) !== digest)
    throw new Error(
      `${printable(manifest.path)} changed after it was verified (${digest}); nothing was published. Re-run the job.`
    )
  return {
    path: manifest.path,
    files,
    value: parseJsonText(shown.manifest, files.manifest).value
  }
}

function text(value: unknown, key: string): string {
  const at = isRecord(value) ? value[key] : undefined
  return typeof at === 'string' ? at : ''
}

/** What publishing reads of the run's context (@actions/github's). */
interface Context {
  sha: string
  serverUrl: string
  repo: { owner: string; repo: string }
  runId: number
}

function runUrl(context: Context) {
  const { owner, repo } = context.repo
  return context.runId ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}` : ''
}

/** A refused publication: the verdict outputs, annotations, report and summary say why. */
async function refuse(
  context: ModeContext,
  version: { slug: string; versionId: string; manifestPath: string },
  refused: Violation[]
): Promise<void> {
  const verdict = {
    status: 'fail' as const,
    violations: refused,
    datasetSlug: version.slug,
    datasetVersionId: version.versionId,
    manifestPath: version.manifestPath,
    gates: [
      {
        gate: 'A' as const,
        title: GATES.A,
        status: 'fail' as const,
        violations: refused.length,
        checked: []
      }
    ]
  }
  await endWithVerdict(context, {
    ...verdict,
    reportPath: await writeViolationsReport(verdict),
    outputs: () => {},
    summary: () => renderRefused(refused),
    failed: `Publishing refused (${refused[0]!.code}): ${refused[0]!.message}`,
    alwaysFails: true
  })
}

/** What is published, from the verified manifest and the run's context. */
function versionOf(
  manifest: Awaited<ReturnType<typeof publishedFiles>>,
  digest: string,
  context: Context
): PublishedVersion {
  if (!context.sha)
    throw new Error(
      'GITHUB_SHA is not set: publish mode tags the gated commit, so run it in a workflow job.'
    )
  const slug = text(manifest.value, 'dataset_slug')
  // The schema verify checked holds the slug to this pattern; it names a file on the branch.
  if (!SLUG_PATTERN.test(slug))
    throw new Error(`${printable(manifest.path)} has no valid dataset_slug.`)
  return {
    manifestPath: manifest.path,
    slug,
    versionId: text(manifest.value, 'dataset_version_id'),
    specHash: text(manifest.value, 'spec_hash'),
    releasedAt: text(manifest.value, 'released_at'),
    manifestDigest: digest,
    files: manifest.files,
    commit: context.sha,
    runUrl: runUrl(context)
  }
}

/** The outputs, the summary (with the changes the notes showed) and the log line of a pass. */
async function reportPublished(
  outcome: Exclude<Publication, { refused: Violation[] }>,
  ledger: string,
  changes: ChangesSince | undefined
): Promise<void> {
  const { release } = outcome
  core.setOutput('release-url', release.url)
  core.setOutput('release-id', String(release.id))
  core.setOutput('ledger-record-digest', outcome.ledger.digest)
  core.setOutput('previous-version', outcome.previous?.dataset_version_id ?? '')
  const record = `ledger record ${outcome.ledger.record.seq} (${outcome.ledger.digest})`
  core.info(
    printable(
      outcome.created
        ? `Published ${release.tag} at ${release.url}; ${record}.`
        : `${release.tag} is already published with this manifest (${release.url}): nothing to publish; ${record}${outcome.ledger.appended ? ' appended now' : ' already there'}.`
    )
  )
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const report = {
    tag: release.tag,
    url: release.url,
    created: outcome.created,
    ledger,
    seq: outcome.ledger.record.seq,
    recordDigest: outcome.ledger.digest,
    appended: outcome.ledger.appended,
    previousVersion: outcome.previous?.dataset_version_id
  }
  const section = changes ? changesSection(changes, SUMMARY_LIMITS.bytes / 4) : []
  await core.summary.addRaw(renderPublished(report, section), true).write()
}

export async function runPublishMode(context: ModeContext): Promise<void> {
  const { workspace, raw, settings } = context
  if (!nonEmpty(raw['expect-digest']))
    throw new UsageError(
      "expect-digest is required in publish mode: the generating job's manifest-digest output, so what is published is the manifest the gate passed."
    )
  const verified = await runVerifyMode(context)
  if (verified.status !== 'pass' || !verified.manifestDigest) {
    core.info('Nothing was published: the manifest did not verify.')
    return
  }
  const manifest = await publishedFiles(workspace, raw, verified.manifestDigest)
  const github = await import('@actions/github')
  const version = versionOf(manifest, verified.manifestDigest, github.context)
  const ledgerAt = ledgerLocation(github.context.repo, settings.ledgerBranch, version.slug)
  let changes: ChangesSince | undefined
  const notes = async (last: LedgerRecord | undefined): Promise<string> => {
    const previous: Previous = settings.previousManifest
      ? await previousFromFile(workspace, settings.previousManifest)
      : settings.previousFromLedger
        ? await previousFromLedger(settings, last)
        : { first: true }
    changes = changesSince(previous, manifest.value)
    const files = { manifestDigest: version.manifestDigest, checksums: ASSETS.checksums }
    return releaseNotes(manifest.value, files, changes)
  }
  const outcome = await publishVersion(
    github.getOctokit(settings.token),
    ledgerAt,
    version,
    notes
  ).catch((error: unknown) => {
    throw new Error(describePublishError(`${version.slug}/${version.versionId}`, error))
  })
  if ('refused' in outcome) return refuse(context, version, outcome.refused)
  await reportPublished(outcome, ledgerName(ledgerAt), changes)
}
