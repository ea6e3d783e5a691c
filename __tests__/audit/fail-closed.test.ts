// The fail-closed audit: every `catch` in src/ is listed here with what it turns an error into,
// and the test fails when a catch is added or removed without this list being read again. The
// catches that return a value instead of throwing are the ones that could turn a failure into a
// pass; each has a test below (or names the test elsewhere) proving its value blocks promotion.
import { readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT_BASE, rootPathOfIri } from '../../src/catalogs/jsonld.js'
import { rereadLines } from '../../src/documents/line-finders.js'
import { licenseProblem } from '../../src/gates/b-licensing.js'
import { fileNameOf } from '../../src/gates/d-remote-assets.js'
import { sha256Digest } from '../../src/model/digest.js'
import { attestationProblem } from '../../src/gates/g-posture.js'
import { parseOptions } from '../../src/options/parse.js'
import { promote } from '../../src/pipeline.js'
import { PROJECT } from '../helpers/runner.js'
import { copyExample, exampleInputs, removeTempDirs, tempDir } from '../helpers/workspace.js'

afterAll(removeTempDirs)

/** file → one line per catch, in source order: what the error becomes. */
const AUDIT: Record<string, string[]> = {
  'action/pull-request-steps.ts': [
    'listing reviews: rethrown with what to check',
    'reading team membership for reviews: TeamMembershipRefused as it is, anything else rethrown with what to check',
    'reading the head commit for released-at: pull-request: rethrown with what to check (pull-request: "released-at: pull-request")',
    'listing the files for trusted configuration (refused, or cut at GitHub\'s limit): a warning, and the summary says the changes are not known; not part of the verdict (pull-request: "warns, and leaves the verdict to the gates")',
    'commenting: a warning; the verdict is the gates\' alone (pull-request: "warns, and leaves the verdict to the gates")'
  ],
  'action/lfs.ts': [
    ".lfsconfig absent: undefined, so the repository's own LFS endpoint is asked; any other read error rethrown naming the file, the job fails"
  ],
  'action/main.ts': ['anything a mode throws: core.setFailed, the job fails'],
  'action/promote-mode.ts': [
    'a promote step failing after its outputs and summary said pass (the files did not move): the outputs set again empty and a summary line saying no manifest was written, then rethrown, the job fails (faults: failure paths)'
  ],
  'action/shard-download.ts': [
    'shard download failure (digest mismatch, no digest, service error): rethrown naming inventory-shards, the job fails (shards: "a download does not have the digest")'
  ],
  'action/previous.ts': [
    'a previous-manifest that cannot be read as JSON: rethrown naming it, the job fails',
    'the previous release\'s manifest that cannot be read: a sentence in the changes section and a warning; the changes inform, the verdict is the gates\' (publish: "a hostile previous manifest")',
    'a ledger that cannot be read for previous: ledger: the same sentence and warning, no effect on the verdict (publish: "promote mode shows the changes")',
    'an earlier manifest that is not a v1 manifest (ManifestDiffError): "not compared" and why, in the changes section and a warning; anything else rethrown (publish: "a hostile previous manifest")'
  ],
  'action/publish-mode.ts': [
    'the manifest, Statement or checksums that cannot be read: rethrown naming the file and what to download, nothing published',
    'any API failure while publishing: rethrown with the status and what to check, the job fails (publish: "fails naming the permission")'
  ],
  'action/runner-files.ts': [
    'GITHUB_OUTPUT or GITHUB_STEP_SUMMARY that cannot be written: rethrown naming the file and what is wrong with it; before a pass moves its files, so the older ones stay (faults: failure paths)'
  ],
  'action/upload.ts': [
    'manifest or shard file upload failure (uploadWritten): rethrown with what was written where and what to check, the job fails (upload tests)',
    'violations-report upload failure: a warning; the job still fails (upload: "report upload refused")'
  ],
  'catalogs/jsonld.ts': [
    'expansion failure: rethrown, naming a refused remote context (JSONLD_INVALID fixture)',
    'an undecodable file IRI: "outside", so LINK_OUTSIDE_ROOT (below)'
  ],
  'catalogs/read-catalogs.ts': [
    'DocumentError: unreadable as JSON, so CATALOG_INVALID; anything else rethrown (CATALOG_INVALID fixture)',
    'any JSON-LD failure, a stack overflow included: JSONLD_INVALID (hostile json-deep-catalog)'
  ],
  'cli/diff-command.ts': [
    'a manifest that cannot be read (DocumentError) or is not v1 (ManifestDiffError): one "error:" line naming the file, exit 2, never 1 ("they differ"); anything else rethrown (ledger-diff-cli)'
  ],
  'github/lfs-batch.ts': [
    'an LFS server URL that is not a URL: LfsServerError naming it, the job fails (lfs-batch: "sends the token only over https")',
    'a batch answer that is not JSON: LfsServerError, the job fails (lfs-batch: "stops on an answer that is not JSON")',
    'any failure of a batch request (unreachable, timeout, HTTP status, redirect, an answer that is not one): LfsServerError naming the server, never the token; the job fails (lfs-batch tests, e2e lfs)'
  ],
  'cli/command.ts': [
    'flag parsing, every command: a usage error, exit 2 (cli tests, ledger-diff-cli: "refuses … with exit 2")',
    "a command's options: UsageError exit 2, anything else rethrown"
  ],
  'cli/index.ts': [
    'anything escaping the CLI: one "error:" line, exit 2, never 1 ("violations") (faults: the out directory)'
  ],
  'cli/promote-command.ts': [
    'a given STAC extension schema that cannot be used: exit 2, anything else rethrown'
  ],
  'diff/read-side.ts': [
    'a catalog file that cannot be read while looking for the collection: counted, and the collection left out saying why; never compared from a guess (ledger-diff-cli: "leaves the collection out")',
    'a catalog file with the listed digest that is not JSON: counted as unreadable, the collection left out saying why (as above)',
    'a listed file whose size cannot be read (gone, a link out of the root): no size shown; sizes only inform, the diff is by digest'
  ],
  'documents/read-document.ts': [
    "DocumentError: unreadable, so the gate's *_INVALID; else rethrown"
  ],
  'documents/document-bytes.ts': [
    'the head of a catalog refused unread (too large) that cannot be read: no kinds named, so nothing folded under it; the catalog is CATALOG_INVALID already (causes/catalog-too-large-dcat)',
    'I/O error, or not a regular file: DocumentError naming the file (hostile special-fifo-*)',
    "a file read again (a violation's line, what an unreadable catalog's bytes say) that cannot be: no line, no digests named (it was read and judged already; below)"
  ],
  'documents/path-hint.ts': [
    'a directory that cannot be listed while guessing a "did you mean" for a missing document: no guess; the document is unreadable as it was (documents/path-hint)'
  ],
  'documents/receipts.ts': ['DocumentError: unreadable, so RECEIPT_INVALID; else rethrown'],
  'documents/spec.ts': [
    'YAML conversion failure (alias limit): DocumentError, so SPEC_INVALID',
    'DocumentError: unreadable, so SPEC_INVALID; else rethrown'
  ],
  'documents/strict-json.ts': ['JSON syntax error: DocumentError with the line'],
  'gates/b-licensing.ts': ['an unparseable SPDX expression: LICENSE_INVALID (below)'],
  'gates/d-remote-assets.ts': [
    "a remote link's file name whose escapes do not decode: the segment as written, used only to name a candidate; a pass still needs a digest (below)"
  ],
  'gates/g-posture.ts': ['a DSSE payload that is not base64 JSON: ATTESTATION_INVALID (below)'],
  'github/ledger.ts': [
    'the ledger branch not found (404): no ledger yet, created with the first record; anything else rethrown (publish: "the first line of a new ledger branch")',
    'a ref write refused (422, the branch moved): appended again on the new tip, at most 10 times, then an error naming the ledger; anything else rethrown (publish: "gives up after 10 refused attempts")'
  ],
  'github/pull-request.ts': [
    'listing pull-request files (changed-datasets, trusted-paths): rethrown with what to check'
  ],
  'github/releases.ts': [
    'no published release under the tag (404): the version is not published yet; anything else rethrown (publish: the fixtures)'
  ],
  'github/reviews.ts': [
    'team membership 404: the approval is not counted (pull-request: "count approving reviews"); 401/403: TeamMembershipRefused, the job fails saying which token can (pull-request: "say why a team cannot be read"); else rethrown'
  ],
  'github/artifact-upload.ts': [
    'overwrite: no artifact of that name to delete is the usual case, so the upload goes on; anything else rethrown'
  ],
  'inventory/crawl.ts': [
    'stat failure: SYMLINK_DANGLING, SYMLINK_LOOP, a missing search path skipped (its pattern then matches nothing); else rethrown'
  ],
  'gates/f-written.ts': [
    'a Statement value with no canonical form (a number JSON reads as Infinity): not the same as the expected one, so SIDECAR_MISMATCH'
  ],
  'github/changed-datasets.ts': [
    'lstat of a matched directory or spec: ENOENT/ENOTDIR is nothing there (no root, or no spec), anything else rethrown, the step fails',
    'realpath of a linked root, for its message only: the root is refused either way (changed-datasets "a dataset root is a directory")'
  ],
  'inventory/find-files.ts': ['any crawl failure: GLOB_FAILED (GLOB_FAILED fixture)'],
  'inventory/hash-worker.ts': [
    'a read failure: an error outcome, so FILE_UNREADABLE (changing-files)'
  ],
  'inventory/precomputed-list.ts': [
    'DocumentError: PRECOMPUTED_INVALID; else rethrown',
    'realpath failure: a missing directory on the way (a precomputed entry not present, kept unverified) or a link to nothing, so SYMLINK_DANGLING (a precomputed entry whose link leads nowhere, below)',
    'lstat failure: nothing there, so a precomputed entry not present, kept unverified (inventory: "keep an entry whose file is not present")'
  ],
  'inventory/listed-stores.ts': [
    "stat failure: a listed store's directory is not there (or a file stands in its place), so FILE_MISSING on the store (__tests__/verify/stores.test.ts, and the directory replaced by a file in verify.test.ts)"
  ],
  'inventory/pattern-hint.ts': [
    'any failure while guessing a "did you mean" (a directory that cannot be read): no hint; the PATTERN_MATCHES_NOTHING it would add to stands as it is (causes: pattern fixtures)'
  ],
  'inventory/shards.ts': [
    'DocumentError: SHARD_INVALID naming the shard file; else rethrown (violation fixture SHARD_INVALID)',
    "a file of the promote job's tree that cannot be stat'ed: FILE_UNREADABLE, as an unsharded run reports it (shard-tree)",
    'under lfs: pointers, a small file of the tree that cannot be read for its pointer: its own size, so the comparison with the shards says it changed (lfs-inventory-cli)'
  ],
  'inventory/locate.ts': [
    'lstat/stat failure: nothing there, so FILE_MISSING, or a link to nothing, SYMLINK_DANGLING (verify/hostile)',
    'realpath failure: ELOOP is SYMLINK_LOOP, anything else a link to nothing, SYMLINK_DANGLING (verify/hostile)'
  ],
  'documents/ledger-lines.ts': [
    'a ledger line that is not JSON: its parse error kept as evidence, so LEDGER_RECORD_INVALID (ledger: "broken JSON")'
  ],
  'ledger/read-ledger.ts': [
    'DocumentError (missing, not a file, too large): LEDGER_UNREADABLE, exit 1; else rethrown (ledger-diff-cli)',
    'bytes that are not UTF-8: LEDGER_UNREADABLE with the line; else rethrown (LEDGER_UNREADABLE fixture)'
  ],
  'manifest/write.ts': [
    'a temporary that cannot be written: removed, and rethrown',
    'a target that is not there: nothing to keep aside (every first write); anything else rethrown, so nothing moves',
    'a target that cannot be hard-linked aside: a regular file is copied aside instead (no test: it needs a file system without hard links); anything else, or a copy that fails, rethrown, so nothing moves',
    'an older file that cannot be put back after a failed rename: named in the WriteError with where it is kept, the job fails (write.test)',
    'any write, check, beforeRename or rename failure: renamed files put back, temporaries and kept files removed as far as they can be (removeAll: a hidden leftover is clutter, not a failure), WriteError, the job fails (faults, write.test)',
    'an out directory that cannot be resolved: left to the write, which then fails (faults: missing)'
  ],
  'remote/azure-target.ts': [
    'a blob download failure (404, refused, stalled): rethrown as a ReadFailure with a sentence, so REMOTE_ASSET_UNREADABLE (object-stores: "a missing one")'
  ],
  'remote/failure.ts': [
    'a retryable failure (network, timeout, 5xx) tried again up to the policy; the last, or any other, rethrown (remote-assets: "a 503 then the object passes", "a server that stalls")'
  ],
  'remote/http-thread.ts': [
    'any failure reading one http(s) link on a reading thread: a problem, so REMOTE_ASSET_UNREADABLE for that link (REMOTE_ASSET_UNREADABLE fixture)'
  ],
  'remote/http.ts': [
    'a fetch that failed or stalled: rethrown as a retryable ReadFailure naming the URL; ReadFailure as it is (remote-assets: fetch tests)'
  ],
  'remote/read-links.ts': [
    'any failure reading one link: a problem, so REMOTE_ASSET_UNREADABLE for that link (REMOTE_ASSET_UNREADABLE fixture)'
  ],
  'remote/s3.ts': [
    'an S3 failure (404, refused, stalled): rethrown as a ReadFailure with a sentence, so REMOTE_ASSET_UNREADABLE (object-stores: "a missing one")'
  ],
  'verify-written.ts': [
    'a sidecar that cannot be read (only ENOENT means absent), is not UTF-8, or (the Statement) is not strict JSON (DocumentError): SIDECAR_MISMATCH; else rethrown'
  ]
}

