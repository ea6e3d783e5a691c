// The earlier version "Changes since" compares with: a manifest file (previous-manifest), or the
// last version the ledger records, its manifest read from its release and checked against the
// digest the ledger holds for it.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { parseJsonText } from '../documents/json-document.js'
import { diffManifests, ManifestDiffError } from '../diff/manifests.js'
import { SLUG_PATTERN } from '../gates/a-identity.js'
import type { LedgerRecord } from '../ledger/record.js'
import { sha256Digest } from '../model/digest.js'
import { isRecord } from '../model/json.js'
import { printable } from '../model/printable.js'
import { changesSection, type ChangesSince } from '../report/release-notes.js'
import type { ActionSettings } from './settings.js'
import { describeError } from './upload.js'

export type Previous =
  { version: string; manifest: unknown } | { version: string; problem: string } | { first: true }

/** The manifest file previous-manifest names; a file that cannot be read fails the step. */
export async function previousFromFile(workspace: string, file: string): Promise<Previous> {
  const shown = printable(file)
  let manifest: unknown
  try {
    manifest = parseJsonText(shown, await readFile(path.resolve(workspace, file))).value
  } catch (error) {
    throw new Error(
      `previous-manifest ${shown} cannot be read as JSON (${describeError(error)}); give the manifest of an earlier version, or leave previous-manifest empty.`
    )
  }
  const version = isRecord(manifest) ? manifest.dataset_version_id : undefined
  return { version: typeof version === 'string' ? version : shown, manifest }
}

/** The ledger record's manifest, from its release; what went wrong as a sentence, not a failure. */
export async function previousFromLedger(
  settings: ActionSettings,
  record: LedgerRecord | undefined
): Promise<Previous> {
  if (!record) return { first: true }
  const version = record.dataset_version_id
  const github = await import('@actions/github')
  const { publishedRelease } = await import('../github/releases.js')
  const { releasedManifest, releaseTag } = await import('../github/publish.js')
  try {
    const octokit = github.getOctokit(settings.token)
    const { repo } = github.context
    const release = await publishedRelease(octokit, repo, releaseTag(record.dataset_slug, version))
    const bytes = release && (await releasedManifest(octokit, repo, release))
    if (!bytes) return { version, problem: `The release of ${version} has no manifest asset.` }
    if (sha256Digest(bytes) !== record.manifest_digest)
      return {
        version,
        problem: `The manifest asset of ${version} is not the one the ledger records (${record.manifest_digest}): not compared.`
      }
    return { version, manifest: parseJsonText(version, bytes).value }
  } catch (error) {
    return {
      version,
      problem: `The manifest of ${version} could not be read: ${describeError(error)}`
    }
  }
}

/** What the changes section shows, comparing `current` with `previous`. */
export function changesSince(previous: Previous, current: unknown): ChangesSince {
  if (!('manifest' in previous)) {
    if ('problem' in previous)
      core.warning(`Changes since ${previous.version}: ${previous.problem}`)
    return previous
  }
  try {
    return { version: previous.version, diff: diffManifests(previous.manifest, current) }
  } catch (error) {
    if (!(error instanceof ManifestDiffError)) throw error
    const problem = `not compared: ${error.message}`
    core.warning(`Changes since ${previous.version}: ${problem}`)
    return { version: previous.version, problem }
  }
}

/**
 * promote mode: the version previous-manifest or previous: ledger names, read before the run;
 * undefined when neither is asked for. A ledger that cannot be read leaves a sentence, not a
 * failure: the changes inform the reader, the gates decide.
 */
export async function previousOfPromotion(
  workspace: string,
  settings: ActionSettings,
  slug: string
): Promise<Previous | undefined> {
  if (settings.previousManifest) return previousFromFile(workspace, settings.previousManifest)
  if (!settings.previousFromLedger) return undefined
  // Gate A judges the slug; until then it names no ledger.
  if (!SLUG_PATTERN.test(slug)) return undefined
  const github = await import('@actions/github')
  const { ledgerLocation, readLedger } = await import('../github/ledger.js')
  try {
    const at = ledgerLocation(github.context.repo, settings.ledgerBranch, slug)
    const ledger = await readLedger(github.getOctokit(settings.token), at)
    return previousFromLedger(settings, ledger.records.at(-1))
  } catch (error) {
    return { version: 'the last published version', problem: describeError(error) }
  }
}

/** The changes section for a promotion's summary or comment, worked out once per run. */
export function promotionChanges(
  previous: Previous | undefined
): (manifest: unknown, maxBytes: number) => string[] {
  let changes: ChangesSince | undefined
  return (manifest, maxBytes) => {
    if (!previous || manifest === undefined) return []
    changes ??= changesSince(previous, manifest)
    return changesSection(changes, maxBytes)
  }
}
