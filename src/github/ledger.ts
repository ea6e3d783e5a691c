// The ledger on its branch, through the Git Data API: read at the branch's tip, and appended as
// one commit whose parent is that tip, the ref moved without force. A concurrent publication
// that moved the branch first makes GitHub refuse the move (422); the record is then appended
// again to what is there now, a bounded number of times. History is never rewritten.
import { setTimeout as sleep } from 'node:timers/promises'
import { appendRecord, ledgerLine, lineDigest, type LedgerRecord } from '../ledger/record.js'
import { verifyLedger } from '../ledger/verify-ledger.js'
import type { Octokit } from './pull-request.js'
import type { Repository } from './releases.js'

export interface LedgerLocation extends Repository {
  branch: string
  /** The ledger's path on the branch, `ledger/<slug>.jsonl`. */
  file: string
}

interface LedgerAtTip {
  /** The branch's tip; undefined while the branch does not exist. */
  tip?: { commit: string; tree: string }
  text: string
  records: LedgerRecord[]
}

/** The dataset's ledger in the repository: `ledger/<slug>.jsonl` on the ledger branch. */
export function ledgerLocation(repo: Repository, branch: string, slug: string): LedgerLocation {
  return { ...repo, branch, file: `ledger/${slug}.jsonl` }
}

/** Where a ledger is, in words, for messages. */
export function ledgerName(at: LedgerLocation): string {
  return `${at.file} on branch ${at.branch}`
}

class LedgerInvalid extends Error {}

function status(error: unknown): number | undefined {
  return (error as { status?: number }).status
}

/** The ledger at the branch's tip, verified: a ledger that does not verify is never appended to. */
export async function readLedger(octokit: Octokit, at: LedgerLocation): Promise<LedgerAtTip> {
  const repository = { owner: at.owner, repo: at.repo }
  let commit: string
  try {
    const { data } = await octokit.rest.git.getRef({ ...repository, ref: `heads/${at.branch}` })
    commit = data.object.sha
  } catch (error) {
    if (status(error) === 404) return { text: '', records: [] }
    throw error
  }
  const { data: head } = await octokit.rest.git.getCommit({ ...repository, commit_sha: commit })
  const tip = { commit, tree: head.tree.sha }
  const { data: tree } = await octokit.rest.git.getTree({
    ...repository,
    tree_sha: tip.tree,
    recursive: '1'
  })
  const entry = tree.tree.find((e) => e.path === at.file && e.type === 'blob')
  if (!entry && tree.truncated)
    throw new LedgerInvalid(
      `The tree of branch ${at.branch} is too large for GitHub to list whole, so ${at.file} cannot be found in it; keep only ledger files on that branch.`
    )
  if (!entry?.sha) return { tip, text: '', records: [] }
  const { data: blob } = await octokit.rest.git.getBlob({ ...repository, file_sha: entry.sha })
  const text = Buffer.from(blob.content, 'base64').toString('utf8')
  const verdict = verifyLedger(text, { path: at.file })
  if (!verdict.ok) {
    const first = verdict.violations[0]!
    throw new LedgerInvalid(
      `The ledger ${ledgerName(at)} does not verify (${verdict.violations.length} problem(s); line ${first.line ?? '?'}: ${first.message}), so nothing is appended to it. Check it with "ledger verify" and restore it from the branch's history.`
    )
  }
  return { tip, text, records: verdict.records }
}

export interface Appended {
  record: LedgerRecord
  /** The record's own digest (of its line): the ledger-record-digest output. */
  digest: string
  /** False when the ledger already held this version with this manifest (a re-run). */
  appended: boolean
}

/** What is checked against the ledger at each attempt, before appending: throws to refuse. */
type LedgerCheck = (ledger: LedgerAtTip) => void

const LEDGER_ATTEMPTS = 10

/** Waits before attempt `n` (1-based, after a refusal): 0.5 s doubling to 8 s, with jitter. */
function backoff(attempt: number): Promise<void> {
  const base = Math.min(500 * 2 ** (attempt - 1), 8000)
  return sleep(base + Math.floor(Math.random() * 250))
}

async function commitAppended(
  octokit: Octokit,
  at: LedgerLocation,
  ledger: LedgerAtTip,
  text: string,
  message: string
): Promise<void> {
  const repository = { owner: at.owner, repo: at.repo }
  const { data: blob } = await octokit.rest.git.createBlob({
    ...repository,
    content: Buffer.from(text, 'utf8').toString('base64'),
    encoding: 'base64'
  })
  const { data: tree } = await octokit.rest.git.createTree({
    ...repository,
    ...(ledger.tip ? { base_tree: ledger.tip.tree } : {}),
    tree: [{ path: at.file, mode: '100644', type: 'blob', sha: blob.sha }]
  })
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repository,
    message,
    tree: tree.sha,
    parents: ledger.tip ? [ledger.tip.commit] : []
  })
  if (ledger.tip)
    await octokit.rest.git.updateRef({
      ...repository,
      ref: `heads/${at.branch}`,
      sha: commit.sha,
      force: false
    })
  else
    await octokit.rest.git.createRef({
      ...repository,
      ref: `refs/heads/${at.branch}`,
      sha: commit.sha
    })
}

/**
 * Appends the record to the ledger as one commit on its branch (creating the branch with it when
 * absent), or finds it already there. A refused ref move (another publication moved the branch)
 * is retried on the new tip, at most LEDGER_ATTEMPTS times within about a minute.
 */
export async function appendToLedger(
  octokit: Octokit,
  at: LedgerLocation,
  fields: Omit<LedgerRecord, 'seq' | 'previous'>,
  check: LedgerCheck,
  /** Waits before a retry; tests pass one that does not wait. */
  wait: (retry: number) => Promise<void> = backoff
): Promise<Appended> {
  for (let attempt = 1; attempt <= LEDGER_ATTEMPTS; attempt++) {
    if (attempt > 1) await wait(attempt - 1)
    const ledger = await readLedger(octokit, at)
    const there = ledger.records.find(
      (r) =>
        r.dataset_version_id === fields.dataset_version_id &&
        r.manifest_digest === fields.manifest_digest
    )
    if (there) return { record: there, digest: lineDigest(ledgerLine(there)), appended: false }
    check(ledger)
    const next = appendRecord(ledger.text, fields)
    const message = `ledger: ${fields.dataset_slug} ${fields.dataset_version_id} (record ${next.record.seq})`
    try {
      await commitAppended(octokit, at, ledger, next.text, message)
      return { record: next.record, digest: next.digest, appended: true }
    } catch (error) {
      // 422: the branch moved (not a fast forward) or was created meanwhile; anything else is
      // not a race and is not retried.
      if (status(error) !== 422) throw error
    }
  }
  throw new Error(
    `Appending to the ledger ${ledgerName(at)} failed: the branch moved under each of ${LEDGER_ATTEMPTS} attempts (other publications kept landing first, or something else writes to it). Re-run the job: publishing again is a no-op for the release and appends the missing record.`
  )
}