const CATCH = /\}\s*catch\b|\.catch\(/g

function sourceFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'generated') return []
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return sourceFiles(path.join(dir, entry.name), relative)
    return entry.name.endsWith('.ts') ? [relative] : []
  })
}

describe('every catch in src/', () => {
  it('is in the audit, with what it turns an error into', () => {
    const found: Record<string, number> = {}
    for (const file of sourceFiles(path.join(PROJECT, 'src'))) {
      const count = readFileSync(path.join(PROJECT, 'src', file), 'utf8').match(CATCH)?.length
      if (count) found[file] = count
    }
    const audited = Object.fromEntries(Object.entries(AUDIT).map(([f, lines]) => [f, lines.length]))
    expect(found).toEqual(audited)
  })
})

async function run(workspace: string, overrides: Record<string, string> = {}) {
  return promote(parseOptions(exampleInputs(overrides), workspace))
}

describe('catches that return a value: the value blocks promotion', () => {
  it('a STAC href that is no URL at all is LINK_UNRESOLVED, not skipped as a web link', async () => {
    const workspace = copyExample()
    const item = path.join(workspace, 'catalog/stac/items/discharge_daily.json')
    const value = JSON.parse(readFileSync(item, 'utf8'))
    value.assets.basin_dem_tif.href = 'http://[not-a-host'
    writeFileSync(item, JSON.stringify(value, null, 2))
    const result = await run(workspace)
    expect(result.status).toBe('fail')
    expect(result.violations.map((v) => v.message).join('\n')).toContain(
      'has the href "http://[not-a-host", which is not a valid URL or relative path'
    )
  })

  it('a file IRI whose escapes do not decode is outside the root', () => {
    expect(rootPathOfIri(`${ROOT_BASE}data/%E0%A4%A.csv`)).toBe('outside')
    expect(rootPathOfIri(`${ROOT_BASE}data/a%20b.csv`)).toBe('data/a b.csv')
  })

  it("a remote link's undecodable file name is kept as written: it names no artifact", () => {
    // The name only picks the artifact a link without a checksum claims to be; a pass still
    // needs a digest of the release (gates/remote-assets.test.ts).
    expect(fileNameOf('https://h.example/a%E0%A4%A.csv')).toBe('a%E0%A4%A.csv')
  })

  it('an unparseable SPDX expression is a problem, not a licence', () => {
    expect(licenseProblem('MIT AND')).toContain('is not a valid SPDX expression')
    expect(licenseProblem('MIT AND Apache-2.0')).toBeUndefined()
  })

  it('a DSSE payload that is not base64 JSON is a problem, not an attestation', () => {
    const envelope = { payloadType: 'application/vnd.in-toto+json', payload: '@@not base64@@' }
    expect(attestationProblem(envelope)).toBe('its DSSE payload is not base64-encoded JSON')
  })

  it('a catalog read again for a line, changed or gone since, gives no line, never a wrong one', () => {
    // Only the line is at stake: the gate has made its violation from what was read.
    const file = path.join(tempDir(), 'item.json')
    const text = '{\n  "id": "x",\n  "links": [1]\n}\n'
    writeFileSync(file, text)
    const digest = sha256Digest(Buffer.from(text))
    expect(rereadLines(file, digest).lineOf(['links', 0])).toBe(3)
    expect(rereadLines(file, digest).lineOfText('"id"')).toBe(2)
    writeFileSync(file, `\n\n${text}`)
    expect(rereadLines(file, digest).lineOf(['links', 0])).toBeUndefined()
    rmSync(file)
    expect(rereadLines(file, digest).lineOfText('"id"')).toBeUndefined()
  })

  it('a precomputed entry whose link leads nowhere is SYMLINK_DANGLING', async () => {
    const workspace = copyExample()
    symlinkSync('nowhere.csv', path.join(workspace, 'data/processed/gone.csv'))
    writeFileSync(
      path.join(workspace, 'artifacts.json'),
      JSON.stringify([
        {
          path: 'data/processed/gone.csv',
          digest: `sha256:${'0'.repeat(64)}`,
          media_type: 'text/csv'
        }
      ])
    )
    const result = await run(workspace, { artifacts: '', 'artifacts-manifest': 'artifacts.json' })
    expect(result.status).toBe('fail')
    expect(result.violations.map((v) => v.code)).toContain('SYMLINK_DANGLING')
  })
})
